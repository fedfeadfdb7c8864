#include "TempDatabase.h"
#include "TestRegistry.h"
#include "models/TechniqueTreeModel.h"
#include "storage/CatalogRepository.h"
#include "storage/PreferencesRepository.h"
#include "ui/techniques/TechniqueDetailView.h"
#include "ui/techniques/TechniqueEditorDialog.h"
#include "ui/techniques/TechniquesPane.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace athanor;

namespace {

int visibleTechniques(const QAbstractItemModel* model)
{
    int count = 0;
    for (int c = 0; c < model->rowCount(); ++c)
        count += model->rowCount(model->index(c, 0));
    return count;
}

} // namespace

class TechniquesPaneTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_db;

private slots:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY(CatalogRepository(m_db->database()).ensureCurrent().ok());
    }
    void cleanup() { m_db.reset(); }

    void browseSearchAndDetails()
    {
        TechniquesPane pane(m_db->database());
        pane.resize(1100, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto* tree = pane.findChild<QTreeView*>("techniqueTree");
        auto* search = pane.findChild<QLineEdit*>("techniqueSearch");
        auto* detail = pane.findChild<TechniqueDetailView*>("techniqueDetail");
        QVERIFY(tree && search && detail);
        QVERIFY(tree->model()->rowCount() >= 7);
        const int all = visibleTechniques(tree->model());
        QVERIFY(all >= 30);

        QTest::keyClicks(search, "verification");
        QVERIFY(visibleTechniques(tree->model()) < all);
        QVERIFY(visibleTechniques(tree->model()) >= 1);
        search->clear();
        QCOMPARE(visibleTechniques(tree->model()), all);

        auto* complexity = pane.findChild<QComboBox*>("complexityFilter");
        complexity->setCurrentIndex(3); // advanced
        const int advanced = visibleTechniques(tree->model());
        QVERIFY(advanced > 0 && advanced < all);
        complexity->setCurrentIndex(0);

        // Clicking a technique shows it.
        pane.selectTechnique("chain_of_thought");
        QCOMPARE(pane.currentTechniqueCode(), QStringLiteral("chain_of_thought"));
        const QRect rect = tree->visualRect(tree->currentIndex());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        const QString text = detail->toPlainText();
        QVERIFY(text.contains("Chain-of-Thought"));
        QVERIFY(text.contains("When to use"));
        QVERIFY(text.contains("Worked examples"));
        QVERIFY(text.contains("Sources"));
        QVERIFY(text.contains("2022")); // Wei et al.
        QVERIFY(detail->toHtml().contains("#fde9b5")); // variables are highlighted
    }

    void favouriteToggles()
    {
        TechniquesPane pane(m_db->database());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto* star = pane.findChild<QToolButton*>("favouriteButton");
        QVERIFY(!star->isEnabled()); // nothing chosen yet
        pane.selectTechnique("step_back");
        QVERIFY(star->isEnabled());
        QVERIFY(!star->isChecked());
        QSignalSpy changed(&pane, &TechniquesPane::favouritesChanged);
        QTest::mouseClick(star, Qt::LeftButton);
        QVERIFY(star->isChecked());
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().first().value<QSet<QString>>().contains("step_back"));
        QVERIFY(PreferencesRepository(m_db->database()).favourites()->contains("step_back"));
        auto* tree = pane.findChild<QTreeView*>("techniqueTree");
        QVERIFY(tree->currentIndex().data(TechniqueTreeModel::FavouriteRole).toBool());
        QTest::mouseClick(star, Qt::LeftButton);
        QVERIFY(!PreferencesRepository(m_db->database()).favourites()->contains("step_back"));
    }

    void disableAndEnable()
    {
        TechniquesPane pane(m_db->database());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.selectTechnique("emotional_stimulus");
        auto* disable = pane.findChild<QPushButton*>("disableTechniqueButton");
        QCOMPARE(disable->text(), QStringLiteral("Disable"));
        QTest::mouseClick(disable, Qt::LeftButton);
        QCOMPARE(pane.currentTechniqueCode(), QStringLiteral("emotional_stimulus"));
        QCOMPARE(disable->text(), QStringLiteral("Enable"));
        QVERIFY(!CatalogRepository(m_db->database()).load()->technique("emotional_stimulus")->active);
        auto* detail = pane.findChild<TechniqueDetailView*>("techniqueDetail");
        QVERIFY(detail->toPlainText().contains("disabled"));
        QTest::mouseClick(disable, Qt::LeftButton);
        QVERIFY(CatalogRepository(m_db->database()).load()->technique("emotional_stimulus")->active);
    }

    void duplicateThroughTheEditor()
    {
        TechniquesPane pane(m_db->database());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.selectTechnique("step_back");
        // The editor is modal: drive it once it is open.
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<TechniqueEditorDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* name = dialog->findChild<QLineEdit*>("nameEdit");
            name->selectAll();
            QTest::keyClicks(name, "My step-back");
            dialog->accept();
        });
        QTest::mouseClick(pane.findChild<QPushButton*>("duplicateTechniqueButton"), Qt::LeftButton);
        QCOMPARE(pane.currentTechniqueCode(), QStringLiteral("step_back_copy"));
        const Catalog catalog = *CatalogRepository(m_db->database()).load();
        QCOMPARE(catalog.technique("step_back_copy")->name, QStringLiteral("My step-back"));
        QVERIFY(catalog.technique("step_back_copy")->userDefined);
    }

    void emptyCatalogSaysSo()
    {
        test::TempDatabase empty; // no catalog installed
        TechniquesPane pane(empty.database());
        auto* detail = pane.findChild<TechniqueDetailView*>("techniqueDetail");
        QVERIFY(detail->toPlainText().contains("athanor-cli init"));
    }
};

ATHANOR_TEST(TechniquesPaneTest)

class TechniqueEditorDialogTest : public QObject
{
    Q_OBJECT
private slots:
    void validationKeepsTheDialogOpen()
    {
        test::TempDatabase db;
        QVERIFY(CatalogRepository(db.database()).ensureCurrent().ok());
        const Catalog catalog = *CatalogRepository(db.database()).load();
        Technique blank;
        blank.category = "structure";
        blank.role = "task";
        blank.apply.section = "task";
        blank.userDefined = true;
        TechniqueEditorDialog dialog(blank, catalog, true);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit*>("codeEdit"), "chain_of_thought"); // taken
        QTest::keyClicks(dialog.findChild<QLineEdit*>("nameEdit"), "Mine");
        QTest::keyClicks(dialog.findChild<QPlainTextEdit*>("templateEdit"), "Answer {{question}} in {{style}}.");
        dialog.accept();
        QVERIFY(dialog.isVisible()); // refused
        const QString problems = dialog.problems().join('\n');
        QVERIFY2(problems.contains("taken"), qPrintable(problems));
        QVERIFY(problems.contains("description"));
        QVERIFY(problems.contains("{{question}}"));
        QVERIFY(dialog.findChild<QLabel*>("editorErrors")->isVisible());

        // Fix everything.
        auto* code = dialog.findChild<QLineEdit*>("codeEdit");
        code->clear();
        QTest::keyClicks(code, "answer_in_style");
        QTest::keyClicks(dialog.findChild<QPlainTextEdit*>("descriptionEdit"), "Answer the question in a chosen style.");
        QTest::keyClicks(dialog.findChild<QPlainTextEdit*>("whenToUseEdit"), "When tone matters");
        QTest::keyClicks(dialog.findChild<QPlainTextEdit*>("whenNotToUseEdit"), "For strict data output");
        QTest::keyClicks(dialog.findChild<QPlainTextEdit*>("instructionEdit"), "Answer in the requested style.");
        QTest::mouseClick(dialog.findChild<QPushButton*>("declareButton"), Qt::LeftButton);
        QCOMPARE(dialog.findChild<QTableWidget*>("variablesTable")->rowCount(), 2);
        dialog.accept();
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join('\n')));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Technique t = dialog.technique();
        QCOMPARE(t.code, QStringLiteral("answer_in_style"));
        QCOMPARE(t.patterns.first().variables.size(), 2);
        QCOMPARE(t.whenToUse, QStringList{"When tone matters"});
    }
};

ATHANOR_TEST(TechniqueEditorDialogTest)
#include "tst_techniquespane.moc"
