#include "DuplicatesDialog.h"

#include "models/DuplicateGroupModel.h"
#include "ui/composer/AsyncTask.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace athanor {

DuplicatesDialog::DuplicatesDialog(std::shared_ptr<Database> database, std::shared_ptr<EmbeddingRepository> embeddings,
                                   QWidget* parent)
    : QDialog(parent), m_database(std::move(database)), m_embeddings(std::move(embeddings)),
      m_model(new DuplicateGroupModel(this))
{
    setWindowTitle(tr("Near-Duplicate Prompts"));
    setObjectName(QStringLiteral("duplicatesDialog"));
    resize(760, 520);

    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("threshold"));
    m_threshold->setRange(0.80, 1.00);
    m_threshold->setSingleStep(0.01);
    m_threshold->setDecimals(2);
    m_threshold->setValue(0.95);
    m_threshold->setToolTip(tr("How alike two prompts must be (cosine similarity of their embeddings) to be grouped"));
    m_find = new QPushButton(tr("&Find"), this);
    m_find->setObjectName(QStringLiteral("findDuplicates"));
    m_find->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelFind"));
    m_cancel->setEnabled(false);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&Similarity at least:"), this));
    static_cast<QLabel*>(top->itemAt(0)->widget())->setBuddy(m_threshold);
    top->addWidget(m_threshold);
    top->addWidget(m_find);
    top->addWidget(m_cancel);
    top->addStretch(1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("findProgress"));
    m_progress->setVisible(false);
    m_status = new QLabel(tr("Identical prompts are never imported twice; this finds prompts worded almost alike."), this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setWordWrap(true);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("duplicateGroups"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DuplicateGroupModel::PromptColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(DuplicateGroupModel::SimilarityColumn, QHeaderView::ResizeToContents);

    m_deleteSelected = new QPushButton(tr("Delete &Selected"), this);
    m_deleteSelected->setObjectName(QStringLiteral("deleteSelectedDuplicates"));
    m_deleteAllButOldest = new QPushButton(tr("Delete All but the &Oldest"), this);
    m_deleteAllButOldest->setObjectName(QStringLiteral("deleteAllButOldest"));
    m_deleteAllButOldest->setToolTip(tr("Keeps the oldest prompt of each group and deletes the others (undoable)"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_deleteSelected, QDialogButtonBox::ActionRole);
    buttons->addButton(m_deleteAllButOldest, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(m_find, &QPushButton::clicked, this, &DuplicatesDialog::find);
    connect(m_cancel, &QPushButton::clicked, this, &DuplicatesDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (index.parent().isValid())
            emit openPromptRequested(index.data(DuplicateGroupModel::IdRole).toString());
    });
    connect(m_deleteSelected, &QPushButton::clicked, this, [this] {
        if (const QStringList ids = selectedMembers(); !ids.isEmpty())
            emit deleteRequested(ids);
    });
    connect(m_deleteAllButOldest, &QPushButton::clicked, this, [this] {
        if (const QStringList ids = m_model->allButFirst(); !ids.isEmpty())
            emit deleteRequested(ids);
    });
    auto updateButtons = [this] {
        m_deleteAllButOldest->setEnabled(!m_searching && m_model->rowCount() > 0);
        m_deleteSelected->setEnabled(!m_searching && !selectedMembers().isEmpty());
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(this, &DuplicatesDialog::searchFinished, this, updateButtons);
    updateButtons();
}

DuplicatesDialog::~DuplicatesDialog()
{
    cancel();
}

void DuplicatesDialog::find()
{
    if (m_searching || !m_embeddings)
        return;
    setSearching(true);
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    QPointer<DuplicatesDialog> self(this);
    // Progress crosses to the GUI thread as queued calls; they stop when the dialog is gone.
    auto report = [self](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(self.data(), [self, done, total] {
            if (!self)
                return;
            self->m_progress->setMaximum(int(std::min<qint64>(total, INT_MAX)));
            self->m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
        });
    };
    runAsync(
        this,
        [database = m_database, embeddings = m_embeddings, threshold = float(m_threshold->value()), cancel = m_cancelFlag,
         report] { return NearDuplicateFinder(database, embeddings).find(threshold, report, cancel.get()); },
        [this, cancel = m_cancelFlag](const Result<QList<DuplicateGroup>>& groups) {
            setSearching(false);
            if (cancel->load()) {
                m_status->setText(tr("Cancelled."));
            } else if (!groups) {
                m_status->setText(tr("Could not look for duplicates: %1").arg(groups.error().message()));
            } else {
                m_model->setGroups(*groups);
                qsizetype prompts = 0;
                for (const DuplicateGroup& g : *groups)
                    prompts += g.members.size();
                m_status->setText(groups->isEmpty() ? tr("No near-duplicates at this similarity.")
                                                    : (groups->size() == 1 ? tr("%L1 group, %L2 prompts in all.") : tr("%L1 groups, %L2 prompts in all."))
                                                          .arg(groups->size())
                                                          .arg(prompts));
                m_view->expandAll();
            }
            emit searchFinished();
        });
}

void DuplicatesDialog::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void DuplicatesDialog::removeIds(const QStringList& ids)
{
    m_model->removeIds(ids);
    m_view->expandAll();
}

void DuplicatesDialog::setSearching(bool searching)
{
    m_searching = searching;
    m_find->setEnabled(!searching);
    m_threshold->setEnabled(!searching);
    m_cancel->setEnabled(searching);
    m_progress->setVisible(searching);
    m_progress->setRange(0, 0);
    if (searching)
        m_status->setText(tr("Comparing every prompt with its nearest neighbours…"));
}

QStringList DuplicatesDialog::selectedMembers() const
{
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        if (index.parent().isValid())
            ids << index.data(DuplicateGroupModel::IdRole).toString();
    return ids;
}

} // namespace athanor
