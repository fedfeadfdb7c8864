#include "ComposerPane.h"

#include "AsyncTask.h"
#include "ComposerOptions.h"
#include "ComposerResultView.h"
#include "CorrectionDialog.h"
#include "PromptAnalyzer.h"
#include "PromptChips.h"
#include "PromptHighlighter.h"
#include "TechniqueChooser.h"
#include "TemplateValuesDialog.h"
#include "core/catalog/TemplateRenderer.h"
#include "core/enhance/Enhancer.h"
#include "storage/ClassifierRepository.h"
#include "storage/EnhancementRepository.h"
#include "storage/LearningRepository.h"
#include "storage/PreferencesRepository.h"
#include "storage/PromptRepository.h"
#include "ui/common/RatingPanel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace athanor {

namespace {

const char* kSplitterKey = "composerPane/splitter";
const char* kTopSplitterKey = "composerPane/topSplitter";
const QString kSource = QStringLiteral("composer");
const QString kErrorStyle = QStringLiteral("color: #b00020");

struct EngineLoad
{
    std::shared_ptr<const Enhancer> enhancer;
    QSet<QString> favourites;
    QString error;
};

struct EnhanceOutcome
{
    std::optional<ComposerResult> result;
    QString error;
    QString recordError;
};

struct SaveOutcome
{
    QString id;
    bool existed = false;
    QString error;
};

// The engine's errors are lower-case fragments with a hint; the pane shows sentences.
QString sentences(const Error& error)
{
    QString hint = error.hint;
    if (!hint.isEmpty()) {
        hint[0] = hint.at(0).toUpper();
        if (!hint.endsWith(QLatin1Char('.')) && !hint.endsWith(QLatin1Char('?')))
            hint += QLatin1Char('.');
    }
    return hint.isEmpty() ? error.what + QLatin1Char('.') : error.what + QStringLiteral(". ") + hint;
}

QString shortId(const QString& id)
{
    return id.left(8);
}

} // namespace

ComposerPane::ComposerPane(std::shared_ptr<Database> database, QWidget* parent)
    : QWidget(parent), m_database(std::move(database)), m_undoStack(new QUndoStack(this)),
      m_analyzer(new PromptAnalyzer(this))
{
    m_engineStatus = new QLabel(tr("Loading the enhancement engine…"), this);
    m_engineStatus->setObjectName(QStringLiteral("composerEngineStatus"));
    m_engineStatus->setWordWrap(true);
    m_engineStatus->setTextFormat(Qt::PlainText);

    m_topSplitter = new QSplitter(Qt::Horizontal, this);
    m_topSplitter->setObjectName(QStringLiteral("composerTopSplitter"));
    m_topSplitter->setChildrenCollapsible(false);
    m_topSplitter->addWidget(createEditorArea());
    m_options = new ComposerOptions(this);
    m_options->setObjectName(QStringLiteral("composerOptions"));
    m_topSplitter->addWidget(m_options);
    m_topSplitter->setStretchFactor(0, 1);
    m_topSplitter->setStretchFactor(1, 0);

    m_result = new ComposerResultView(this);
    m_result->setObjectName(QStringLiteral("composerResult"));
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("composerSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_topSplitter);
    m_splitter->addWidget(m_result);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_engineStatus);
    layout->addWidget(m_splitter, 1);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &ComposerPane::scheduleAnalysis);
    connect(m_options, &ComposerOptions::recommendationInputsChanged, this, &ComposerPane::scheduleAnalysis);
    connect(m_analyzer, &PromptAnalyzer::analysed, this, &ComposerPane::showAnalysis);
    connect(m_enhance, &QPushButton::clicked, this, &ComposerPane::enhance);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setWhatsThis(tr("Composer ▸ Enhance"));
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ComposerPane::enhance);
    }
    connect(m_result, &ComposerResultView::acceptRequested, this, &ComposerPane::accept);
    connect(m_result, &ComposerResultView::saveRequested, this, &ComposerPane::save);
    connect(m_result->ratingPanel(), &RatingPanel::submitted, this, &ComposerPane::rate);
    connect(m_result, &ComposerResultView::correctRequested, this, &ComposerPane::correct);
    connect(m_result, &ComposerResultView::copied, this, [this](const QString& text) {
        recordUsage(UsageRepository::Kind::Used, QStringLiteral("copy"), text);
    });

    const QSettings settings;
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({250, 410}); // the result needs the room: three columns of long text
    if (!m_topSplitter->restoreState(settings.value(kTopSplitterKey).toByteArray()))
        m_topSplitter->setSizes({600, 290});
    scheduleAnalysis();
    updateEnhanceButton();
    loadEngine();
}

ComposerPane::~ComposerPane()
{
    QSettings settings;
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kTopSplitterKey, m_topSplitter->saveState());
}

QWidget* ComposerPane::createEditorArea()
{
    auto* area = new QWidget(this);
    auto* layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    m_editor = new QPlainTextEdit(area);
    m_editor->setObjectName(QStringLiteral("composerEditor"));
    m_editor->setAccessibleName(tr("Prompt"));
    m_editor->setPlaceholderText(
        tr("Write your prompt here. Variables like {{name}}, tags like <context> and "
           "``` code fences are highlighted. Ctrl+Return enhances it."));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->installEventFilter(this);
    new PromptHighlighter(m_editor->document());
    layout->addWidget(m_editor, 1);

    auto* chips = new QHBoxLayout;
    m_chips = new PromptChips(area);
    m_enhance = new QPushButton(tr("Enhance"), area);
    m_enhance->setObjectName(QStringLiteral("enhanceButton"));
    m_enhance->setDefault(true);
    m_enhance->setMinimumWidth(m_enhance->fontMetrics().horizontalAdvance(tr("Enhancing…")) + 40);
    chips->addWidget(m_chips);
    chips->addStretch(1);
    chips->addWidget(m_enhance);
    layout->addLayout(chips);

    m_error = new QLabel(area);
    m_error->setObjectName(QStringLiteral("composerError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(kErrorStyle);
    m_error->hide();
    layout->addWidget(m_error);
    return area;
}

void ComposerPane::loadEngine()
{
    // Training the classifier takes a moment: the pane stays usable meanwhile.
    runAsync(
        this,
        [database = m_database] {
            EngineLoad load;
            auto enhancer = loadEnhancer(database);
            if (!enhancer) {
                load.error = sentences(enhancer.error());
                return load;
            }
            load.enhancer = *enhancer;
            if (auto favourites = PreferencesRepository(database).favourites())
                load.favourites = *favourites; // without them recommendations only lose a bonus
            return load;
        },
        [this](const EngineLoad& load) {
            if (!load.enhancer) {
                m_engineStatus->setText(tr("The enhancement engine could not be loaded: %1").arg(load.error));
                m_engineStatus->setStyleSheet(kErrorStyle);
                return;
            }
            m_enhancer = load.enhancer;
            m_favourites = load.favourites;
            m_options->techniques()->setCatalog(m_enhancer->catalog().techniques);
            m_analyzer->setEngine(m_enhancer, m_favourites);
            m_engineStatus->hide();
            updateEnhanceButton();
        });
}

void ComposerPane::scheduleAnalysis()
{
    m_chips->setCharacterCount(m_editor->document()->characterCount() - 1);
    m_analyzer->request(m_editor->toPlainText(), m_options->maxTechniques());
}

void ComposerPane::showAnalysis(const PromptAnalysis& analysis)
{
    m_chips->showAnalysis(analysis);
    if (analysis.empty)
        m_options->techniques()->setRecommendations({}, {});
    else
        m_options->techniques()->setRecommendations(analysis.chosen, analysis.more);
}

void ComposerPane::enhance()
{
    if (!m_enhancer || m_enhancing)
        return;
    const QString text = m_editor->toPlainText();
    if (text.trimmed().isEmpty()) {
        showError(tr("Write a prompt first, then press Enhance."));
        return;
    }
    EnhancementOptions options;
    if (m_options->techniques()->userChose()) {
        options.techniques = m_options->techniques()->checkedCodes();
        if (options.techniques.isEmpty()) {
            showError(
                tr("No technique is checked. Check at least one, or press Automatic to let Athanor choose."));
            return;
        }
    }
    options.maxTechniques = m_options->maxTechniques();
    options.persona = m_options->persona();
    options.targetModel = m_options->targetModel();
    options.favourites = m_favourites;

    m_enhancing = true;
    updateEnhanceButton();
    m_error->hide();
    m_result->setStatus(tr("Enhancing…"));
    runAsync(
        this,
        [enhancer = m_enhancer, database = m_database, text, options] {
            EnhanceOutcome outcome;
            auto e = enhancer->enhance(text, options);
            if (!e) {
                outcome.error = sentences(e.error());
                return outcome;
            }
            ComposerResult result{*e, {}, e->enhanced};
            // Recording runs here too: this thread gets its own connection.
            auto recorded = EnhancementRepository(database).record(*e, kSource);
            if (recorded)
                result.recorded = *recorded;
            else
                outcome.recordError = recorded.error().message();
            outcome.result = result;
            return outcome;
        },
        [this](const EnhanceOutcome& outcome) {
            m_enhancing = false;
            updateEnhanceButton();
            if (!outcome.result) {
                m_result->setStatus({});
                showError(tr("Cannot enhance: %1").arg(outcome.error));
                return;
            }
            ComposerSnapshot after = snapshot();
            after.result = outcome.result;
            pushState(tr("Enhance"), after);
            if (!outcome.recordError.isEmpty()) {
                showError(tr("The enhanced prompt is shown but could not be kept in your history: %1")
                              .arg(outcome.recordError));
                return;
            }
            const Enhancement& e = outcome.result->enhancement;
            const QString ms = QString::number(e.processingMicros / 1000.0, 'f', 1);
            m_result->setStatus(e.techniques.size() == 1
                                    ? tr("Enhanced with 1 technique in %1 ms; kept in your history.").arg(ms)
                                    : tr("Enhanced with %1 techniques in %2 ms; kept in your history.")
                                          .arg(e.techniques.size())
                                          .arg(ms));
            emit promptsChanged();
        });
}

void ComposerPane::accept()
{
    if (!m_shown)
        return;
    ComposerSnapshot after = snapshot();
    after.editorText = m_result->currentText();
    recordUsage(UsageRepository::Kind::Selected, kSource, after.editorText);
    pushState(tr("Accept enhancement"), after);
    m_result->setStatus(
        tr("The enhanced prompt is now in the editor. Undo (Ctrl+Z) brings the old one back."));
}

void ComposerPane::save()
{
    if (!m_shown)
        return;
    const RecordedEnhancement& recorded = m_shown->recorded;
    const QString text = m_result->currentText();
    if (text == m_shown->enhancement.enhanced && !recorded.enhancedId.isEmpty()) {
        m_result->setStatus(
            tr("Already in your library as prompt %1 (kept when it was enhanced; its parent is "
               "your original, prompt %2).")
                .arg(shortId(recorded.enhancedId), shortId(recorded.originalId)));
        return;
    }
    Prompt prompt;
    prompt.content = text;
    prompt.parentId = recorded.enhancedId.isEmpty() ? recorded.originalId : recorded.enhancedId;
    prompt.sessionId = recorded.sessionId;
    prompt.source = kSource;
    prompt.persona = m_shown->enhancement.persona;
    prompt.originalInput = m_shown->enhancement.original;
    runAsync(
        this,
        [database = m_database, prompt] {
            SaveOutcome outcome;
            PromptRepository prompts(database);
            if (auto existing = prompts.findByContent(prompt.content)) {
                outcome.id = *existing;
                outcome.existed = true;
                return outcome;
            }
            auto added = prompts.add(prompt);
            if (added)
                outcome.id = *added;
            else
                outcome.error = added.error().message();
            return outcome;
        },
        [this, parent = prompt.parentId](const SaveOutcome& outcome) {
            if (!outcome.error.isEmpty()) {
                showError(tr("The prompt could not be saved to your library: %1").arg(outcome.error));
                return;
            }
            if (outcome.existed) {
                m_result->setStatus(
                    tr("This text is already in your library as prompt %1.").arg(shortId(outcome.id)));
                return;
            }
            m_result->setStatus(parent.isEmpty()
                                    ? tr("Saved to your library as prompt %1.").arg(shortId(outcome.id))
                                    : tr("Saved to your library as prompt %1, derived from prompt %2.")
                                          .arg(shortId(outcome.id), shortId(parent)));
            emit promptsChanged();
        });
}

void ComposerPane::openTemplate(const PromptTemplate& t, const QMap<QString, QString>& values)
{
    auto rendered = TemplateRenderer::render(t.text, t.variables, values);
    QString text;
    if (rendered) {
        text = *rendered;
    } else {
        TemplateValuesDialog dialog(t, values, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        text = dialog.renderedText();
    }
    ComposerSnapshot after = snapshot();
    after.editorText = text;
    pushState(tr("Use template %1").arg(t.name), after);
    m_editor->setFocus();
}

void ComposerPane::recordUsage(UsageRepository::Kind kind, const QString& context, const QString& text)
{
    // Usage analytics are about the stored enhanced prompt; an edited text is not that prompt.
    if (!m_shown || m_shown->recorded.enhancedId.isEmpty() || text != m_shown->enhancement.enhanced)
        return;
    const UsageRepository::Event event{m_shown->recorded.enhancedId, kind, context, QString(), std::nullopt};
    if (Status recorded = UsageRepository(m_database).record(event); !recorded)
        m_result->setStatus(tr("The use of this prompt was not counted: %1").arg(recorded.error().message()));
}

void ComposerPane::openPrompt(const QString& text)
{
    ComposerSnapshot after = snapshot();
    after.editorText = text;
    pushState(tr("Open a prompt from the library"), after);
    m_editor->setFocus();
}

void ComposerPane::pushState(const QString& text, ComposerSnapshot after)
{
    m_undoStack->push(new ComposerStateCommand(
        text, snapshot(), std::move(after), [this](const ComposerSnapshot& state) { applySnapshot(state); }));
}

ComposerSnapshot ComposerPane::snapshot() const
{
    ComposerSnapshot state{m_editor->toPlainText(), m_shown};
    if (state.result)
        state.result->text = m_result->currentText(); // keep the user's edits of the enhanced text
    return state;
}

void ComposerPane::applySnapshot(const ComposerSnapshot& state)
{
    // Setting the same text would wipe the editor's own undo history for nothing.
    if (m_editor->toPlainText() != state.editorText)
        m_editor->setPlainText(state.editorText);
    m_shown = state.result;
    m_result->showResult(m_shown);
    m_error->hide();
}

void ComposerPane::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

void ComposerPane::updateEnhanceButton()
{
    m_enhance->setEnabled(m_enhancer && !m_enhancing);
    m_enhance->setText(m_enhancing ? tr("Enhancing…") : tr("Enhance"));
    m_enhance->setToolTip(m_enhancer ? tr("Enhance the prompt offline (Ctrl+Return)")
                                     : tr("Waiting for the enhancement engine"));
}

void ComposerPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_undoStack->setActive(true); // Edit ▸ Undo now steps through enhancements
}

void ComposerPane::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    if (!event->spontaneous()) // a minimised window keeps its active stack
        m_undoStack->setActive(false);
}

bool ComposerPane::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+Z in the editor undoes typing; once there is no typing left to undo it falls through to
    // the window's Undo, which steps back through enhancements.
    if (watched == m_editor && event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->matches(QKeySequence::Undo) && !m_editor->document()->isUndoAvailable()) ||
            (key->matches(QKeySequence::Redo) && !m_editor->document()->isRedoAvailable()))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ComposerPane::setFavourites(const QSet<QString>& favourites)
{
    m_favourites = favourites;
    m_analyzer->setFavourites(favourites);
}

void ComposerPane::rate(const LearningRepository::Rating& given)
{
    LearningRepository::Rating rating = given;
    rating.sessionId = m_shown ? m_shown->recorded.sessionId : QString();
    rating.context = {{QStringLiteral("source"), kSource}};
    LearningRepository learning(m_database);
    const Result<LearningRepository::Outcome> outcome = learning.rate(rating);
    m_result->ratingPanel()->showOutcome(outcome);
    if (!outcome || outcome->techniques.isEmpty() || !m_enhancer)
        return;
    // The next recommendation already counts this rating: the same engine with what it now teaches.
    auto learned = learning.learned();
    if (!learned)
        return;
    auto updated = std::make_shared<Enhancer>(*m_enhancer);
    updated->setLearned(*learned);
    m_enhancer = updated;
    m_analyzer->setEngine(m_enhancer, m_favourites);
    scheduleAnalysis();
}

void ComposerPane::correct()
{
    if (!m_shown || !m_enhancer)
        return;
    CorrectionDialog dialog(m_enhancer->catalog().intents, m_shown->enhancement.intent,
                            m_shown->enhancement.complexity, this);
    if (dialog.exec() == QDialog::Accepted)
        storeCorrection(dialog.intent(), dialog.complexity());
}

void ComposerPane::storeCorrection(const QString& intent, int complexity)
{
    if (!m_shown || m_shown->recorded.originalId.isEmpty() || !m_enhancer)
        return;
    ClassifierRepository classifiers(m_database);
    const Result<QString> stored =
        classifiers.correct({m_shown->recorded.originalId, intent, complexity, {}});
    if (!stored) {
        m_result->setStatus(stored.error().message());
        return;
    }
    const int count = classifiers.correctionCount().ok() ? classifiers.correctionCount().value() : 0;
    if (count % kCorrectionsPerRetrain != 0) {
        m_result->setStatus(tr("Correction stored (%1 so far); the classifier retrains after every %2.")
                                .arg(count)
                                .arg(kCorrectionsPerRetrain));
        return;
    }
    m_result->setStatus(tr("Correction stored; retraining the classifier…"));
    runAsync(
        this,
        [database = m_database, intents = m_enhancer->catalog().intents] {
            return ClassifierRepository(database).train(intents);
        },
        [this](const Result<ClassifierRepository::Training>& training) {
            if (!training) {
                m_result->setStatus(tr("Retraining failed: %1").arg(training.error().message()));
                return;
            }
            m_result->setStatus(tr("Classifier %1: accuracy %2 on held-out prompts (%3 had %4); %5.")
                                    .arg(training->candidate.version)
                                    .arg(training->candidate.accuracy, 0, 'f', 3)
                                    .arg(training->previous.version)
                                    .arg(training->previous.accuracy, 0, 'f', 3)
                                    .arg(training->reason));
            emit classifierRetrained(training->candidate.version, training->candidate.active);
            if (training->candidate.active)
                loadEngine(); // the new version classifies from now on
        });
}

} // namespace athanor
