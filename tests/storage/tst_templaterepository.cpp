#include "CatalogFixture.h"
#include "TempDatabase.h"
#include "TestRegistry.h"
#include "storage/CatalogRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/TemplateRepository.h"

#include <QTest>

using namespace athanor;

namespace {

// The shared fixture catalog, with the text of its official template "Solve" chosen.
Catalog fixture(int version, const QString& solveText = QStringLiteral("Solve {{task}}"))
{
    Catalog c = test::fixtureCatalog(version);
    c.templates.first().text = solveText;
    return c;
}

PromptTemplate installedSolve(CatalogRepository& catalog)
{
    auto loaded = catalog.load();
    if (!loaded || loaded->templates.size() != 1)
        qFatal("the fixture catalog did not load");
    return loaded->templates.first();
}

int rowCount(const test::TempDatabase& db)
{
    auto r = runSql(db.connection(), QStringLiteral("SELECT COUNT(*) FROM prompt_templates"));
    return r && r->next() ? r->value(0).toInt() : -1;
}

} // namespace

class TemplateRepositoryTest : public QObject
{
    Q_OBJECT
private slots:
    void editAddsAVersion()
    {
        test::TempDatabase db;
        CatalogRepository catalog(db.database());
        QVERIFY(catalog.install(fixture(1)).ok());
        TemplateRepository templates(db.database());
        const PromptTemplate original = installedSolve(catalog);
        QVERIFY(original.official);

        PromptTemplate edited = original;
        edited.text = QStringLiteral("Solve {{task}} step by step.");
        edited.techniques << QStringLiteral("few");
        auto saved = templates.saveNewVersion(edited);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message()));
        QCOMPARE(saved->version, 2);
        QCOMPARE(saved->familyId, original.familyId);
        QVERIFY(saved->id != original.id);
        QVERIFY(!saved->official);
        QCOMPARE(saved->techniques, (QStringList{"cot", "few"}));
        QCOMPARE(saved->intents, QStringList{"reasoning.math"});

        auto versions = templates.versions(original.familyId);
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(0).version, 1);
        QCOMPARE(versions->at(0).text, QStringLiteral("Solve {{task}}"));
        QVERIFY(versions->at(0).official);
        QCOMPARE(versions->at(1).version, 2);
        QCOMPARE(templates.current(original.familyId)->id, saved->id);

        // Exactly one current row, and the catalog shows the edit.
        auto current = runSql(db.connection(),
                              "SELECT COUNT(*), MAX(version) FROM prompt_templates "
                              "WHERE family_id = ? AND is_current = 1",
                              {original.familyId});
        QVERIFY(current && current->next());
        QCOMPARE(current->value(0).toInt(), 1);
        QCOMPARE(current->value(1).toInt(), 2);
        auto loaded = catalog.load();
        QCOMPARE(loaded->templates.size(), 1);
        QCOMPARE(loaded->templates.first().text, QStringLiteral("Solve {{task}} step by step."));
        QCOMPARE(loaded->templates.first().version, 2);

        // Stored as the installer stores them: ids, and a token estimate.
        auto row = runSql(db.connection(),
                          "SELECT technique_ids, intent_ids, estimated_tokens FROM prompt_templates "
                          "WHERE id = ?",
                          {saved->id});
        QVERIFY(row && row->next());
        QVERIFY(!row->value(0).toString().contains("cot"));
        QCOMPARE(row->value(0).toString().count('-'), 8); // two UUIDs
        QCOMPARE(row->value(1).toString().count('-'), 4);
        QCOMPARE(row->value(2).toInt(), int((edited.text.size() + 3) / 4));
    }

    void restoreCopiesAnOldVersion()
    {
        test::TempDatabase db;
        CatalogRepository catalog(db.database());
        QVERIFY(catalog.install(fixture(1)).ok());
        TemplateRepository templates(db.database());
        PromptTemplate edited = installedSolve(catalog);
        edited.text = QStringLiteral("Think, then solve {{task}}.");
        QVERIFY(templates.saveNewVersion(edited).ok());

        auto restored = templates.restore(edited.familyId, 1);
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message()));
        QCOMPARE(restored->version, 3);
        QCOMPARE(restored->text, QStringLiteral("Solve {{task}}"));
        QVERIFY(!restored->official);
        auto versions = templates.versions(edited.familyId);
        QCOMPARE(versions->size(), 3);
        QCOMPARE(versions->at(1).text, QStringLiteral("Think, then solve {{task}}.")); // history stays
        QCOMPARE(catalog.load()->templates.first().version, 3);

        QVERIFY(!templates.restore(edited.familyId, 3).ok()); // already current
        QVERIFY(!templates.restore(edited.familyId, 9).ok());
        QVERIFY(!templates.restore(QStringLiteral("no-such-family"), 1).ok());
        QCOMPARE(rowCount(db), 3);
    }

    void invalidEditIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("technique");
        QTest::addColumn<QString>("problem");
        QTest::newRow("undeclared placeholder") << "Solve"
                                                << "Solve {{task}} in {{style}}"
                                                << ""
                                                << "'{{style}}' is used but not declared";
        QTest::newRow("declared but unused") << "Solve"
                                             << "Solve it"
                                             << ""
                                             << "'task' is declared but not used";
        QTest::newRow("empty name") << " "
                                    << "Solve {{task}}"
                                    << ""
                                    << "the name is empty";
        QTest::newRow("empty text") << "Solve"
                                    << ""
                                    << ""
                                    << "the text is empty";
        QTest::newRow("unknown technique") << "Solve"
                                           << "Solve {{task}}"
                                           << "nope"
                                           << "unknown technique 'nope'";
    }
    void invalidEditIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, text);
        QFETCH(QString, technique);
        QFETCH(QString, problem);
        test::TempDatabase db;
        CatalogRepository catalog(db.database());
        QVERIFY(catalog.install(fixture(1)).ok());
        TemplateRepository templates(db.database());
        PromptTemplate edited = installedSolve(catalog);
        edited.name = name;
        edited.text = text;
        if (!technique.isEmpty())
            edited.techniques << technique;

        auto saved = templates.saveNewVersion(edited);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().what.contains(problem), qPrintable(saved.error().what));
        // Nothing written: still one row, still current, still official.
        QCOMPARE(rowCount(db), 1);
        const PromptTemplate current = installedSolve(catalog);
        QCOMPARE(current.version, 1);
        QVERIFY(current.official);
        QCOMPARE(current.text, QStringLiteral("Solve {{task}}"));
    }

    void problemsAreListedTogether()
    {
        test::TempDatabase db;
        CatalogRepository catalog(db.database());
        QVERIFY(catalog.install(fixture(1)).ok());
        PromptTemplate edited = installedSolve(catalog);
        edited.text = QStringLiteral("Do {{other}}");
        auto saved = TemplateRepository(db.database()).saveNewVersion(edited);
        QVERIFY(!saved.ok());
        QVERIFY(saved.error().what.contains("'task' is declared but not used"));
        QVERIFY(saved.error().what.contains("'{{other}}' is used but not declared"));
    }

    void upgradeKeepsTheUsersEdit()
    {
        test::TempDatabase db;
        CatalogRepository catalog(db.database());
        QVERIFY(catalog.install(fixture(1)).ok());
        TemplateRepository templates(db.database());
        PromptTemplate edited = installedSolve(catalog);
        edited.text = QStringLiteral("My own: {{task}}");
        QVERIFY(templates.saveNewVersion(edited).ok());

        QVERIFY(catalog.install(fixture(2, QStringLiteral("Solve {{task}}, revised by the catalog"))).ok());
        auto loaded = catalog.load();
        QCOMPARE(loaded->templates.size(), 1); // not duplicated
        QCOMPARE(loaded->templates.first().text, QStringLiteral("My own: {{task}}"));
        QCOMPARE(loaded->templates.first().version, 2);
        auto versions = templates.versions(edited.familyId);
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(0).text, QStringLiteral("Solve {{task}}")); // the official v1 untouched too
    }

    void upgradeStillUpdatesUneditedTemplates()
    {
        // The counterpart: without an edit the official text follows the catalog.
        test::TempDatabase db;
        CatalogRepository catalog(db.database());
        QVERIFY(catalog.install(fixture(1)).ok());
        QVERIFY(catalog.install(fixture(2, QStringLiteral("Solve {{task}}, revised by the catalog"))).ok());
        QCOMPARE(installedSolve(catalog).text, QStringLiteral("Solve {{task}}, revised by the catalog"));
        QCOMPARE(rowCount(db), 1);
    }

    void userTemplateStartsItsOwnFamily()
    {
        test::TempDatabase db;
        CatalogRepository catalog(db.database());
        QVERIFY(catalog.install(fixture(1)).ok());
        TemplateRepository templates(db.database());
        PromptTemplate mine;
        mine.name = QStringLiteral("My checklist");
        mine.description = QStringLiteral("Mine.");
        mine.intents = {QStringLiteral("reasoning.math")};
        mine.techniques = {QStringLiteral("few")};
        mine.text = QStringLiteral("Check {{thing}}");
        mine.variables = {test::fixtureVariable(QStringLiteral("thing"))};
        mine.usageCount = 7; // a new template has not been used
        auto created = templates.createUserTemplate(mine);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message()));
        QCOMPARE(created->version, 1);
        QVERIFY(!created->official);
        QVERIFY(!created->familyId.isEmpty());
        QCOMPARE(created->category, QStringLiteral("reasoning")); // from its first intent
        QCOMPARE(created->usageCount, 0);
        QCOMPARE(templates.versions(created->familyId)->size(), 1);
        QCOMPARE(catalog.load()->templates.size(), 2);

        // A catalog upgrade leaves it alone.
        QVERIFY(catalog.install(fixture(2)).ok());
        QCOMPARE(catalog.load()->templates.size(), 2);

        mine.variables.clear();
        QVERIFY(!templates.createUserTemplate(mine).ok());
        QCOMPARE(rowCount(db), 2);
    }

    void renamedEditSurvivesUpgrade()
    {
        test::TempDatabase db;
        CatalogRepository catalog(db.database());
        QVERIFY(catalog.install(fixture(1)).ok());
        PromptTemplate edited = installedSolve(catalog);
        edited.name = QStringLiteral("Solve, my way");
        QVERIFY(TemplateRepository(db.database()).saveNewVersion(edited).ok());
        QVERIFY(catalog.install(fixture(2)).ok());
        // The installer finds a family by its official first version's name, not by the current one.
        QCOMPARE(catalog.load()->templates.size(), 1);
    }

    void unknownFamilyIsAnError()
    {
        test::TempDatabase db;
        CatalogRepository catalog(db.database());
        QVERIFY(catalog.install(fixture(1)).ok());
        TemplateRepository templates(db.database());
        PromptTemplate edited = installedSolve(catalog);
        edited.familyId = QStringLiteral("00000000-0000-4000-8000-000000000000");
        QVERIFY(!templates.saveNewVersion(edited).ok());
        edited.familyId.clear();
        QVERIFY(!templates.saveNewVersion(edited).ok());
        QVERIFY(templates.versions(QStringLiteral("00000000-0000-4000-8000-000000000000"))->isEmpty());
        QCOMPARE(rowCount(db), 1);
    }
};

ATHANOR_TEST(TemplateRepositoryTest)
#include "tst_templaterepository.moc"
