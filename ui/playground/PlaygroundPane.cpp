#include "PlaygroundPane.h"

#include "PlaygroundColumn.h"
#include "RefineView.h"
#include "core/Ids.h"
#include "core/phases/GenerationSetup.h"
#include "storage/GenerationRepository.h"
#include "storage/LearningRepository.h"
#include "storage/UsageRepository.h"
#include "ui/common/RatingPanel.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace athanor {

PlaygroundPane::PlaygroundPane(std::shared_ptr<Database> database, QWidget* parent)
    : QWidget(parent), m_database(std::move(database))
{
    m_prompt = new QPlainTextEdit(this);
    m_prompt->setObjectName(QStringLiteral("playgroundPrompt"));
    m_prompt->setAccessibleName(tr("Prompt"));
    m_prompt->setPlaceholderText(
        tr("Write or paste a prompt, then Run (Ctrl+Return) to compare models, or Refine it in "
           "three phases."));
    m_system = new QPlainTextEdit(this);
    m_system->setObjectName(QStringLiteral("playgroundSystem"));
    m_system->setAccessibleName(tr("System prompt"));
    m_system->setPlaceholderText(tr("System prompt (optional)"));
    m_system->setMaximumHeight(60);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("playgroundMessage"));
    m_message->setWordWrap(true);

    m_run = new QPushButton(tr("Run"), this);
    m_run->setObjectName(QStringLiteral("run"));
    m_run->setToolTip(tr("Run the prompt in every column (Ctrl+Return)"));
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("stop"));
    m_stop->setToolTip(tr("Stop every column (Esc)"));
    m_add = new QPushButton(tr("Add column"), this);
    m_add->setObjectName(QStringLiteral("addColumn"));
    auto* providers = new QPushButton(tr("Providers…"), this);
    providers->setObjectName(QStringLiteral("providers"));
    providers->setToolTip(tr("API keys, base URLs and default models"));
    connect(m_run, &QPushButton::clicked, this, &PlaygroundPane::runAll);
    connect(m_stop, &QPushButton::clicked, this, &PlaygroundPane::stopAll);
    connect(m_add, &QPushButton::clicked, this, &PlaygroundPane::addColumn);
    connect(providers, &QPushButton::clicked, this, &PlaygroundPane::providerSettingsRequested);
    auto* runShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    runShortcut->setWhatsThis(tr("Playground ▸ Run"));
    runShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(runShortcut, &QShortcut::activated, this, [this] {
        if (m_tabs->currentIndex() == 0)
            runAll();
        else
            m_refine->start();
    });
    auto* stopShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    stopShortcut->setWhatsThis(tr("Playground ▸ Stop"));
    stopShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(stopShortcut, &QShortcut::activated, this, [this] {
        stopAll();
        m_refine->stop();
    });

    auto* compare = new QWidget(this);
    m_columnSplitter = new QSplitter(Qt::Horizontal, compare);
    m_columnSplitter->setObjectName(QStringLiteral("columns"));
    m_columnSplitter->setChildrenCollapsible(false);
    auto* compareButtons = new QHBoxLayout;
    compareButtons->addWidget(m_add);
    compareButtons->addWidget(providers);
    compareButtons->addStretch(1);
    compareButtons->addWidget(m_stop);
    compareButtons->addWidget(m_run);
    auto* compareLayout = new QVBoxLayout(compare);
    compareLayout->addLayout(compareButtons);
    compareLayout->addWidget(m_columnSplitter, 1);

    m_refine = new RefineView(
        m_database, [this] { return m_prompt->toPlainText(); }, this);
    m_refine->setObjectName(QStringLiteral("refineView"));
    connect(m_refine, &RefineView::promptsChanged, this, &PlaygroundPane::promptsChanged);
    connect(m_refine, &RefineView::openInLibrary, this, &PlaygroundPane::openInLibrary);
    connect(m_refine, &RefineView::useAsInput, this, &PlaygroundPane::setPrompt);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("playgroundTabs"));
    m_tabs->addTab(compare, tr("Compare models"));
    m_tabs->addTab(m_refine, tr("Refine in three phases"));

    auto* editors = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editors);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_prompt, 1);
    editorLayout->addWidget(m_system);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(editors);
    vertical->addWidget(m_tabs);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(vertical, 1);
    layout->addWidget(m_message);

    for (int i = 0; i < kMinColumns; ++i)
        addColumn();
    updateButtons();
}

void PlaygroundPane::setPrompt(const QString& text)
{
    m_prompt->setPlainText(text);
}

void PlaygroundPane::addColumn()
{
    if (m_columns.size() >= kMaxColumns)
        return;
    auto* column = new PlaygroundColumn(int(m_columns.size()) + 1, &m_prices, m_columnSplitter);
    m_columnSplitter->addWidget(column);
    m_columns.append(column);
    connect(column, &PlaygroundColumn::finished, this, &PlaygroundPane::updateButtons);
    connect(column, &PlaygroundColumn::saveRequested, this, [this, column] { save(column); });
    connect(column, &PlaygroundColumn::ratingSubmitted, this,
            [this, column](const LearningRepository::Rating& rating) { rate(column, rating); });
    connect(column, &PlaygroundColumn::removeRequested, this, [this, column] { removeColumn(column); });
    updateButtons();
}

void PlaygroundPane::removeColumn(PlaygroundColumn* column)
{
    if (m_columns.size() <= kMinColumns)
        return;
    m_columns.removeOne(column);
    column->stop();
    column->deleteLater();
    updateButtons();
}

void PlaygroundPane::runAll()
{
    const QString prompt = m_prompt->toPlainText().trimmed();
    if (prompt.isEmpty()) {
        showError(tr("Write a prompt first."));
        m_prompt->setFocus();
        return;
    }
    m_message->clear();
    if (auto prices = loadPriceTable()) {
        m_prices = *prices;
    } else {
        // Run anyway (costs stay unknown) but say which file is wrong.
        m_prices = PriceTable();
        showError(prices.error().message());
    }
    m_sessionId = newUuid();
    m_ranPrompt = prompt;
    m_ranSystem = m_system->toPlainText().trimmed();
    for (PlaygroundColumn* column : std::as_const(m_columns))
        column->run(m_ranSystem, m_ranPrompt);
    updateButtons();
}

void PlaygroundPane::stopAll()
{
    for (PlaygroundColumn* column : std::as_const(m_columns))
        column->stop();
    updateButtons();
}

void PlaygroundPane::save(PlaygroundColumn* column)
{
    if (!column->hasResult() || !column->promptId().isEmpty())
        return;
    GenerationRepository repository(m_database);
    const PlaygroundColumn::RunSettings& ran = column->ran();
    const GenerationRepository::Run run{m_sessionId, ran.provider, ran.model, QString(), m_ranPrompt};
    Result<QString> inputId = repository.recordInput(run);
    if (!inputId) {
        showError(inputId.error().message());
        return;
    }
    VariantOutcome output;
    output.temperature = ran.temperature;
    output.parentId = *inputId;
    output.result = column->result();
    output.cost = column->cost();
    output.request = {{QStringLiteral("model"), ran.model},
                      {QStringLiteral("temperature"), ran.temperature},
                      {QStringLiteral("system"), m_ranSystem},
                      {QStringLiteral("source"), QStringLiteral("playground")}};
    Result<QString> id = repository.recordVariant(run, output, false);
    if (!id) {
        showError(id.error().message());
        return;
    }
    column->setPromptId(*id);
    // Kept out of the compared answers (usage analytics).
    if (Status kept = UsageRepository(m_database)
                          .record({*id, UsageRepository::Kind::Selected, QStringLiteral("playground"),
                                   QString(), std::nullopt});
        !kept) {
        showError(kept.error().message());
        return;
    }
    m_message->setText(tr("Saved to the library, linked to its prompt."));
    emit promptsChanged();
}

void PlaygroundPane::rate(PlaygroundColumn* column, LearningRepository::Rating rating)
{
    save(column); // a rating belongs to a stored prompt
    if (column->promptId().isEmpty())
        return;
    rating.promptId = column->promptId();
    rating.sessionId = m_sessionId;
    rating.context = {{QStringLiteral("source"), QStringLiteral("playground")},
                      {QStringLiteral("provider"), providerName(column->ran().provider)},
                      {QStringLiteral("model"), column->ran().model}};
    column->rating()->showOutcome(LearningRepository(m_database).rate(rating));
}

void PlaygroundPane::updateButtons()
{
    bool running = false;
    for (PlaygroundColumn* column : std::as_const(m_columns)) {
        running = running || column->isRunning();
        column->setRemovable(m_columns.size() > kMinColumns);
    }
    m_run->setEnabled(!running);
    m_stop->setEnabled(running);
    m_add->setEnabled(m_columns.size() < kMaxColumns);
}

void PlaygroundPane::showError(const QString& text)
{
    m_message->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(text.toHtmlEscaped()));
}

} // namespace athanor
