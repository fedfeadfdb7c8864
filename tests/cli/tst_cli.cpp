#include "TestRegistry.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/PromptRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ATHANOR_CLI_PATH), args);
    if (!process.waitForFinished(60000))
        qFatal("athanor-cli did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// Errors are exactly one line `error: <what> (<where>)`, optionally followed by one `hint:` line.
bool isErrorLine(const QByteArray& err)
{
    const QStringList lines = QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    static const QRegularExpression pattern(QStringLiteral("^error: .+ \\(.+\\)$"));
    if (lines.isEmpty() || !pattern.match(lines.first()).hasMatch())
        return false;
    return lines.size() == 1 || (lines.size() == 2 && lines.at(1).startsWith(QLatin1String("hint: ")));
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void version()
    {
        const Run run = runCli({"--version"});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith("athanor-cli "));
    }

    void helpListsCommands()
    {
        const Run run = runCli({"--help"});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains("init"));
        QVERIFY(run.out.contains("doctor"));
        const Run commandHelp = runCli({"doctor", "--help"});
        QCOMPARE(commandHelp.code, 0);
        QVERIFY(commandHelp.out.contains("--json"));
    }

    void initThenDoctor()
    {
        const QString path = m_dir.filePath("a.db");
        const Run init = runCli({"--db", path, "init"});
        QCOMPARE(init.code, 0);
        QVERIFY(init.out.contains(path.toUtf8()));

        const Run doctor = runCli({"--db", path, "doctor", "--json"});
        QCOMPARE(doctor.code, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(doctor.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError); // exactly one JSON document
        const QJsonObject root = document.object();
        QCOMPARE(root.keys(), (QStringList{"integrity", "journal_mode", "schema_version", "tables"}));
        QCOMPARE(root.value("schema_version").toInt(), athanor::Migrator().latestVersion());
        QCOMPARE(root.value("integrity").toString(), QStringLiteral("ok"));
        QCOMPARE(root.value("journal_mode").toString(), QStringLiteral("wal"));
        const QJsonObject tables = root.value("tables").toObject();
        QCOMPARE(tables.value("prompts").toInt(-1), 0);
        QCOMPARE(tables.value("users").toInt(-1), 1);
        QVERIFY(tables.value("techniques").toInt() >= 30); // init installs the catalog
        QVERIFY(tables.contains("intent_technique_effectiveness"));
        QVERIFY(!tables.contains("prompts_fts_data")); // FTS shadow tables are not listed
        QVERIFY(tables.size() >= 20);
    }

    void initJsonAndReinit()
    {
        const QString path = m_dir.filePath("b.db");
        Run run = runCli({"--db=" + path, "init", "--json"});
        QCOMPARE(run.code, 0);
        QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value("created").toBool(), true);
        QCOMPARE(root.value("schema_version").toInt(), athanor::Migrator().latestVersion());
        run = runCli({"init", "--json", "--db", path}); // --db after the command works too
        QCOMPARE(run.code, 0);
        root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value("created").toBool(), false);
    }

    void environmentOverride()
    {
        const QString path = m_dir.filePath("env.db");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("ATHANOR_DB", path);
        const Run run = runCli({"init"}, env);
        QCOMPARE(run.code, 0);
        QVERIFY(QFile::exists(path));
    }

    void errorContract_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        const QString missing = m_dir.filePath("missing.db");
        QTest::newRow("no command") << QStringList{} << 1 << "no command";
        QTest::newRow("unknown command") << QStringList{"doctr"} << 1 << "doctor";
        QTest::newRow("unknown global option") << QStringList{"--frobnicate", "init"} << 1 << "--frobnicate";
        QTest::newRow("unknown command option") << QStringList{"doctor", "--nope"} << 1 << "nope";
        QTest::newRow("--db without path") << QStringList{"--db"} << 1 << "--db";
        QTest::newRow("doctor on missing db") << QStringList{"--db", missing, "doctor", "--json"} << 2 << missing;
    }
    void errorContract()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const Run run = runCli(args);
        QCOMPARE(run.code, code);
        QVERIFY2(isErrorLine(run.err), run.err.constData());
        QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void badDatabaseFiles()
    {
        const QString notDb = m_dir.filePath("notes.db");
        QFile file(notDb);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are notes, not a database\n");
        file.close();
        Run run = runCli({"--db", notDb, "doctor", "--json"});
        QCOMPARE(run.code, 2);
        QVERIFY2(isErrorLine(run.err), run.err.constData());
        QVERIFY(run.err.contains("not an SQLite database"));
        QVERIFY(run.err.contains(notDb.toUtf8()));

        const QString newer = m_dir.filePath("newer.db");
        QCOMPARE(runCli({"--db", newer, "init"}).code, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "bump");
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec("PRAGMA user_version = 7"));
            db.close();
        }
        QSqlDatabase::removeDatabase("bump");
        run = runCli({"--db", newer, "init"});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains("newer version"));
    }
};

ATHANOR_TEST(CliTest)

// The catalog commands of issue 4, against one database initialised once.
class CatalogCliTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    QJsonDocument json(const QStringList& args, int expectedCode = 0)
    {
        const Run run = runCli(QStringList{"--db", m_db} + args);
        if (run.code != expectedCode)
            qWarning("%s", run.err.constData());
        [&] { QCOMPARE(run.code, expectedCode); }();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        [&] { QCOMPARE(error.error, QJsonParseError::NoError); }();
        return document;
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath("catalog.db");
        QCOMPARE(runCli({"--db", m_db, "init"}).code, 0);
    }

    void techniques()
    {
        const QJsonArray all = json({"techniques", "--json"}).array();
        QVERIFY(all.size() >= 30);
        for (const QJsonValue& value : all) {
            const QJsonObject t = value.toObject();
            for (const char* key : {"code", "name", "category", "complexity", "base_effectiveness", "description",
                                    "when_to_use", "when_not_to_use", "templates", "examples", "sources"})
                QVERIFY2(t.contains(QLatin1String(key)), key);
            const QJsonObject firstTemplate = t.value("templates").toArray().first().toObject();
            QVERIFY(firstTemplate.contains("template") && firstTemplate.contains("variables"));
            const QJsonObject firstExample = t.value("examples").toArray().first().toObject();
            QVERIFY(!firstExample.value("before").toString().isEmpty());
            QVERIFY(!firstExample.value("after").toString().isEmpty());
        }
        const QJsonArray reasoning = json({"techniques", "--category", "reasoning", "--json"}).array();
        QVERIFY(!reasoning.isEmpty() && reasoning.size() < all.size());
        for (const QJsonValue& value : reasoning)
            QCOMPARE(value.toObject().value("category").toString(), QStringLiteral("reasoning"));
        const Run bad = runCli({"--db", m_db, "techniques", "--category", "astrology"});
        QCOMPARE(bad.code, 2);
        QVERIFY(isErrorLine(bad.err));
    }

    void oneTechnique()
    {
        const QJsonObject cot = json({"technique", "chain_of_thought", "--json"}).object();
        QCOMPARE(cot.value("code").toString(), QStringLiteral("chain_of_thought"));
        QVERIFY(!cot.value("sources").toArray().isEmpty());
        const Run typo = runCli({"--db", m_db, "technique", "chain_of_thougt"});
        QCOMPARE(typo.code, 2);
        QVERIFY(isErrorLine(typo.err));
        QVERIFY2(typo.err.contains("did you mean: chain_of_thought"), typo.err.constData());
    }

    void intents()
    {
        const QJsonArray intents = json({"intents", "--json"}).array();
        QVERIFY(intents.size() >= 50);
        const QJsonObject first = intents.first().toObject();
        for (const char* key : {"path", "name", "keywords", "examples"})
            QVERIFY(first.contains(QLatin1String(key)));
    }

    void recommend()
    {
        const QJsonArray result = json({"recommend", "--intent", "reasoning.math", "--complexity", "3", "--json"}).array();
        QCOMPARE(result.size(), 5);
        double previous = 1.0;
        for (const QJsonValue& value : result) {
            const QJsonObject r = value.toObject();
            QCOMPARE(r.keys(), (QStringList{"code", "effectiveness", "final_score", "name", "personalization"}));
            QVERIFY(r.value("final_score").toDouble() <= previous);
            QVERIFY(r.value("final_score").toDouble() <= 0.99);
            previous = r.value("final_score").toDouble();
        }
        const QJsonArray limited =
            json({"recommend", "--intent", "reasoning.math", "--complexity", "3", "--limit", "40", "--json"}).array();
        QString lowest = limited.last().toObject().value("code").toString();
        auto personalization = [&](const QJsonArray& array, const QString& code) {
            for (const QJsonValue& v : array)
                if (v.toObject().value("code").toString() == code)
                    return v.toObject().value("personalization").toDouble();
            return -1.0;
        };
        QCOMPARE(personalization(limited, lowest), 0.0);
        // A one-off favourite on the command line...
        QJsonArray favoured = json({"recommend", "--intent", "reasoning.math", "--complexity", "3", "--limit", "40",
                                    "--favorite", lowest, "--json"})
                                  .array();
        QCOMPARE(personalization(favoured, lowest), 0.15);
        // ...and a stored one.
        QCOMPARE(runCli({"--db", m_db, "favorite", lowest}).code, 0);
        favoured = json({"recommend", "--intent", "reasoning.math", "--complexity", "3", "--limit", "40", "--json"}).array();
        QCOMPARE(personalization(favoured, lowest), 0.15);
        QCOMPARE(runCli({"--db", m_db, "favorite", lowest, "--off"}).code, 0);
        favoured = json({"recommend", "--intent", "reasoning.math", "--complexity", "3", "--limit", "40", "--json"}).array();
        QCOMPARE(personalization(favoured, lowest), 0.0);
    }

    void recommendFallbackAndErrors()
    {
        const Run fallback = runCli({"--db", m_db, "recommend", "--intent", "reasoning.math.olympiad", "--complexity", "4",
                                     "--json"});
        QCOMPARE(fallback.code, 0);
        QVERIFY(fallback.err.contains("reasoning.math"));
        QVERIFY(QJsonDocument::fromJson(fallback.out).isArray());
        QCOMPARE(runCli({"--db", m_db, "recommend", "--intent", "reasoning", "--complexity", "7"}).code, 1);
        QCOMPARE(runCli({"--db", m_db, "recommend", "--complexity", "3"}).code, 1);
        const Run unknown = runCli({"--db", m_db, "recommend", "--intent", "reasoning", "--complexity", "2", "--favorite",
                                    "nonsense_technique"});
        QCOMPARE(unknown.code, 2);
        QCOMPARE(runCli({"--db", m_db, "favorite", "nonsense_technique"}).code, 2);
    }

    void templatesAndRender()
    {
        const QJsonArray code = json({"templates", "--intent", "code", "--json"}).array();
        QVERIFY(!code.isEmpty());
        for (const QJsonValue& value : code) {
            bool matches = false;
            for (const QJsonValue& intent : value.toObject().value("intents").toArray())
                matches |= intent.toString() == "code" || intent.toString().startsWith("code.");
            QVERIFY(matches);
        }
        const QJsonArray all = json({"templates", "--json"}).array();
        QVERIFY(all.size() >= 40);

        // A template with a required variable: without it, exit 2 naming it; with every variable, the prompt.
        QJsonObject chosen;
        QString requiredName;
        for (const QJsonValue& value : all) {
            for (const QJsonValue& v : value.toObject().value("variables").toArray())
                if (v.toObject().value("required").toBool()) {
                    chosen = value.toObject();
                    requiredName = v.toObject().value("name").toString();
                    break;
                }
            if (!chosen.isEmpty())
                break;
        }
        QVERIFY(!chosen.isEmpty());
        const QString name = chosen.value("name").toString();
        const Run missing = runCli({"--db", m_db, "render", name});
        QCOMPARE(missing.code, 2);
        QVERIFY(isErrorLine(missing.err));
        QVERIFY2(missing.err.contains(requiredName.toUtf8()), missing.err.constData());

        QStringList args{"--db", m_db, "render", name, "--json"};
        for (const QJsonValue& v : chosen.value("variables").toArray()) {
            const QJsonObject var = v.toObject();
            const QString type = var.value("type").toString();
            QString value = "VALUE_" + var.value("name").toString();
            if (type == "integer")
                value = "3";
            else if (type == "number")
                value = "1.5";
            else if (type == "boolean")
                value = "yes";
            else if (type == "enum")
                value = var.value("choices").toArray().first().toString();
            args << "--var" << var.value("name").toString() + "=" + value;
        }
        const Run rendered = runCli(args);
        QCOMPARE(rendered.code, 0);
        const QJsonObject prompt = QJsonDocument::fromJson(rendered.out).object();
        QCOMPARE(prompt.value("template").toString(), name);
        QVERIFY(prompt.value("prompt").toString().contains("VALUE_" + requiredName));
        QVERIFY(!prompt.value("prompt").toString().contains("{{"));

        const Run unknownVar = runCli({"--db", m_db, "render", name, "--var", "no_such_variable=1"});
        QCOMPARE(unknownVar.code, 2);
        QVERIFY(unknownVar.err.contains("no_such_variable"));
        QCOMPARE(runCli({"--db", m_db, "render", "No Such Template At All"}).code, 2);
        QCOMPARE(runCli({"--db", m_db, "render", name, "--var", "novalue"}).code, 1);
    }
};

ATHANOR_TEST(CatalogCliTest)

// classify and enhance (issue 5).
class EnhanceCliTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList& args) { return runCli(QStringList{"--db", m_db} + args); }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath("enhance.db");
        QCOMPARE(runCli({"--db", m_db, "init"}).code, 0);
    }

    void classify()
    {
        const Run run = cli({"classify", "--json", "Why does my React component render twice in development?"});
        QCOMPARE(run.code, 0);
        const QJsonObject c = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(c.keys(), (QStringList{"alternatives", "complexity", "complexity_reasons", "confidence", "intent"}));
        QVERIFY(c.value("intent").toString().startsWith("code"));
        QVERIFY(c.value("confidence").toDouble() > 0 && c.value("confidence").toDouble() <= 1);
        const QJsonObject alternative = c.value("alternatives").toArray().first().toObject();
        QCOMPARE(alternative.keys(), (QStringList{"confidence", "intent"}));
        QVERIFY(c.value("complexity").toInt() >= 1 && c.value("complexity").toInt() <= 5);
        QVERIFY(c.value("complexity_reasons").isArray());
    }

    void enhanceAndLineage()
    {
        const QString prompt = "Summarise the following incident report for the leadership team:\n\n> Outage at 02:14 UTC.";
        const Run run = cli({"enhance", "--json", "--target-model", "claude-sonnet-4", prompt});
        QCOMPARE(run.code, 0);
        const QJsonObject e = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(e.keys(), (QStringList{"complexity", "enhanced", "id", "improvements", "intent", "original", "parent_id",
                                        "techniques"}));
        QCOMPARE(e.value("original").toString(), prompt);
        QVERIFY(e.value("enhanced").toString().contains(prompt));
        QVERIFY(e.value("enhanced").toString().contains("<task>"));
        const QJsonArray techniques = e.value("techniques").toArray();
        QVERIFY(!techniques.isEmpty() && techniques.size() <= 3);
        QCOMPARE(techniques.first().toObject().keys(), (QStringList{"code", "reason"}));
        QVERIFY(e.value("id").toString() != e.value("parent_id").toString());
        // The enhanced prompt is in the library with the original as its parent.
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "lineage");
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QString("SELECT parent_id FROM prompts WHERE id = '%1'").arg(e.value("id").toString())));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), e.value("parent_id").toString());
            QVERIFY(q.exec("SELECT count(*) FROM prompt_history"));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() >= 1);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase("lineage");
    }

    void enhanceFromStandardInput()
    {
        QProcess process;
        process.start(QStringLiteral(ATHANOR_CLI_PATH), {"--db", m_db, "enhance", "--json", "-"});
        QVERIFY(process.waitForStarted());
        process.write("\xEF\xBB\xBFList five ideas for a team offsite.\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject e = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(e.value("original").toString(), QStringLiteral("List five ideas for a team offsite.\n"));
    }

    void enhanceErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QStringList{"enhance", "   "} << 2 << "empty";
        QTest::newRow("unknown technique") << QStringList{"enhance", "--techniques", "few_shots", "x"} << 2 << "few_shot";
        QTest::newRow("unknown persona") << QStringList{"enhance", "--persona", "bard", "x"} << 2 << "writing";
        QTest::newRow("unknown model") << QStringList{"enhance", "--target-model", "zzz-9", "x"} << 2 << "anthropic";
        QTest::newRow("max techniques") << QStringList{"enhance", "--max-techniques", "0", "x"} << 1 << "max-techniques";
        QTest::newRow("no text") << QStringList{"enhance"} << 1 << "argument";
        QTest::newRow("classify empty") << QStringList{"classify", ""} << 2 << "empty";
    }
    void enhanceErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const Run run = cli(args);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.startsWith("error: "), run.err.constData());
        QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
};

ATHANOR_TEST(EnhanceCliTest)

// import, export, list, show, search, tag and delete (issue 6).
class LibraryCliTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList& args) { return runCli(QStringList{"--db", m_db} + args); }
    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write(bytes);
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath("library.db");
        QCOMPARE(cli({"init"}).code, 0);
    }

    void importReportsAndExitCodes()
    {
        const QString good = write("good.jsonl", "{\"prompt\": \"Describe the water cycle for a ten-year-old\"}\n"
                                                 "{\"prompt\": \"Name three uses of graphene\"}\n");
        Run run = cli({"import", "--json", "--tag", "science", good});
        QCOMPARE(run.code, 0);
        QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.keys(), (QStringList{"duplicates", "failed", "imported"}));
        QCOMPARE(report.value("imported").toInt(), 2);
        QCOMPARE(report.value("failed").toArray().size(), 0);

        const QString broken = write("broken.json", "[\"one\", \"two\",\n  {\"nope\": 1}\n]");
        run = cli({"import", "--json", good, broken});
        QCOMPARE(run.code, 2); // something failed
        report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value("imported").toInt(), 0);
        QCOMPARE(report.value("duplicates").toInt(), 2);
        const QJsonObject failure = report.value("failed").toArray().first().toObject();
        QCOMPARE(failure.keys(), (QStringList{"file", "line", "reason"}));
        QVERIFY(failure.value("file").toString().endsWith("broken.json"));
        QVERIFY(failure.value("line").toInt() >= 1);
    }

    void listShowSearchTagDelete()
    {
        QJsonArray list = QJsonDocument::fromJson(cli({"list", "--json"}).out).array();
        QVERIFY(list.size() >= 2);
        QVERIFY(list.first().toObject().contains("preview"));
        list = QJsonDocument::fromJson(cli({"list", "--tag", "science", "--json"}).out).array();
        QCOMPARE(list.size(), 2);

        const QJsonArray hits = QJsonDocument::fromJson(cli({"search", "graphene", "--json"}).out).array();
        QCOMPARE(hits.size(), 1);
        const QJsonObject hit = hits.first().toObject();
        QCOMPARE(hit.keys(), (QStringList{"content", "id", "score", "snippet"}));
        QVERIFY(hit.value("snippet").toString().contains("**graphene**"));
        const QString id = hit.value("id").toString();
        QCOMPARE(cli({"search", "\"(", "--json"}).code, 0); // syntax is searched as words

        Run run = cli({"tag", id, "materials", "--json"});
        QCOMPARE(run.code, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("tags").toArray().size(), 2);
        const QJsonObject shown = QJsonDocument::fromJson(cli({"show", id, "--json"}).out).object();
        QCOMPARE(shown.value("content").toString(), QStringLiteral("Name three uses of graphene"));
        QVERIFY(shown.contains("children") && shown.contains("context"));

        // All or nothing: one unknown id deletes nothing.
        run = cli({"delete", id, "00000000-0000-4000-8000-000000000000"});
        QCOMPARE(run.code, 2);
        QCOMPARE(cli({"show", id}).code, 0);
        run = cli({"delete", id, "--json"});
        QCOMPARE(run.code, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("deleted").toInt(), 1);
        QCOMPARE(cli({"show", id}).code, 2);
    }

    void exportThenImportElsewhere()
    {
        const QString out = m_dir.filePath("all.json");
        Run run = cli({"export", "--format", "json", "--out", out, "--json"});
        QCOMPARE(run.code, 0);
        const int exported = QJsonDocument::fromJson(run.out).object().value("exported").toInt();
        QVERIFY(exported >= 1);
        const QString other = m_dir.filePath("other.db");
        run = runCli({"--db", other, "import", "--json", out});
        QCOMPARE(run.code, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("imported").toInt(), exported);
        QCOMPARE(cli({"export", "--format", "yaml", "--out", out}).code, 1);
    }
};

ATHANOR_TEST(LibraryCliTest)

// `similar`: nearest prompts by local embeddings, with the error and JSON contracts.
class SimilarCliTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_ids;

    Run cli(QStringList args) { return runCli(QStringList{"--db", m_db} + args); }

    static QJsonArray parseArray(const Run& run)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError || !document.isArray())
            qWarning("not one JSON array: %s", run.out.constData());
        return document.array();
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath("similar.db");
        auto database = athanor::Database::open(m_db);
        QVERIFY(database.ok());
        athanor::PromptRepository prompts(*database);
        for (const char* text : {"Write a SQL query that lists customers with no orders in 2025.",
                                 "Write an SQL query listing the customers who placed no orders this year.",
                                 "Compose a short poem about falling leaves in autumn.",
                                 "Write a haiku about autumn leaves.",
                                 "Plan a three-day trip to Lisbon on a small budget."}) {
            athanor::Prompt prompt;
            prompt.content = QString::fromUtf8(text);
            auto id = prompts.add(prompt);
            QVERIFY(id.ok());
            m_ids << *id;
        }
    }

    void byIdAsJson()
    {
        const Run run = cli({"similar", m_ids[0], "--json"});
        QCOMPARE(run.code, 0);
        const QJsonArray found = parseArray(run);
        QCOMPARE(found.size(), 4); // everything but the query itself
        const QJsonObject best = found.first().toObject();
        QCOMPARE(best.keys(), (QStringList{"content", "id", "score"}));
        QCOMPARE(best.value("id").toString(), m_ids[1]);
        QVERIFY(best.value("content").toString().contains("customers"));
        double previous = 2.0;
        for (const QJsonValue& value : found) {
            QVERIFY(value.toObject().value("id").toString() != m_ids[0]);
            const double score = value.toObject().value("score").toDouble();
            QVERIFY(score <= previous && score >= -1.0);
            previous = score;
        }
        // The index was saved beside the database.
        QVERIFY(QFile::exists(m_db + ".athanor-local-hash-384-v1.hnsw"));
        QVERIFY(QFile::exists(m_db + ".athanor-local-hash-384-v1.manifest.json"));
    }

    void byTextWithK()
    {
        const Run run = cli({"similar", "--text", "a poem about the leaves of autumn", "--k", "2", "--json"});
        QCOMPARE(run.code, 0);
        const QJsonArray found = parseArray(run);
        QCOMPARE(found.size(), 2);
        const QStringList top{found[0].toObject().value("id").toString(), found[1].toObject().value("id").toString()};
        QVERIFY(top.contains(m_ids[2]) && top.contains(m_ids[3]));
        const Run text = cli({"similar", m_ids[3], "--k", "1"});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(m_ids[2].toUtf8()), text.out.constData());
    }

    void enhancedPromptsAreFound()
    {
        const Run enhanced = cli({"enhance", "--json", "Write a sonnet about autumn leaves and rain."});
        QCOMPARE(enhanced.code, 0);
        const QString original = QJsonDocument::fromJson(enhanced.out).object().value("parent_id").toString();
        const Run run = cli({"similar", m_ids[3], "--k", "3", "--json"});
        QCOMPARE(run.code, 0);
        QStringList ids;
        for (const QJsonValue& value : parseArray(run))
            ids << value.toObject().value("id").toString();
        QVERIFY2(ids.contains(original), run.out.constData());
    }

    void damagedIndexStillAnswers()
    {
        const Run before = cli({"similar", m_ids[2], "--json"});
        QFile file(m_db + ".athanor-local-hash-384-v1.hnsw");
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        file.write(QByteArray(40, '\x7f'));
        file.close();
        const Run after = cli({"similar", m_ids[2], "--json"});
        QCOMPARE(after.code, 0);
        QCOMPARE(parseArray(after), parseArray(before));
        QVERIFY(after.err.isEmpty());
    }

    void emptyLibrary()
    {
        const Run run = runCli({"--db", m_dir.filePath("empty.db"), "similar", "--text", "anything", "--json"});
        QCOMPARE(run.code, 0);
        QCOMPARE(parseArray(run), QJsonArray());
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown id") << QStringList{"similar", "00000000-0000-4000-8000-000000000000", "--json"} << 2
                                    << "no prompt";
        QTest::newRow("nothing") << QStringList{"similar"} << 1 << "--text";
        QTest::newRow("both") << QStringList{"similar", "x", "--text", "y"} << 1 << "either";
        QTest::newRow("k zero") << QStringList{"similar", "--text", "y", "--k", "0"} << 1 << "--k";
        QTest::newRow("k word") << QStringList{"similar", "--text", "y", "--k", "many"} << 1 << "--k";
        QTest::newRow("empty text") << QStringList{"similar", "--text", "  "} << 2 << "empty";
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const Run run = cli(args);
        QCOMPARE(run.code, code);
        QVERIFY2(isErrorLine(run.err), run.err.constData());
        QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
};

ATHANOR_TEST(SimilarCliTest)
#include "tst_cli.moc"
