#include "TempDatabase.h"
#include "TestRegistry.h"
#include "models/TechniqueTreeModel.h"
#include "storage/CatalogRepository.h"
#include "storage/PreferencesRepository.h"
#include "ui/techniques/TechniqueDetailView.h"
#include "ui/techniques/TechniquesPane.h"

#include <QComboBox>
#include <QLineEdit>
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
        QTest::mouseClick(star, Qt::LeftButton);
        QVERIFY(star->isChecked());
        QVERIFY(PreferencesRepository(m_db->database()).favourites()->contains("step_back"));
        auto* tree = pane.findChild<QTreeView*>("techniqueTree");
        QVERIFY(tree->currentIndex().data(TechniqueTreeModel::FavouriteRole).toBool());
        QTest::mouseClick(star, Qt::LeftButton);
        QVERIFY(!PreferencesRepository(m_db->database()).favourites()->contains("step_back"));
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
#include "tst_techniquespane.moc"
