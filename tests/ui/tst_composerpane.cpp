#include "TempDatabase.h"
#include "TestRegistry.h"
#include "storage/CatalogRepository.h"
#include "storage/PromptRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/UsageRepository.h"
#include "ui/common/RatingPanel.h"
#include "ui/common/StarRating.h"
#include "ui/composer/ComposerPane.h"
#include "ui/shell/MainWindow.h"
#include "ui/techniques/TechniquesPane.h"
#include "ui/techniques/TemplatesView.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>

using namespace athanor;

namespace {

const QString kCode = QStringLiteral("```python\ndef mean(xs):\n    return sum(xs)/len(xs)\n```");
const QString kPrompt = QStringLiteral("Fix this Python function that crashes on empty lists:\n") + kCode;
constexpr int kEngineTimeout = 60000; // training the classifier; generous for slow CI machines
constexpr int kTimeout = 15000;

struct HistoryRow
{
    QString originalId;
    QString enhancedId;
    QString client;
};

QList<HistoryRow> historyRows(const test::TempDatabase& db)
{
    QList<HistoryRow> rows;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral(
            "SELECT original_prompt_id, enhanced_prompt_id, client_type FROM prompt_history ORDER BY rowid")))
        qFatal("%s", qPrintable(query.lastError().text()));
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return rows;
}

PromptTemplate shippedTemplate(const test::TempDatabase& db, const QString& name)
{
    auto catalog = CatalogRepository(db.database()).load();
    for (const PromptTemplate& t : catalog->templates)
        if (t.name == name)
            return t;
    qFatal("no template %s", qPrintable(name));
}

// QTest::keyClicks cannot type a line break: Return is its own key.
void typeText(QWidget* widget, const QString& text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines.at(i));
    }
}

QListWidgetItem* itemOf(QListWidget* list, const QString& code)
{
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->data(Qt::UserRole).toString() == code)
            return list->item(row);
    return nullptr;
}

} // namespace

class ComposerPaneTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<ComposerPane> m_pane;

    template <typename T> T* child(const char* name) const
    {
        auto* widget = m_pane->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }

    // A pane on a database with the catalog, shown, its engine loaded.
    void openPane()
    {
        QVERIFY(CatalogRepository(m_db->database()).ensureCurrent().ok());
        m_pane = std::make_unique<ComposerPane>(m_db->database());
        m_pane->resize(1100, 720);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        QVERIFY(!child<QLabel>("composerEngineStatus")->isHidden() || m_pane->isEngineReady());
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->isEngineReady(), kEngineTimeout);
        QVERIFY(child<QLabel>("composerEngineStatus")->isHidden());
        QVERIFY(child<QPushButton>("enhanceButton")->isEnabled());
    }

    // Types the coding prompt and waits for the chips and the technique list.
    void typePrompt()
    {
        auto* editor = child<QPlainTextEdit>("composerEditor");
        typeText(editor, kPrompt);
        QCOMPARE(editor->toPlainText(), kPrompt);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("intentChip")->text().contains("code"), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(child<QListWidget>("techniqueList")->count() > 0, kTimeout);
    }

    void enhanceAndWait()
    {
        auto* enhanced = child<QTextBrowser>("enhancedView");
        const QString before = enhanced->toPlainText();
        QTest::mouseClick(child<QPushButton>("enhanceButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(enhanced->toPlainText() != before, kTimeout);
    }

private slots:
    void init()
    {
        QSettings().clear();
        m_db = std::make_unique<test::TempDatabase>();
    }
    void cleanup()
    {
        m_pane.reset();
        // Workers hold the database until they finish: let them, before its folder goes.
        QThreadPool::globalInstance()->waitForDone();
        m_db.reset();
    }

    void chipsAndTechniquesFollowTheText()
    {
        openPane();
        QCOMPARE(child<QLabel>("tokenChip")->text(), QStringLiteral("≈ 0 tokens"));
        typePrompt();
        auto* intent = child<QLabel>("intentChip");
        QVERIFY2(intent->text().startsWith("Intent: code"), qPrintable(intent->text()));
        QVERIFY(intent->text().contains("%"));
        QVERIFY(!intent->toolTip().isEmpty());
        QVERIFY(child<QLabel>("complexityChip")->text().contains(QRegularExpression("^Complexity [1-5]/5$")));
        QCOMPARE(child<QLabel>("tokenChip")->text(),
                 QStringLiteral("≈ %1 tokens").arg((kPrompt.size() + 3) / 4));

        // The engine's choice checked, the next ones unchecked, each saying why.
        auto* list = child<QListWidget>("techniqueList");
        int checked = 0;
        for (int row = 0; row < list->count(); ++row) {
            QVERIFY(!list->item(row)->toolTip().isEmpty());
            checked += list->item(row)->checkState() == Qt::Checked;
        }
        QVERIFY(checked >= 1 && checked <= 3);
        QVERIFY(list->count() > checked);

        // Fewer techniques allowed: the list follows.
        child<QSpinBox>("maxTechniquesSpin")->setValue(1);
        QTRY_VERIFY_WITH_TIMEOUT(
            list->count() > 0 && list->item(1) && list->item(1)->checkState() == Qt::Unchecked, kTimeout);
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);

        // The highlighter marks variables and tags.
        auto* editor = child<QPlainTextEdit>("composerEditor");
        editor->setPlainText(QStringLiteral("Use {{name}} and ${x} in <context>here</context>"));
        const QList<QTextLayout::FormatRange> formats = editor->document()->firstBlock().layout()->formats();
        QVERIFY(formats.size() >= 4);
        editor->clear();
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>("intentChip")->text(), QStringLiteral("Intent: —"), kTimeout);
        QCOMPARE(list->count(), 0);
    }

    void enhanceRecordsAndUndoes()
    {
        openPane();
        typePrompt();
        auto* editor = child<QPlainTextEdit>("composerEditor");
        auto* original = child<QTextBrowser>("originalView");
        auto* enhanced = child<QTextBrowser>("enhancedView");
        auto* accept = child<QPushButton>("acceptButton");
        QVERIFY(!accept->isEnabled());

        m_pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!enhanced->toPlainText().isEmpty(), kTimeout);
        QCOMPARE(editor->toPlainText(), kPrompt); // the shortcut typed nothing
        QCOMPARE(original->toPlainText(), kPrompt);
        QVERIFY2(enhanced->toPlainText().contains(kCode), qPrintable(enhanced->toPlainText()));
        QVERIFY(enhanced->toHtml().contains("#c6efce")); // an insertion
        QVERIFY(!child<QTextBrowser>("improvementsView")->toPlainText().isEmpty());
        QVERIFY(accept->isEnabled());
        QVERIFY(child<QLabel>("composerError")->isHidden());
        QCOMPARE(m_pane->undoStack()->count(), 1);

        // Recorded: one history row, the original and the enhanced prompt as its child.
        const auto rows = historyRows(*m_db);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().client, QStringLiteral("composer"));
        PromptRepository prompts(m_db->database());
        QCOMPARE(*prompts.count(), 2);
        const auto originalPrompt = prompts.find(rows.first().originalId);
        const auto enhancedPrompt = prompts.find(rows.first().enhancedId);
        QVERIFY(originalPrompt && enhancedPrompt);
        QCOMPARE(originalPrompt->content, kPrompt);
        QCOMPARE(enhancedPrompt->parentId, originalPrompt->id);
        QCOMPARE(enhancedPrompt->content, enhanced->toPlainText());

        // Undo goes back to no result; redo brings it back.
        m_pane->undoStack()->undo();
        QVERIFY(enhanced->toPlainText().isEmpty());
        QVERIFY(original->toPlainText().isEmpty());
        QVERIFY(!accept->isEnabled());
        QCOMPARE(editor->toPlainText(), kPrompt);
        m_pane->undoStack()->redo();
        QCOMPARE(enhanced->toPlainText(), enhancedPrompt->content);

        // Accept puts the enhanced prompt into the editor, undoably.
        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(editor->toPlainText(), enhancedPrompt->content);
        QCOMPARE(m_pane->undoStack()->count(), 2);
        // Usage analytics: the original generated the enhanced prompt, which was then selected.
        UsageRepository usage(m_db->database());
        QCOMPARE(usage.summary(originalPrompt->id)->generated, 1);
        QCOMPARE(usage.summary(enhancedPrompt->id)->selected, 1);
        m_pane->undoStack()->undo();
        QCOMPARE(editor->toPlainText(), kPrompt);
        QCOMPARE(enhanced->toPlainText(), enhancedPrompt->content);
        m_pane->undoStack()->redo();
        QCOMPARE(editor->toPlainText(), enhancedPrompt->content);
    }

    void editFurtherCopyAndSave()
    {
        openPane();
        typePrompt();
        enhanceAndWait();
        auto* status = child<QLabel>("composerStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("history"), kTimeout);
        const auto rows = historyRows(*m_db);
        QCOMPARE(rows.size(), 1);

        // Unchanged, it is in the library already.
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        QVERIFY2(status->text().contains("Already in your library"), qPrintable(status->text()));
        QVERIFY(status->text().contains(rows.first().enhancedId.left(8)));

        // Copied as it is, the enhanced prompt counts as used; an edited copy is another text.
        QTest::mouseClick(child<QPushButton>("copyButton"), Qt::LeftButton);
        UsageRepository usage(m_db->database());
        QCOMPARE(usage.summary(rows.first().enhancedId)->used, 1);

        // Edited in place, it is saved as a child of the recorded enhancement.
        auto* editFurther = child<QPushButton>("editFurtherButton");
        auto* inPlace = child<QPlainTextEdit>("enhancedEditor");
        QTest::mouseClick(editFurther, Qt::LeftButton);
        QVERIFY(inPlace->isVisible());
        inPlace->moveCursor(QTextCursor::End);
        typeText(inPlace, "\nAnswer in British English.");
        const QString edited = inPlace->toPlainText();
        QVERIFY(edited.endsWith("Answer in British English."));
        QTest::mouseClick(child<QPushButton>("copyButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), edited);
        QCOMPARE(usage.summary(rows.first().enhancedId)->used, 1);
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith("Saved to your library"), kTimeout);
        PromptRepository prompts(m_db->database());
        const auto savedId = prompts.findByContent(edited);
        QVERIFY(savedId);
        QCOMPARE(prompts.find(*savedId)->parentId, rows.first().enhancedId);
        QVERIFY(status->text().contains(savedId->left(8)));

        // Back to the diff: the edit shows as an insertion.
        QTest::mouseClick(editFurther, Qt::LeftButton);
        auto* enhanced = child<QTextBrowser>("enhancedView");
        QVERIFY(enhanced->isVisible());
        QVERIFY(enhanced->toPlainText().contains("Answer in British English."));

        // Accept takes the edited text.
        QTest::mouseClick(child<QPushButton>("acceptButton"), Qt::LeftButton);
        QCOMPARE(child<QPlainTextEdit>("composerEditor")->toPlainText(), edited);
    }

    void ratingTheResultTeachesTheRecommender()
    {
        openPane();
        typePrompt();
        enhanceAndWait();
        auto* panel = child<RatingPanel>("ratingPanel");
        QTRY_VERIFY_WITH_TIMEOUT(panel->isEnabled(), kTimeout);
        auto* rate = child<QPushButton>("ratingSubmit");
        QVERIFY(!rate->isEnabled()); // no stars yet
        QTest::mouseClick(panel->stars()->findChild<QToolButton*>(QStringLiteral("star2")), Qt::LeftButton);
        QVERIFY(rate->isEnabled());
        child<QComboBox>("ratingHelpful")->setCurrentIndex(2); // not helpful
        QTest::keyClicks(child<QLineEdit>("ratingNote"), QStringLiteral("Fewer steps"));
        QTest::mouseClick(rate, Qt::LeftButton);
        const QString message = child<QLabel>("ratingMessage")->text();
        QVERIFY2(message.contains(QStringLiteral("teaches the recommender about")), qPrintable(message));

        auto row =
            runSql(m_db->connection(),
                   "SELECT rating, was_helpful, suggested_improvement, json_extract(context, '$.source') "
                   "FROM learning_feedback");
        QVERIFY(row && row->next());
        QCOMPARE(row->value(0).toInt(), 2);
        QCOMPARE(row->value(1).toInt(), 0);
        QCOMPARE(row->value(2).toString(), QStringLiteral("Fewer steps"));
        QCOMPARE(row->value(3).toString(), QStringLiteral("composer"));
        auto feedback = runSql(m_db->connection(), "SELECT count(*) FROM enhancement_feedback");
        QVERIFY(feedback && feedback->next());
        QCOMPARE(feedback->value(0).toInt(), 1);

        // The recommendations shown next already count it, next to the catalog's value.
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                auto* list = child<QListWidget>("techniqueList");
                for (int i = 0; i < list->count(); ++i)
                    if (list->item(i)->toolTip().contains(QStringLiteral("from 1 rating")))
                        return true;
                return false;
            }(),
            kTimeout);
    }

    void correctionsRetrainTheClassifier()
    {
        openPane();
        typePrompt();
        enhanceAndWait();
        QVERIFY(child<QPushButton>("correctButton")->isEnabled());
        QSignalSpy retrained(m_pane.get(), &ComposerPane::classifierRetrained);
        for (int i = 1; i < ComposerPane::kCorrectionsPerRetrain; ++i)
            m_pane->storeCorrection(QStringLiteral("code.review"), 2);
        QVERIFY2(child<QLabel>("composerStatus")->text().contains(QStringLiteral("9 so far")),
                 qPrintable(child<QLabel>("composerStatus")->text()));
        QCOMPARE(retrained.size(), 0);
        m_pane->storeCorrection(QStringLiteral("code.review"), 2); // the tenth
        QVERIFY(retrained.wait(30000));
        QCOMPARE(retrained.first().at(0).toString(), QStringLiteral("v1"));
        QVERIFY(child<QLabel>("composerStatus")->text().startsWith(QStringLiteral("Classifier v1")));
        auto rows = runSql(m_db->connection(),
                           "SELECT count(*), min(source_type), min(prompt_text) FROM ml_training_data");
        QVERIFY(rows && rows->next());
        QCOMPARE(rows->value(0).toInt(), 10);
        QCOMPARE(rows->value(1).toString(), QStringLiteral("manual"));
        QCOMPARE(rows->value(2).toString(), kPrompt); // the original, not the enhanced text
        auto versions = runSql(m_db->connection(), "SELECT count(*) FROM ml_model_performance");
        QVERIFY(versions && versions->next());
        QCOMPARE(versions->value(0).toInt(), 1);
        if (retrained.first().at(1).toBool()) // the engine reloads with the new version
            QTRY_VERIFY_WITH_TIMEOUT(m_pane->isEngineReady(), kEngineTimeout);
    }

    void wrongChoicesAreExplained()
    {
        openPane();
        typePrompt();
        auto* list = child<QListWidget>("techniqueList");
        auto* error = child<QLabel>("composerError");
        for (int row = 0; row < list->count(); ++row)
            list->item(row)->setCheckState(Qt::Unchecked);
        QVERIFY(!child<QSpinBox>("maxTechniquesSpin")->isEnabled());
        QTest::mouseClick(child<QPushButton>("enhanceButton"), Qt::LeftButton);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains("No technique is checked"), qPrintable(error->text()));

        // Two techniques that do not go together.
        auto* add = child<QComboBox>("addTechniqueCombo");
        for (const QString& code : {QStringLiteral("zero_shot"), QStringLiteral("few_shot")}) {
            const int index = add->findData(code);
            QVERIFY2(index > 0, qPrintable(code));
            emit add->activated(index);
            QVERIFY(itemOf(list, code));
            QCOMPARE(itemOf(list, code)->checkState(), Qt::Checked);
        }
        QCOMPARE(add->currentIndex(), 0);
        // The user's choice survives new analyses.
        QTest::keyClicks(child<QPlainTextEdit>("composerEditor"), " Please.");
        QTest::qWait(600);
        QVERIFY(itemOf(list, "zero_shot") && itemOf(list, "few_shot"));
        enhanceAndWaitForError(error);
        QVERIFY2(error->text().contains("zero_shot") && error->text().contains("few_shot"),
                 qPrintable(error->text()));
        QVERIFY(child<QTextBrowser>("enhancedView")->toPlainText().isEmpty());
        QCOMPARE(m_pane->undoStack()->count(), 0);

        // Automatic forgets the choice; an unknown target model is named.
        QTest::mouseClick(child<QToolButton>("automaticTechniquesButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>("techniqueCaption")->text().startsWith("Recommended"));
        QVERIFY(child<QSpinBox>("maxTechniquesSpin")->isEnabled());
        child<QComboBox>("targetModelCombo")->setEditText("nonesuch-9000");
        enhanceAndWaitForError(error);
        QVERIFY2(error->text().contains("unknown target model"), qPrintable(error->text()));
        child<QComboBox>("targetModelCombo")->setEditText("claude-sonnet-4");
        enhanceAndWait();
        QVERIFY(error->isHidden());
        QVERIFY(child<QTextBrowser>("enhancedView")->toPlainText().contains("<")); // Anthropic: XML tags
    }

    void openTemplateAsksForMissingValues()
    {
        openPane();
        auto* editor = child<QPlainTextEdit>("composerEditor");
        const PromptTemplate review = shippedTemplate(*m_db, QStringLiteral("Code review checklist"));
        bool okWasDisabled = false;
        QString problem;
        bool sawDialog = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            sawDialog = true;
            QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            okWasDisabled = !ok->isEnabled();
            problem = dialog->findChild<QLabel*>("templateValuesProblem")->text();
            QCOMPARE(dialog->findChild<QLineEdit*>("var_language")->text(), QStringLiteral("Go"));
            QTest::keyClicks(dialog->findChild<QPlainTextEdit*>("var_code"), "func main() {}");
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        m_pane->openTemplate(review, {{QStringLiteral("language"), QStringLiteral("Go")}});
        QVERIFY(sawDialog);
        QVERIFY(okWasDisabled);
        QVERIFY2(problem.contains("'code'"), qPrintable(problem));
        QVERIFY(editor->toPlainText().contains("You are a senior Go engineer"));
        QVERIFY(editor->toPlainText().contains("func main() {}"));
        QCOMPARE(m_pane->undoStack()->count(), 1);
        m_pane->undoStack()->undo();
        QVERIFY(editor->toPlainText().isEmpty());

        // Complete values need no dialog.
        m_pane->openTemplate(review, {{QStringLiteral("language"), QStringLiteral("Rust")},
                                      {QStringLiteral("code"), QStringLiteral("fn main() {}")}});
        QVERIFY(editor->toPlainText().contains("You are a senior Rust engineer"));
    }

    void loadErrorIsShown()
    {
        // No catalog installed: the engine cannot load, and the pane says so.
        m_pane = std::make_unique<ComposerPane>(m_db->database());
        m_pane->show();
        auto* status = child<QLabel>("composerEngineStatus");
        QCOMPARE(status->text(), QStringLiteral("Loading the enhancement engine…"));
        QVERIFY(!child<QPushButton>("enhanceButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("could not be loaded"), kEngineTimeout);
        QVERIFY2(status->text().contains("catalog"), qPrintable(status->text()));
        QVERIFY(!child<QPushButton>("enhanceButton")->isEnabled());
    }

    void mainWindowHostsTheComposer()
    {
        QVERIFY(CatalogRepository(m_db->database()).ensureCurrent().ok());
        MainWindow window(m_db->database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* stack = window.findChild<QStackedWidget*>("paneStack");
        auto* composer = qobject_cast<ComposerPane*>(stack->widget(1));
        QVERIFY(composer);
        QCOMPARE(composer->objectName(), QStringLiteral("composerPane"));

        // Its undo stack is the window's while it is shown.
        QVERIFY(window.undoGroup()->stacks().contains(composer->undoStack()));
        window.showPane("composer");
        QCOMPARE(window.undoGroup()->activeStack(), composer->undoStack());
        window.showPane("techniques");
        QCOMPARE(window.undoGroup()->activeStack(), nullptr);

        // "Use in Composer" on the Templates tab opens the template there.
        auto* templates = window.findChild<TemplatesView*>();
        const PromptTemplate review = shippedTemplate(*m_db, QStringLiteral("Code review checklist"));
        QVERIFY(templates->selectTemplate(review.familyId));
        templates->findChild<QLineEdit*>("var_language")->setText("Kotlin");
        templates->findChild<QPlainTextEdit*>("var_code")->setPlainText("fun main() {}");
        auto* use = templates->findChild<QPushButton*>("templateUse");
        QVERIFY(use->isEnabled());
        use->click();
        QCOMPARE(window.currentPaneId(), QStringLiteral("composer"));
        auto* editor = composer->findChild<QPlainTextEdit*>("composerEditor");
        QVERIFY(editor->toPlainText().contains("Kotlin"));
        QCOMPARE(composer->undoStack()->count(), 1);

        // Undo (Ctrl+Z) in the editor undoes typing first, then steps back through enhancements.
        QTRY_VERIFY_WITH_TIMEOUT(composer->isEngineReady(), kEngineTimeout);
        auto* enhanced = composer->findChild<QTextBrowser*>("enhancedView");
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!enhanced->toPlainText().isEmpty(), kTimeout);
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, "!");
        QVERIFY(editor->toPlainText().endsWith("!"));
        QTest::keySequence(editor, QKeySequence::Undo);
        QVERIFY(!editor->toPlainText().endsWith("!")); // the editor's own undo
        QVERIFY(!enhanced->toPlainText().isEmpty());
        QTest::keySequence(editor, QKeySequence::Redo);
        QVERIFY(editor->toPlainText().endsWith("!"));
        QTest::keySequence(editor, QKeySequence::Undo);
        QTest::keySequence(editor, QKeySequence::Undo); // nothing typed left: the enhancement goes
        QVERIFY(enhanced->toPlainText().isEmpty());
        QVERIFY(editor->toPlainText().contains("Kotlin"));
        QTest::keySequence(editor, QKeySequence::Undo); // and then the template
        QVERIFY(editor->toPlainText().isEmpty());
        QTest::keySequence(editor, QKeySequence::Redo);
        QTest::keySequence(editor, QKeySequence::Redo);
        QVERIFY(!enhanced->toPlainText().isEmpty());
    }

    void techniqueTemplateGoesToTheComposer()
    {
        QVERIFY(CatalogRepository(m_db->database()).ensureCurrent().ok());
        MainWindow window(m_db->database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* techniques = window.findChild<TechniquesPane*>();
        auto* use = techniques->findChild<QPushButton*>("useInComposerButton");
        QVERIFY(!use->isEnabled()); // no technique chosen yet
        techniques->selectTechnique("step_back");
        QVERIFY(use->isEnabled());
        // Its template needs the task: the Composer asks for it.
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* task = dialog->findChild<QPlainTextEdit*>("var_task");
            QVERIFY(task);
            task->setPlainText("Why did the Roman Republic fall?");
            dialog->accept();
        });
        use->click();
        QCOMPARE(window.currentPaneId(), QStringLiteral("composer"));
        auto* editor = window.findChild<QPlainTextEdit*>("composerEditor");
        QVERIFY2(editor->toPlainText().contains("Why did the Roman Republic fall?"),
                 qPrintable(editor->toPlainText()));
        QVERIFY(!editor->toPlainText().contains("{{task}}"));
    }

private:
    void enhanceAndWaitForError(QLabel* error)
    {
        error->hide();
        QTest::mouseClick(child<QPushButton>("enhanceButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kTimeout);
    }
};

ATHANOR_TEST(ComposerPaneTest)
#include "tst_composerpane.moc"
