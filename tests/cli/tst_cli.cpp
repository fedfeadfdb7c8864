#include "CliRunner.h"
#include "OldLibrary.h"
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

using athanor::test::Run;
using athanor::test::isErrorLine;
using athanor::test::runCli;
using athanor::test::makeLibraryAtVersion;

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

    // A library of an older version is upgraded when opened, and the copy kept before it is named.
    void olderLibraryIsUpgradedWithItsCopyNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.db");
        QVERIFY(makeLibraryAtVersion(path, 11));
        const Run listed = runCli({"--db", path, "list"});
        QCOMPARE(listed.code, 0);
        const QString backup = path + ".schema11.bak";
        QVERIFY(QFile::exists(backup));
        QVERIFY2(listed.err.contains("note: the library was upgraded") && listed.err.contains(backup.toUtf8()),
                 listed.err.constData());
        QVERIFY(runCli({"--db", path, "list"}).err.isEmpty()); // said once, when it happened
    }

    void backup()
    {
        const QString path = m_dir.filePath("backed.db");
        QCOMPARE(runCli({"--db", path, "init"}).code, 0);
        QCOMPARE(runCli({"--db", path, "import", ATHANOR_TEST_DATA_DIR "/import/prompts.jsonl"}).code, 0);
        const QString target = m_dir.filePath("copies/one.db");
        Run run = runCli({"--db", path, "backup", "--to", target, "--json"});
        QCOMPARE(run.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.keys(), (QStringList{"bytes", "path", "schema"}));
        QCOMPARE(root.value("path").toString(), target);
        QVERIFY(root.value("bytes").toInteger() > 0);
        QCOMPARE(root.value("schema").toInt(), athanor::Migrator().latestVersion());
        // The copy is a whole library: its prompts are there.
        run = runCli({"--db", target, "list", "--json"});
        QCOMPARE(run.code, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 4);
        // Never over another file.
        run = runCli({"--db", path, "backup", "--to", target});
        QVERIFY(run.code != 0);
        QVERIFY2(isErrorLine(run.err), run.err.constData());
        QVERIFY(run.err.contains("there is a file there already"));
        // By default into backups/ beside the library.
        run = runCli({"--db", path, "backup"});
        QCOMPARE(run.code, 0);
        QCOMPARE(QDir(m_dir.filePath("backups")).entryList({"athanor-*.db"}).size(), 1);
        // A library that does not exist is not created by a backup.
        run = runCli({"--db", m_dir.filePath("none.db"), "backup"});
        QVERIFY(run.code != 0);
        QVERIFY(!QFile::exists(m_dir.filePath("none.db")));
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
            QVERIFY(QSqlQuery(db).exec("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase("bump");
        run = runCli({"--db", newer, "init"});
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains("newer version"));
    }
};

ATHANOR_TEST(CliTest)
#include "tst_cli.moc"
