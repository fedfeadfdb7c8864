#include "ExperimentsView.h"

#include "NewExperimentDialog.h"
#include "RecordRunDialog.h"
#include "models/ExperimentTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace athanor {

namespace {

QString html(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString armHtml(const QString& label, const ExperimentRepository::Variant& variant,
                const ExperimentStatistics::Arm& arm, bool winner)
{
    const auto [low, high] = ExperimentStatistics::wilsonInterval(arm);
    const QString counts =
        arm.runs == 0
            ? ExperimentsView::tr("No runs yet.")
            : ExperimentsView::tr("%1 of %2 runs succeeded: %3 %, with 95 % confidence between %4 and %5 %.")
                  .arg(arm.successes)
                  .arg(arm.runs)
                  .arg(qRound(arm.rate() * 100))
                  .arg(qRound(low * 100))
                  .arg(qRound(high * 100));
    return QStringLiteral("<p><b>%1%2</b><br>%3<br><i>%4</i></p>")
        .arg(ExperimentsView::tr("Variant %1").arg(label),
             winner ? ExperimentsView::tr(" — the winner") : QString(),
             html(ExperimentTableModel::variantText(variant)), counts.toHtmlEscaped());
}

} // namespace

ExperimentsView::ExperimentsView(std::shared_ptr<Database> database, QWidget* parent)
    : QWidget(parent), m_database(std::move(database))
{
    auto* create = new QPushButton(tr("New experiment…"), this);
    create->setObjectName(QStringLiteral("experimentsNew"));
    create->setToolTip(tr("Start an A/B experiment: two prompts or two sets of techniques for one intent"));
    m_record = new QPushButton(tr("Record a run…"), this);
    m_record->setObjectName(QStringLiteral("experimentsRecord"));
    m_record->setToolTip(tr("Rate one use of the selected experiment's next variant (or of either)"));
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("experimentsStop"));
    m_stop->setToolTip(tr("End the selected experiment without a winner: it takes no more runs"));

    m_model = new ExperimentTableModel(m_database, this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ExperimentTableModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("experimentsTable"));
    m_table->setAccessibleName(tr("A/B experiments"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // as created
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ExperimentTableModel::Name, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(ExperimentTableModel::Name, 170); // long names elided
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("experimentsDetail"));
    m_detail->setAccessibleName(tr("The selected experiment"));
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({520, 240});
    m_empty = new QLabel(
        tr("No experiments yet.\n\nAn A/B experiment compares two prompts, or two sets of techniques, for "
           "one "
           "intent. Press “New experiment…” (or run athanor-cli experiment create --name N --intent PATH "
           "--prompt-a A --prompt-b B), then record a rating for every run: a winner is declared when the "
           "difference is significant and each variant has enough runs."),
        this);
    m_empty->setObjectName(QStringLiteral("experimentsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(split);
    m_stack->addWidget(m_empty);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("experimentsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(m_record);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_message, 1);
    buttons->addStretch(0); // the buttons keep their size while there is no message
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);

    connect(create, &QPushButton::clicked, this, &ExperimentsView::newExperiment);
    connect(m_record, &QPushButton::clicked, this, &ExperimentsView::recordRun);
    connect(m_stop, &QPushButton::clicked, this, &ExperimentsView::stopCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExperimentsView::showCurrent);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_record->isEnabled())
            recordRun();
    });
    showCurrent();
}

void ExperimentsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void ExperimentsView::setDatabase(std::shared_ptr<Database> database)
{
    m_database = database;
    m_model->setDatabase(std::move(database));
    reload();
}

void ExperimentsView::reload()
{
    const QString current = currentId();
    m_message->hide();
    if (Status loaded = m_model->reload(); !loaded)
        showMessage(tr("The experiments could not be read: %1").arg(loaded.error().message()), true);
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
    if (!selectExperiment(current) && m_sorted->rowCount() > 0)
        m_table->setCurrentIndex(m_sorted->index(0, 0));
    showCurrent();
}

QString ExperimentsView::currentId() const
{
    return m_table->currentIndex().data(ExperimentTableModel::IdRole).toString();
}

bool ExperimentsView::selectExperiment(const QString& id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_sorted->mapFromSource(m_model->index(row, 0)));
    return true;
}

void ExperimentsView::showCurrent()
{
    const int row = m_model->rowOf(currentId());
    m_record->setEnabled(row >= 0 && m_model->experiment(row).status == QLatin1String("running"));
    m_stop->setEnabled(m_record->isEnabled());
    if (row < 0) {
        m_detail->setHtml(tr("<p>Select an experiment to see its variants and verdict.</p>"));
        return;
    }
    const ExperimentRepository::Experiment& e = m_model->experiment(row);
    m_detail->setHtml(
        QStringLiteral("<p><b>%1</b><br>%2</p>%3%4<p><b>%5</b> %6</p><p>%7</p>")
            .arg(e.name.toHtmlEscaped(),
                 tr("Intent %1 · %2 · runs assigned %3 · at least %4 runs per variant before a winner")
                     .arg(e.intent, ExperimentTableModel::statusText(e.status),
                          e.random ? tr("at random") : tr("alternately"))
                     .arg(e.minimumPerArm)
                     .toHtmlEscaped(),
                 armHtml(QStringLiteral("A"), e.a, e.armA, e.verdict.winner == QLatin1String("A")),
                 armHtml(QStringLiteral("B"), e.b, e.armB, e.verdict.winner == QLatin1String("B")),
                 ExperimentTableModel::verdictText(e).toHtmlEscaped() + QLatin1Char('.'),
                 ExperimentTableModel::explanation(e).toHtmlEscaped(),
                 tr("A run is a success when it is rated 4 or 5 stars.").toHtmlEscaped()));
}

void ExperimentsView::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    m_message->setVisible(!text.isEmpty());
}

NewExperimentDialog* ExperimentsView::newExperiment()
{
    auto* dialog = new NewExperimentDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        selectExperiment(dialog->createdId());
        showMessage(tr("Created. Record a run each time you use one of its variants."), false);
    });
    dialog->open();
    return dialog;
}

RecordRunDialog* ExperimentsView::recordRun()
{
    const int row = m_model->rowOf(currentId());
    if (row < 0) {
        showMessage(tr("Select an experiment first."), true);
        return nullptr;
    }
    auto* dialog = new RecordRunDialog(m_database, m_model->experiment(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ExperimentRepository::Experiment& e = dialog->recorded();
        reload();
        selectExperiment(e.id);
        showMessage(
            !e.verdict.winner.isEmpty()
                ? tr("Recorded. %1 is complete: %2.").arg(e.name, ExperimentTableModel::verdictText(e))
                : tr("Recorded a %1-star run of %2.").arg(dialog->stars()).arg(dialog->chosenVariant()),
            false);
    });
    dialog->open();
    return dialog;
}

void ExperimentsView::stopCurrent()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const Status stopped = ExperimentRepository(m_database).stop(id);
    reload();
    if (!stopped)
        showMessage(tr("Not stopped: %1.").arg(stopped.error().message()), true);
    else
        showMessage(tr("Stopped: the experiment takes no more runs."), false);
}

} // namespace athanor
