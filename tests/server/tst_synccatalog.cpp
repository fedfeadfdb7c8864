#include "PgServer.h"
#include "TempDatabase.h"
#include "TestRegistry.h"
#include "storage/CatalogRepository.h"
#include "storage/ExperimentRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/SyncEngine.h"
#include "storage/TechniqueRepository.h"
#include "storage/TemplateRepository.h"

#include <QTest>
#include <array>
#include <memory>

using namespace athanor;

// What a user makes besides prompts syncs too, against a real PostgreSQL: custom and edited
// techniques, template versions (those two computers add at once are all kept, numbered alike),
// and A/B experiments, whose runs recorded on two computers at once add up.
class SyncCatalogTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::PgServer> m_server;

    // A library with the shipped catalog, as the app has it.
    static std::unique_ptr<test::TempDatabase> library()
    {
        auto made = std::make_unique<test::TempDatabase>();
        if (auto installed = CatalogRepository(made->database()).ensureCurrent(); !installed)
            qFatal("no catalog: %s", qPrintable(installed.error().message()));
        return made;
    }
    static SyncEngine::Report sync(const test::TempDatabase& library, const ServerUrl& url)
    {
        auto report = SyncEngine(library.database(), url).run();
        if (!report)
            qFatal("sync failed: %s", qPrintable(report.error().message()));
        return *report;
    }
    static QString value(const test::TempDatabase& library, const QString& sql, const QVariantList& values = {})
    {
        auto q = runSql(library.connection(), sql, values);
        return q && q->next() ? q->value(0).toString() : QStringLiteral("<none>");
    }
    // Every version of a family as "version current name: text", oldest first.
    static QStringList versions(const test::TempDatabase& library, const QString& family)
    {
        auto all = TemplateRepository(library.database()).versions(family);
        QStringList lines;
        for (const PromptTemplate& t : all ? *all : QList<PromptTemplate>())
            lines << QStringLiteral("%1 %2: %3").arg(t.version).arg(t.name, t.text);
        auto current = TemplateRepository(library.database()).current(family);
        lines << QStringLiteral("current %1").arg(current ? current->version : -1);
        return lines;
    }
    static PromptTemplate userTemplate(const QString& name, const QStringList& techniques = {})
    {
        PromptTemplate t;
        t.name = name;
        t.text = QStringLiteral("Explain {{topic}} to a beginner.");
        TemplateVariable topic;
        topic.name = QStringLiteral("topic");
        t.variables << topic;
        t.techniques = techniques;
        t.official = false;
        return t;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::PgServer>();
        QVERIFY2(m_server->error().isEmpty(), qPrintable(m_server->error()));
        QVERIFY2(m_server->initSchema(), qPrintable(m_server->error()));
    }
    void cleanupTestCase() { m_server.reset(); }

    void techniquesAndTemplatesFollowTheUser()
    {
        const ServerUrl dana = m_server->addUser("dana");
        QVERIFY(!dana.user.isEmpty());
        auto laptop = library();
        auto desktop = library();
        auto catalog = CatalogRepository(laptop->database()).load();
        QVERIFY(catalog.ok() && catalog->techniques.size() > 2);

        // A technique of the user's own, an edit of a shipped one (disabled), and two templates:
        // one new (naming the new technique) and a second version of a shipped one.
        Technique mine = TechniqueRepository::duplicate(catalog->techniques.at(0), *catalog);
        mine.name = QStringLiteral("Careful steps");
        mine.description = QStringLiteral("Think in small, checked steps.");
        QVERIFY(!mine.patterns.isEmpty());
        QVERIFY(TechniqueRepository(laptop->database()).save(mine, *catalog).ok());
        const QString disabled = catalog->techniques.at(1).code;
        QVERIFY(TechniqueRepository(laptop->database()).setActive(disabled, false).ok());
        auto made = TemplateRepository(laptop->database())
                        .createUserTemplate(userTemplate(QStringLiteral("Beginner explainer"), {mine.code}));
        QVERIFY2(made.ok(), made ? "" : qPrintable(made.error().message()));
        const QString shippedName = value(*laptop, "SELECT name FROM prompt_templates WHERE is_official = 1 "
                                                   "ORDER BY name LIMIT 1");
        const QString laptopShipped =
            value(*laptop, "SELECT family_id FROM prompt_templates WHERE name = ? AND is_official = 1", {shippedName});
        auto shipped = TemplateRepository(laptop->database()).current(laptopShipped);
        QVERIFY(shipped.ok());
        PromptTemplate edited = *shipped;
        edited.text += QStringLiteral("\nAnswer in plain words.");
        QVERIFY(TemplateRepository(laptop->database()).saveNewVersion(edited).ok());

        sync(*laptop, dana);
        sync(*desktop, dana);

        // The technique, with its patterns and examples, is the user's on the desktop too.
        QCOMPARE(value(*desktop, "SELECT name || ' | ' || description || ' | ' || origin FROM techniques WHERE code = ?",
                       {mine.code}),
                 QStringLiteral("Careful steps | Think in small, checked steps. | user"));
        const QString patterns = "SELECT count(*) FROM technique_patterns p JOIN techniques t ON t.id = "
                                 "p.technique_id WHERE t.code = ?";
        QCOMPARE(value(*desktop, patterns, {mine.code}), QString::number(mine.patterns.size()));
        const QString examples = "SELECT count(*) FROM prompt_examples e JOIN techniques t ON t.id = "
                                 "e.technique_id WHERE t.code = ?";
        QCOMPARE(value(*desktop, examples, {mine.code}), QString::number(mine.examples.size()));
        // The shipped technique is disabled there, and marked edited (an upgrade leaves it so).
        QCOMPARE(value(*desktop, "SELECT is_active || user_modified FROM techniques WHERE code = ?", {disabled}),
                 QStringLiteral("01"));
        // The new template, under its family id, naming the technique by its desktop id.
        QCOMPARE(versions(*desktop, made->familyId), versions(*laptop, made->familyId));
        QCOMPARE(TemplateRepository(desktop->database()).current(made->familyId)->techniques,
                 QStringList{mine.code});
        // The shipped template's second version joined the desktop's own family of that template.
        const QString desktopShipped =
            value(*desktop, "SELECT family_id FROM prompt_templates WHERE name = ? AND is_official = 1", {shippedName});
        QVERIFY(desktopShipped != laptopShipped);
        QCOMPARE(versions(*desktop, desktopShipped), versions(*laptop, laptopShipped));
        QVERIFY(TemplateRepository(desktop->database()).current(desktopShipped)->text.endsWith("plain words."));

        // An edit on the desktop comes back, last writer winning.
        Technique again = *CatalogRepository(desktop->database()).load()->technique(mine.code);
        again.name = QStringLiteral("Careful small steps");
        QVERIFY(TechniqueRepository(desktop->database()).save(again, *catalog).ok());
        sync(*desktop, dana);
        sync(*laptop, dana);
        QCOMPARE(value(*laptop, "SELECT name FROM techniques WHERE code = ?", {mine.code}),
                 QStringLiteral("Careful small steps"));
        // And nothing is left to do.
        const SyncEngine::Report idle = sync(*laptop, dana);
        QCOMPARE(idle.pushed + idle.pending, 0);
    }

    void templateVersionsMadeOnBothSidesAreAllKept()
    {
        const ServerUrl erin = m_server->addUser("erin");
        auto laptop = library();
        auto desktop = library();
        auto made = TemplateRepository(laptop->database()).createUserTemplate(userTemplate("Explainer"));
        QVERIFY(made.ok());
        sync(*laptop, erin);
        sync(*desktop, erin);
        QCOMPARE(versions(*desktop, made->familyId).size(), 2);

        // Offline, each adds a version of its own.
        PromptTemplate fromLaptop = *TemplateRepository(laptop->database()).current(made->familyId);
        fromLaptop.text = QStringLiteral("Explain {{topic}} with one example.");
        QVERIFY(TemplateRepository(laptop->database()).saveNewVersion(fromLaptop).ok());
        QTest::qWait(5); // the desktop's version is the later one
        PromptTemplate fromDesktop = *TemplateRepository(desktop->database()).current(made->familyId);
        fromDesktop.text = QStringLiteral("Explain {{topic}} in two sentences.");
        QVERIFY(TemplateRepository(desktop->database()).saveNewVersion(fromDesktop).ok());

        sync(*laptop, erin);
        sync(*desktop, erin);
        sync(*laptop, erin);
        const QStringList expected{QStringLiteral("1 Explainer: Explain {{topic}} to a beginner."),
                                   QStringLiteral("2 Explainer: Explain {{topic}} with one example."),
                                   QStringLiteral("3 Explainer: Explain {{topic}} in two sentences."),
                                   QStringLiteral("current 3")};
        QCOMPARE(versions(*laptop, made->familyId), expected);
        QCOMPARE(versions(*desktop, made->familyId), expected);
        // A version made after the merge follows on.
        PromptTemplate next = *TemplateRepository(laptop->database()).current(made->familyId);
        next.text = QStringLiteral("Explain {{topic}} briefly.");
        QCOMPARE(TemplateRepository(laptop->database()).saveNewVersion(next)->version, 4);
        sync(*laptop, erin);
        sync(*desktop, erin);
        QCOMPARE(versions(*desktop, made->familyId), versions(*laptop, made->familyId));
        QCOMPARE(versions(*desktop, made->familyId).size(), 5);
    }

    void experimentRunsFromTwoComputersAddUp()
    {
        const ServerUrl finn = m_server->addUser("finn");
        auto laptop = library();
        auto desktop = library();
        const QString intent = value(*laptop, "SELECT path FROM intent_taxonomy ORDER BY path LIMIT 1");
        ExperimentRepository::Variant a{QStringLiteral("Explain it simply."), {}};
        ExperimentRepository::Variant b{QStringLiteral("Explain it with an analogy."), {}};
        auto id = ExperimentRepository(laptop->database()).create("analogy or not", intent, a, b, false, 20);
        QVERIFY(id.ok());
        ExperimentRepository onLaptop(laptop->database());
        QVERIFY(onLaptop.record(*id, "A", 5).ok());
        sync(*laptop, finn);
        sync(*desktop, finn);
        ExperimentRepository onDesktop(desktop->database());
        const std::array<const ExperimentRepository*, 2> sides{&onLaptop, &onDesktop};
        QCOMPARE(onDesktop.find(*id)->armA.runs, 1);

        // Offline on both: the laptop records three runs, the desktop three others.
        const std::array<int, 3> laptopStars{5, 4, 2};
        for (int stars : laptopStars)
            QVERIFY(onLaptop.record(*id, "B", stars).ok());
        QVERIFY(onDesktop.record(*id, "A", 1).ok());
        QVERIFY(onDesktop.record(*id, "B", 5).ok());
        QVERIFY(onDesktop.record(*id, "B", 3).ok());
        sync(*laptop, finn);
        sync(*desktop, finn);
        sync(*laptop, finn);
        for (const ExperimentRepository* side : sides) {
            const auto e = *side->find(*id);
            QCOMPARE(e.armA.runs, 2);
            QCOMPARE(e.armA.successes, 1);
            QCOMPARE(e.armB.runs, 5);
            QCOMPARE(e.armB.successes, 3);
            QCOMPARE(e.status, QStringLiteral("running"));
        }
        // Syncing again counts nothing twice.
        sync(*desktop, finn);
        sync(*laptop, finn);
        QCOMPARE(onLaptop.find(*id)->armB.runs, 5);

        // A stop on one computer outlives a run recorded on the other meanwhile.
        QVERIFY(onDesktop.stop(*id).ok());
        QVERIFY(onLaptop.record(*id, "A", 4).ok());
        sync(*desktop, finn);
        sync(*laptop, finn);
        sync(*desktop, finn);
        for (const ExperimentRepository* side : sides) {
            const auto e = *side->find(*id);
            QCOMPARE(e.status, QStringLiteral("stopped"));
            QCOMPARE(e.armA.runs, 3);
        }
    }
};

ATHANOR_TEST(SyncCatalogTest)
#include "tst_synccatalog.moc"
