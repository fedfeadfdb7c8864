#include "TempDatabase.h"
#include "CatalogFixture.h"
#include "TestRegistry.h"
#include "storage/CatalogRepository.h"
#include "storage/PreferencesRepository.h"
#include "storage/SqlHelpers.h"

#include <QTest>

using namespace athanor;

using test::fixtureCatalog;

class CatalogRepositoryTest : public QObject
{
    Q_OBJECT
private slots:
    void installAndLoadRoundTrip()
    {
        test::TempDatabase db;
        CatalogRepository repository(db.database());
        QCOMPARE(repository.installedVersion(), 0);
        QVERIFY(repository.install(fixtureCatalog(1)).ok());
        QCOMPARE(repository.installedVersion(), 1);

        auto loaded = repository.load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->techniques.size(), 2);
        const Technique* cot = loaded->technique("cot");
        QVERIFY(cot);
        QCOMPARE(cot->description, QStringLiteral("Chain of thought: reason step by step."));
        QCOMPARE(cot->patterns.size(), 1);
        QCOMPARE(cot->patterns.first().variables.first().name, QStringLiteral("task"));
        QCOMPARE(cot->examples.first().after, QStringLiteral("after\nline"));
        QCOMPARE(cot->examples.first().intent, QStringLiteral("reasoning.math"));
        QCOMPARE(cot->sources.first().year, 2022);
        QVERIFY(!cot->userDefined);
        QCOMPARE(loaded->intents.size(), 2);
        QCOMPARE(loaded->intents.at(1).path, QStringLiteral("reasoning.math"));
        // The mapping on "reasoning" is materialised for its child too.
        QCOMPARE(loaded->effectiveness.size(), 2);
        QCOMPARE(loaded->effectiveness.first().complexityAdjustment.value(3), 0.1);
        QCOMPARE(loaded->templates.size(), 1);
        QCOMPARE(loaded->templates.first().techniques, QStringList{"cot"});
        QCOMPARE(loaded->templates.first().intents, QStringList{"reasoning.math"});
        QCOMPARE(loaded->templates.first().version, 1);

        auto recommender = repository.recommender();
        QVERIFY(recommender.ok());
        const auto result = recommender->recommend("reasoning.math", 3, {}, 2);
        QCOMPARE(result.techniques.first().code, QStringLiteral("cot"));
        QCOMPARE(result.techniques.first().effectiveness, 0.8);
    }

    void upgradeUpdatesOfficialRowsOnly()
    {
        test::TempDatabase db;
        CatalogRepository repository(db.database());
        QVERIFY(repository.install(fixtureCatalog(1)).ok());
        // The user edits "few" and the template.
        QVERIFY(runSql(db.connection(), "UPDATE techniques SET description = 'Mine.', user_modified = 1 WHERE code = 'few'"));
        QVERIFY(repository.install(fixtureCatalog(2, "Chain of thought, revised.")).ok());
        auto loaded = repository.load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->technique("cot")->description, QStringLiteral("Chain of thought, revised."));
        QCOMPARE(loaded->technique("few")->description, QStringLiteral("Mine."));
        QVERIFY(loaded->technique("few")->userDefined);
        QCOMPARE(loaded->templates.size(), 1); // updated in place, not duplicated
        QCOMPARE(loaded->technique("cot")->patterns.size(), 1);
        QCOMPARE(repository.installedVersion(), 2);
    }

    void droppedTechniqueIsRetired()
    {
        test::TempDatabase db;
        CatalogRepository repository(db.database());
        QVERIFY(repository.install(fixtureCatalog(1)).ok());
        Catalog smaller = fixtureCatalog(2);
        smaller.techniques.removeLast();
        QVERIFY(repository.install(smaller).ok());
        auto loaded = repository.load();
        QVERIFY(!loaded->technique("few")->active);
        QVERIFY(loaded->technique("cot")->active);
        auto recommender = repository.recommender();
        QCOMPARE(recommender->recommend("reasoning", 3, {}, 10).techniques.size(), 1);
    }

    void failedInstallChangesNothing()
    {
        test::TempDatabase db;
        CatalogRepository repository(db.database());
        Catalog broken = fixtureCatalog(1);
        broken.techniques[1].complexity = 9; // violates the CHECK on the second technique
        QVERIFY(!repository.install(broken).ok());
        QCOMPARE(repository.installedVersion(), 0);
        QCOMPARE(repository.load()->techniques.size(), 0);
    }

    void shippedCatalogInstallsOnce()
    {
        test::TempDatabase db;
        CatalogRepository repository(db.database());
        auto first = repository.ensureCurrent();
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message()));
        QVERIFY(*first);
        auto second = repository.ensureCurrent();
        QVERIFY(second.ok());
        QVERIFY(!*second);
        auto loaded = repository.load();
        QVERIFY(loaded->techniques.size() >= 30);
        QVERIFY(loaded->templates.size() >= 40);
    }

    void favouritesPersist()
    {
        test::TempDatabase db;
        PreferencesRepository preferences(db.database());
        QVERIFY(preferences.favourites()->isEmpty());
        QVERIFY(preferences.setFavourite("cot", true).ok());
        QVERIFY(preferences.setFavourite("few", true).ok());
        QVERIFY(preferences.setFavourite("few", false).ok());
        QCOMPARE(*preferences.favourites(), QSet<QString>{"cot"});
    }
};

ATHANOR_TEST(CatalogRepositoryTest)
#include "tst_catalogrepository.moc"
