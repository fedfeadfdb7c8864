#include "CatalogFixture.h"
#include "TempDatabase.h"
#include "TestRegistry.h"
#include "storage/CatalogRepository.h"
#include "storage/TechniqueRepository.h"

#include <QTest>

using namespace athanor;

class TechniqueRepositoryTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_db;

    Catalog load() { return *CatalogRepository(m_db->database()).load(); }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY(CatalogRepository(m_db->database()).install(test::fixtureCatalog(1)).ok());
    }
    void cleanup() { m_db.reset(); }

    void newUserTechnique()
    {
        Technique mine = test::fixtureTechnique("my_checklist", "Ask for a checklist before answering.");
        mine.sources.clear(); // a user's technique needs no paper
        mine.examples.clear();
        auto saved = TechniqueRepository(m_db->database()).save(mine, load());
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message()));
        const Catalog catalog = load();
        const Technique* stored = catalog.technique("my_checklist");
        QVERIFY(stored);
        QVERIFY(stored->userDefined);
        QCOMPARE(stored->patterns.size(), 1);
        // It takes part in recommendations with its base effectiveness.
        auto recommender = CatalogRepository(m_db->database()).recommender();
        bool found = false;
        for (const auto& r : recommender->recommend("reasoning", 3, {}, 10).techniques)
            found |= r.code == "my_checklist" && !r.mapped;
        QVERIFY(found);
    }

    void invalidTechniqueIsRefusedWholly()
    {
        Technique bad = test::fixtureTechnique("bad_one", "A technique whose template is wrong.");
        bad.patterns.first().templateText = QStringLiteral("{{task}} and {{undeclared}}");
        auto saved = TechniqueRepository(m_db->database()).save(bad, load());
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().what.contains("undeclared"), qPrintable(saved.error().what));
        QCOMPARE(saved.error().where, QStringLiteral("technique bad_one"));
        QVERIFY(!load().technique("bad_one"));
    }

    void editedCatalogTechniqueSurvivesUpgrade()
    {
        Technique cot = *load().technique("cot");
        cot.description = QStringLiteral("My own words about chain of thought.");
        QVERIFY(TechniqueRepository(m_db->database()).save(cot, load()).ok());
        QVERIFY(CatalogRepository(m_db->database()).install(test::fixtureCatalog(2, "Upgraded wording.")).ok());
        QCOMPARE(load().technique("cot")->description, QStringLiteral("My own words about chain of thought."));
    }

    void disableAndEnable()
    {
        TechniqueRepository repository(m_db->database());
        QVERIFY(repository.setActive("few", false).ok());
        QVERIFY(!load().technique("few")->active);
        auto recommender = CatalogRepository(m_db->database()).recommender();
        QCOMPARE(recommender->recommend("reasoning", 2, {}, 10).techniques.size(), 1);
        // An upgrade does not switch it back on.
        QVERIFY(CatalogRepository(m_db->database()).install(test::fixtureCatalog(2)).ok());
        QVERIFY(!load().technique("few")->active);
        QVERIFY(repository.setActive("few", true).ok());
        QVERIFY(load().technique("few")->active);
        QVERIFY(!repository.setActive("nope", false).ok());
    }

    void duplicateTakesAFreeCode()
    {
        const Catalog catalog = load();
        const Technique first = TechniqueRepository::duplicate(*catalog.technique("cot"), catalog);
        QCOMPARE(first.code, QStringLiteral("cot_copy"));
        QVERIFY(first.id.isEmpty());
        auto saved = TechniqueRepository(m_db->database()).save(first, catalog);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message()));
        const Technique second = TechniqueRepository::duplicate(*catalog.technique("cot"), load());
        QCOMPARE(second.code, QStringLiteral("cot_copy2"));
    }
};

ATHANOR_TEST(TechniqueRepositoryTest)
#include "tst_techniquerepository.moc"
