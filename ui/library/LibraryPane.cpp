#include "LibraryPane.h"

#include "DeletePromptsCommand.h"
#include "DuplicatesDialog.h"
#include "EditTagsCommand.h"
#include "LibraryFilterPanel.h"
#include "LibraryIndexService.h"
#include "PromptDetailView.h"
#include "SnippetDelegate.h"
#include "models/PromptTableModel.h"
#include "models/SearchResultModel.h"
#include "storage/EmbeddingRepository.h"
#include "storage/LearningRepository.h"
#include "storage/PromptArchive.h"
#include "storage/UsageRepository.h"
#include "ui/common/RatingPanel.h"
#include "ui/composer/AsyncTask.h"
#include "ui/import/ExportDialog.h"
#include "ui/import/ImportController.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace athanor {

namespace {

const char* kSplitterKey = "library/splitter";
const char* kHeaderKey = "library/header";
constexpr int kFullTextLimit = 200;
constexpr int kSemanticLimit = 50;

} // namespace

LibraryPane::LibraryPane(std::shared_ptr<Database> database, QWidget* parent)
    : QWidget(parent), m_database(std::move(database)), m_tableModel(new PromptTableModel(m_database, this)),
      m_searchModel(new SearchResultModel(this)), m_undoStack(new QUndoStack(this))
{
    setAcceptDrops(true);
    m_filters = new LibraryFilterPanel(m_database, this);
    m_filters->setObjectName(QStringLiteral("libraryFilters"));
    m_detail = new PromptDetailView(m_database, this);
    m_detail->setObjectName(QStringLiteral("promptDetail"));

    m_table = createView(m_tableModel, QStringLiteral("libraryTable"));
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(PromptTableModel::CreatedColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(PromptTableModel::PreviewColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(36);
    // Compact defaults so that the prompt keeps most of the width; the user's widths are saved.
    const QList<QPair<int, int>> widths{
        {PromptTableModel::TagsColumn, 90},   {PromptTableModel::PhaseColumn, 70},
        {PromptTableModel::ModelColumn, 100}, {PromptTableModel::RatingColumn, 46},
        {PromptTableModel::UsesColumn, 40},   {PromptTableModel::CreatedColumn, 80}};
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint& pos) {
                // Columns can be hidden and shown again; the prompt itself always stays.
                QMenu menu(this);
                for (int column = PromptTableModel::TagsColumn; column < PromptTableModel::ColumnCount;
                     ++column) {
                    QAction* action =
                        menu.addAction(m_tableModel->headerData(column, Qt::Horizontal).toString());
                    action->setCheckable(true);
                    action->setChecked(!m_table->isColumnHidden(column));
                    connect(action, &QAction::toggled, this,
                            [this, column](bool on) { m_table->setColumnHidden(column, !on); });
                }
                menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
            });
    m_results = createView(m_searchModel, QStringLiteral("searchResults"));
    m_results->horizontalHeader()->setSectionResizeMode(SearchResultModel::SnippetColumn,
                                                        QHeaderView::Stretch);
    m_results->setItemDelegateForColumn(SearchResultModel::SnippetColumn,
                                        new SnippetDelegate(SearchResultModel::SnippetHtmlRole, m_results));
    m_results->horizontalHeader()->setSectionResizeMode(SearchResultModel::ScoreColumn,
                                                        QHeaderView::ResizeToContents);
    m_views = new QStackedWidget(this);
    m_views->addWidget(m_table);
    m_views->addWidget(m_results);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("librarySplitter"));
    m_splitter->addWidget(m_filters);
    m_splitter->addWidget(m_views);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({160, 640, 300});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createToolBar());
    layout->addWidget(m_splitter, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &LibraryPane::runSearch);

    // Sorting is offered only where the table can page in that order without a full sort.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (PromptTableModel::sortable(column))
                    return;
                const bool oldest = m_tableModel->sortOrder() == PromptQueries::Sort::Oldest;
                const bool used = m_tableModel->sortOrder() == PromptQueries::Sort::MostUsed ||
                                  m_tableModel->sortOrder() == PromptQueries::Sort::LeastUsed;
                QSignalBlocker block(m_table->horizontalHeader());
                m_table->horizontalHeader()->setSortIndicator(
                    used ? PromptTableModel::UsesColumn : PromptTableModel::CreatedColumn,
                    oldest || m_tableModel->sortOrder() == PromptQueries::Sort::LeastUsed
                        ? Qt::AscendingOrder
                        : Qt::DescendingOrder);
                Q_UNUSED(column)
                Q_UNUSED(order)
                emit statusMessage(tr("The library sorts by Created or Uses."));
            });
    connect(m_filters, &LibraryFilterPanel::filterChanged, m_tableModel, &PromptTableModel::setFilter);
    connect(m_detail, &PromptDetailView::openPromptRequested, this, &LibraryPane::openPrompt);
    connect(m_detail, &PromptDetailView::tagsEdited, this, &LibraryPane::tagsEdited);
    connect(m_detail->ratingPanel(), &RatingPanel::submitted, this,
            [this](LearningRepository::Rating rating) {
                rating.context = {{QStringLiteral("source"), QStringLiteral("library")}};
                m_detail->ratingPanel()->showOutcome(LearningRepository(m_database).rate(rating));
                m_detail->reload(); // its usage and relevance changed
            });
    connect(m_detail, &PromptDetailView::useRequested, this, &LibraryPane::use);
    connect(m_detail, &PromptDetailView::publishRequested, this, &LibraryPane::publishRequested);
    for (QTableView* view : {m_table, m_results})
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &LibraryPane::currentChanged);
    connect(m_tableModel, &PromptTableModel::pageLoaded, this, [this] {
        if (!m_tableModel->lastError().isEmpty())
            m_info->setText(tr("The library could not be read: %1").arg(m_tableModel->lastError()));
    });

    restoreLayout();
    m_tableModel->reload();
}

void LibraryPane::use(const QString& id, const QString& content, const QString& where)
{
    const UsageRepository::Event event{id, UsageRepository::Kind::Used, where, QString(), std::nullopt};
    if (Status recorded = UsageRepository(m_database).record(event); !recorded)
        emit statusMessage(tr("The use of this prompt was not counted: %1").arg(recorded.error().message()));
    m_detail->reload();
    if (where == QLatin1String("composer"))
        emit openInComposer(content);
    else if (where == QLatin1String("playground"))
        emit openInPlayground(content);
    else
        emit statusMessage(tr("Copied the prompt to the clipboard."));
}

LibraryPane::~LibraryPane()
{
    saveLayout();
}

QWidget* LibraryPane::createToolBar()
{
    auto* bar = new QWidget(this);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search the library (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the library"));
    m_semantic = new QCheckBox(tr("By &meaning"), bar);
    m_semantic->setObjectName(QStringLiteral("semanticSearch"));
    m_semantic->setToolTip(tr("Find prompts that mean the same thing, not only those with the same words"));
    m_info = new QLabel(bar);
    m_info->setObjectName(QStringLiteral("libraryInfo"));
    m_info->setTextFormat(Qt::PlainText);

    auto* filtersButton = new QPushButton(tr("&Filters"), bar);
    filtersButton->setObjectName(QStringLiteral("toggleFilters"));
    filtersButton->setCheckable(true);
    filtersButton->setChecked(QSettings().value(QStringLiteral("library/filtersShown"), true).toBool());
    filtersButton->setToolTip(tr("Show or hide the filters"));
    m_filters->setVisible(filtersButton->isChecked());
    connect(filtersButton, &QPushButton::toggled, this, [this](bool on) {
        m_filters->setVisible(on);
        QSettings().setValue(QStringLiteral("library/filtersShown"), on);
    });
    auto* importButton = new QPushButton(tr("&Import…"), bar);
    importButton->setObjectName(QStringLiteral("libraryImport"));
    importButton->setToolTip(tr("Import prompt files or drop them here"));
    auto* exportButton = new QPushButton(tr("E&xport…"), bar);
    exportButton->setObjectName(QStringLiteral("libraryExport"));
    exportButton->setToolTip(tr("Export the selected prompts, or all of them when none is selected"));
    auto* duplicatesButton = new QPushButton(tr("&Duplicates…"), bar);
    duplicatesButton->setObjectName(QStringLiteral("libraryDuplicates"));
    duplicatesButton->setToolTip(tr("Group prompts that are worded almost alike"));
    auto* deleteButton = new QPushButton(tr("De&lete"), bar);
    deleteButton->setObjectName(QStringLiteral("libraryDelete"));
    deleteButton->setToolTip(tr("Delete the selected prompts (Del; undo with Ctrl+Z)"));

    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(6, 6, 6, 0);
    row->addWidget(filtersButton);
    row->addWidget(m_search, 2);
    row->addWidget(m_semantic);
    row->addWidget(m_info, 1);
    row->addWidget(importButton);
    row->addWidget(exportButton);
    row->addWidget(duplicatesButton);
    row->addWidget(deleteButton);

    auto* find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    m_deleteAction = new QAction(tr("Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &LibraryPane::deleteSelected);
    // On the views only: Del in the search box or the tag editor edits text.
    m_table->addAction(m_deleteAction);
    m_results->addAction(m_deleteAction);

    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer->start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &LibraryPane::runSearch);
    connect(m_semantic, &QCheckBox::toggled, this, &LibraryPane::setSemantic);
    connect(importButton, &QPushButton::clicked, this, &LibraryPane::importRequested);
    connect(exportButton, &QPushButton::clicked, this, &LibraryPane::exportSelection);
    connect(duplicatesButton, &QPushButton::clicked, this, &LibraryPane::showDuplicates);
    connect(deleteButton, &QPushButton::clicked, this, &LibraryPane::deleteSelected);
    return bar;
}

QTableView* LibraryPane::createView(QAbstractItemModel* model, const QString& objectName)
{
    auto* view = new QTableView(this);
    view->setObjectName(objectName);
    view->setAccessibleName(objectName == QLatin1String("searchResults") ? tr("Search results") : tr("Prompts"));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setDragDropMode(QAbstractItemView::DragOnly);
    view->setDragEnabled(true);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    // A model reset (new filter, sort or search) would drop the widths, hidden columns and
    // stretch: the header's state is carried over it.
    auto saved = std::make_shared<QByteArray>();
    connect(model, &QAbstractItemModel::modelAboutToBeReset, view,
            [view, saved] { *saved = view->horizontalHeader()->saveState(); });
    connect(model, &QAbstractItemModel::modelReset, view, [view, saved] {
        if (!saved->isEmpty())
            view->horizontalHeader()->restoreState(*saved);
    });
    return view;
}

void LibraryPane::setIndexService(LibraryIndexService* service)
{
    m_index = service;
    m_detail->setEmbeddings(service ? service->repository() : nullptr);
    if (service) {
        connect(service, &LibraryIndexService::indexChanged, m_detail, &PromptDetailView::reload);
        connect(service, &LibraryIndexService::repositoryChanged, this, [this] {
            m_detail->setEmbeddings(m_index->repository());
            m_detail->reload();
        });
    }
    m_detail->reload();
}

QTableView* LibraryPane::currentView() const
{
    return m_views->currentWidget() == m_results ? m_results : m_table;
}

QStringList LibraryPane::selectedIds() const
{
    QTableView* view = currentView();
    QStringList ids;
    const int role = view == m_table ? int(PromptTableModel::IdRole) : int(SearchResultModel::IdRole);
    for (const QModelIndex& index : view->selectionModel()->selectedRows())
        ids << index.data(role).toString();
    return ids;
}

void LibraryPane::refresh()
{
    m_tableModel->reload();
    m_filters->refreshChoices();
    if (!m_search->text().trimmed().isEmpty())
        runSearch();
    m_detail->reload();
}

void LibraryPane::openPrompt(const QString& id)
{
    QTableView* view = currentView();
    int row = view == m_table ? m_tableModel->rowOf(id) : -1;
    if (view == m_results)
        for (int r = 0; r < m_searchModel->rowCount(); ++r)
            if (m_searchModel->idAt(r) == id)
                row = r;
    if (row >= 0) {
        view->selectRow(row);
        view->scrollTo(view->model()->index(row, 0));
    } else {
        view->clearSelection();
    }
    m_detail->showPrompt(id);
}

void LibraryPane::search(const QString& text)
{
    m_search->setText(text);
    runSearch();
}

void LibraryPane::setSemantic(bool semantic)
{
    if (m_semantic->isChecked() != semantic)
        m_semantic->setChecked(semantic); // comes back here through toggled()
    else if (!m_search->text().trimmed().isEmpty())
        runSearch();
}

void LibraryPane::runSearch()
{
    m_searchTimer->stop();
    const QString text = m_search->text().trimmed();
    const int generation = ++m_searchGeneration;
    // Filters apply to the table; a search looks through the whole library.
    m_filters->setEnabled(text.isEmpty());
    m_filters->setToolTip(text.isEmpty() ? QString() : tr("Filters apply to the list, not to searches"));
    if (text.isEmpty()) {
        m_views->setCurrentWidget(m_table);
        m_searchModel->clear();
        m_info->clear();
        emit searchFinished();
        return;
    }
    const bool semantic = m_semantic->isChecked();
    if (semantic && !m_index) {
        m_info->setText(tr("Search by meaning is not available."));
        emit searchFinished();
        return;
    }
    m_info->setText(tr("Searching…"));
    struct Answer
    {
        QList<SearchHit> hits;
        QList<SimilarPrompt> similar;
        QString error;
    };
    auto work = [database = m_database, embeddings = semantic ? m_index->repository() : nullptr, text,
                 semantic] {
        Answer answer;
        if (semantic) {
            auto found = embeddings->similarToText(text, kSemanticLimit);
            found ? void(answer.similar = *found) : void(answer.error = found.error().message());
        } else {
            auto found = PromptQueries(database).search(text, kFullTextLimit);
            found ? void(answer.hits = *found) : void(answer.error = found.error().message());
        }
        return answer;
    };
    runAsync(this, work, [this, generation, semantic](const Answer& answer) {
        if (generation != m_searchGeneration)
            return; // a newer search is on its way
        m_views->setCurrentWidget(m_results);
        if (!answer.error.isEmpty()) {
            m_searchModel->clear();
            m_info->setText(tr("Search failed: %1").arg(answer.error));
        } else if (semantic) {
            m_searchModel->setSimilarPrompts(answer.similar);
            m_info->setText(answer.similar.size() == 1
                                ? tr("1 prompt close in meaning")
                                : tr("%L1 prompts closest in meaning").arg(answer.similar.size()));
        } else {
            m_searchModel->setFullTextHits(answer.hits);
            m_info->setText(answer.hits.size() >= kFullTextLimit
                                ? tr("the best %1 matches").arg(kFullTextLimit)
                            : answer.hits.size() == 1 ? tr("1 match")
                                                      : tr("%L1 matches").arg(answer.hits.size()));
        }
        if (m_searchModel->rowCount() > 0)
            m_results->selectRow(0);
        emit searchFinished();
    });
}

void LibraryPane::currentChanged(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const int role =
        index.model() == m_tableModel ? int(PromptTableModel::IdRole) : int(SearchResultModel::IdRole);
    m_detail->showPrompt(index.data(role).toString());
}

void LibraryPane::deleteSelected()
{
    deletePrompts(selectedIds());
}

void LibraryPane::deletePrompts(const QStringList& ids)
{
    if (ids.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto removed = PromptArchive(m_database).remove(ids);
    QApplication::restoreOverrideCursor();
    if (!removed) {
        QMessageBox::warning(this, tr("Delete Prompts"),
                             tr("Nothing was deleted: %1").arg(removed.error().message()));
        return;
    }
    const QStringList gone = removed->ids;
    auto changed = [this, gone](const QList<qint64>& seqs, bool restored, const QString& error) {
        if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("Delete Prompts"),
                                 restored ? tr("The prompts could not be restored: %1").arg(error)
                                          : tr("The prompts could not be deleted again: %1").arg(error));
            return;
        }
        if (restored) {
            m_tableModel->reload();
            if (!m_search->text().trimmed().isEmpty())
                runSearch();
            emit promptsRestored();
            emit statusMessage(gone.size() == 1 ? tr("Restored 1 prompt.")
                                                : tr("Restored %L1 prompts.").arg(gone.size()));
        } else {
            m_tableModel->removeIds(gone);
            m_searchModel->removeIds(gone);
            if (m_duplicates)
                m_duplicates->removeIds(gone);
            emit promptsDeleted(seqs);
            emit statusMessage(gone.size() == 1
                                   ? tr("Deleted 1 prompt. Undo with Ctrl+Z.")
                                   : tr("Deleted %L1 prompts. Undo with Ctrl+Z.").arg(gone.size()));
        }
        m_detail->reload();
        emit promptsChanged();
    };
    m_undoStack->push(new DeletePromptsCommand(m_database, *removed, changed));
    changed(removed->seqs, false, {});
}

void LibraryPane::tagsEdited(const QString& id, const QStringList& before, const QStringList& after)
{
    m_undoStack->push(new EditTagsCommand(
        m_database, id, before, after, [this](const QString& changedId, const QString& error) {
            if (!error.isEmpty()) {
                QMessageBox::warning(this, tr("Edit Tags"),
                                     tr("The tags could not be changed: %1").arg(error));
                return;
            }
            m_tableModel->refreshRows({changedId});
            m_filters->refreshChoices();
            if (m_detail->promptId() == changedId)
                m_detail->reload();
        }));
}

void LibraryPane::exportSelection()
{
    ExportDialog::exportPrompts(this, m_database, selectedIds());
}

void LibraryPane::showDuplicates()
{
    if (!m_index) {
        emit statusMessage(tr("Near-duplicate search needs the vector index."));
        return;
    }
    if (!m_duplicates) {
        m_duplicates = new DuplicatesDialog(m_database, m_index->repository(), this);
        m_duplicates->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_duplicates, &DuplicatesDialog::deleteRequested, this, &LibraryPane::deletePrompts);
        connect(m_duplicates, &DuplicatesDialog::openPromptRequested, this, &LibraryPane::openPrompt);
    }
    m_duplicates->show();
    m_duplicates->raise();
    m_duplicates->activateWindow();
}

void LibraryPane::dragEnterEvent(QDragEnterEvent* event)
{
    if (!ImportController::localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void LibraryPane::dropEvent(QDropEvent* event)
{
    const QStringList paths = ImportController::localPaths(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit filesDropped(paths);
}

void LibraryPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_undoStack->setActive(true); // Edit ▸ Undo now steps through deletes and tag edits
}

void LibraryPane::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    if (!event->spontaneous()) // a minimised window keeps its active stack
        m_undoStack->setActive(false);
}

void LibraryPane::restoreLayout()
{
    QSettings settings;
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
    // The saved header may carry an order the model no longer starts in.
    m_table->horizontalHeader()->setSortIndicator(PromptTableModel::CreatedColumn, Qt::DescendingOrder);
}

void LibraryPane::saveLayout() const
{
    QSettings settings;
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

} // namespace athanor
