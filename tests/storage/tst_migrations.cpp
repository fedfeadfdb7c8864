#include "OldLibrary.h"
#include "TestRegistry.h"
#include "storage/Database.h"
#include "storage/DatabaseFile.h"
#include "storage/Migrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace athanor;

namespace {

QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A real, closed Athanor database (WAL checkpointed into the main file).
QByteArray realDatabaseBytes(const QString& dir)
{
    const QString path = dir + QStringLiteral("/real.db");
    {
        auto db = Database::open(path);
        if (!db)
            qFatal("%s", qPrintable(db.error().message()));
    }
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

class MigrationTest : public QObject
{
    Q_OBJECT
private slots:
    void migrationsAreNumberedWithoutGaps()
    {
        const Migrator migrator;
        QVERIFY(!migrator.migrations().isEmpty());
        for (qsizetype i = 0; i < migrator.migrations().size(); ++i)
            QCOMPARE(migrator.migrations().at(i).version, int(i + 1));
    }

    void emptyFileBecomesLatest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("empty.db");
        writeFile(path, {});
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        QCOMPARE((*db)->schemaVersion(), Migrator().latestVersion());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'prompts'") && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void missingFileAndFolderAreCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("nested/deeper/athanor.db");
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(QFile::exists(path));
        QCOMPARE((*db)->schemaVersion(), Migrator().latestVersion());
    }

    void existingOnlyDoesNotCreate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("absent.db");
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(!db.ok());
        QVERIFY(db.error().what.contains("no database"));
        QCOMPARE(db.error().where, path);
        QVERIFY(!QFile::exists(path));
    }

    void reopeningIsANoOp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("a.db");
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec("INSERT INTO app_meta(key, value) VALUES ('marker', 'kept')"));
        }
        for (int round = 0; round < 2; ++round) {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QCOMPARE((*db)->schemaVersion(), Migrator().latestVersion());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec("SELECT value FROM app_meta WHERE key = 'marker'") && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("kept"));
            QVERIFY(query.exec("SELECT count(*) FROM users WHERE is_local = 1") && query.next());
            QCOMPARE(query.value(0).toInt(), 1); // seed rows were not inserted twice
        }
    }

    void newerSchemaIsRefusedAndFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("newer.db");
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec("PRAGMA user_version = 99"));
        }
        QVERIFY(!QFile::exists(path + "-wal")); // closed cleanly
        const QByteArray before = fileDigest(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().what.contains("newer version"), qPrintable(db.error().what));
        QVERIFY(db.error().what.contains("99"));
        QCOMPARE(db.error().where, path);
        QCOMPARE(db.error().exitCode(), 2);
        QCOMPARE(fileDigest(path), before);
        QVERIFY(!QFile::exists(path + "-wal"));
        QVERIFY(!QFile::exists(path + "-shm"));
    }

    void badFilesGiveAClearMessage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("untouched");

        QTemporaryDir dir;
        const QByteArray real = realDatabaseBytes(dir.path());
        QVERIFY(real.size() > 8192);

        QTest::newRow("zero-filled") << QByteArray(16384, '\0') << "not an SQLite database" << true;
        QTest::newRow("text") << QByteArray("name,prompt\nhello,world\n") << "not an SQLite database" << true;
        QByteArray random(20000, '\0');
        QRandomGenerator generator(42);
        for (char& c : random)
            c = char(generator.bounded(256));
        QTest::newRow("random bytes") << random << "not an SQLite database" << true;
        QTest::newRow("truncated mid-page") << real.left(5000) << "damaged" << true;
        QTest::newRow("truncated to two pages") << real.left(2 * 4096) << "damaged" << true;
        QTest::newRow("header only") << real.left(60) << "damaged" << true;
        QByteArray garbage = real.left(100);
        garbage.append(random.left(real.size() - 100));
        QTest::newRow("valid header, garbage pages") << garbage << "damaged" << false;
    }
    void badFilesGiveAClearMessage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(bool, untouched);
        QTemporaryDir dir;
        const QString path = dir.filePath("bad.db");
        writeFile(path, bytes);
        const QByteArray before = fileDigest(path);

        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().what.contains(expected), qPrintable(db.error().message()));
        QCOMPARE(db.error().where, path);
        QVERIFY(!db.error().hint.isEmpty());
        if (untouched)
            QCOMPARE(fileDigest(path), before);
    }

    // Found by ImportKillTest: killed in the middle of a checkpoint, a library's main file is
    // shorter than its header says while its write-ahead log still holds the pages. SQLite
    // replays the log on open, so that is not damage; without a log it is.
    void aShortFileWithItsLogIsNotDamaged()
    {
        QTemporaryDir dir;
        QByteArray bytes = realDatabaseBytes(dir.path());
        const int pageSize = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
        const quint32 pages = quint32(bytes.size() / pageSize) + 3; // the header claims three more pages
        for (int i = 0; i < 4; ++i)
            bytes[28 + i] = char((pages >> (24 - 8 * i)) & 0xff);
        const QString path = dir.filePath("checkpointing.db");
        writeFile(path, bytes);
        QCOMPARE(DatabaseFileInfo::probe(path).state, DatabaseFileInfo::State::Truncated);
        writeFile(path + "-wal", QByteArray(32, '\0'));
        QCOMPARE(DatabaseFileInfo::probe(path).state, DatabaseFileInfo::State::SQLite);

        // A full disk can cut the checkpoint inside a page (StorageFailureTest).
        writeFile(path, bytes.left(bytes.size() - pageSize / 2));
        QCOMPARE(DatabaseFileInfo::probe(path).state, DatabaseFileInfo::State::SQLite);
        QFile::remove(path + "-wal");
        QCOMPARE(DatabaseFileInfo::probe(path).state, DatabaseFileInfo::State::Truncated);
    }

    void foreignSQLiteFileIsNotMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("other.sqlite");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase("QSQLITE", "foreign");
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec("CREATE TABLE bookmarks(url TEXT)"));
            other.close();
        }
        QSqlDatabase::removeDatabase("foreign");
        const QByteArray before = fileDigest(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().what.contains("another program"), qPrintable(db.error().what));
        QCOMPARE(fileDigest(path), before);
    }

    // Migration 6 rebuilds the full-text index with prefix indexes: what was searchable stays so.
    void fullTextIndexSurvivesTheRebuild()
    {
        QTemporaryDir upToFive;
        const Migrator all;
        for (const Migrator::Migration& m : all.migrations())
            if (m.version <= 5)
                QVERIFY(QFile::copy(m.resourcePath, upToFive.filePath(QFileInfo(m.resourcePath).fileName())));
        QTemporaryDir dir;
        const QString path = dir.filePath("five.db");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "five");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(Migrator(upToFive.path()).migrate(db, path).ok());
            QCOMPARE(Migrator::currentVersion(db), 5);
            QSqlQuery query(db);
            QVERIFY(query.exec("INSERT INTO prompts (id, content, content_hash) VALUES "
                               "('00000000-0000-4000-8000-000000000001', 'zebras cross the road', printf('%064d', 1)), "
                               "('00000000-0000-4000-8000-000000000002', 'a working zebra', printf('%064d', 2))"));
            db.close();
        }
        QSqlDatabase::removeDatabase("five");
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        QCOMPARE((*db)->schemaVersion(), Migrator().latestVersion());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec("SELECT sql FROM sqlite_master WHERE name = 'prompts_fts'") && query.next());
        QVERIFY(query.value(0).toString().contains("prefix = '3 4'"));
        QVERIFY(query.exec("SELECT count(*) FROM prompts_fts WHERE prompts_fts MATCH 'zeb*'") && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        QVERIFY(query.exec("SELECT count(*) FROM prompts_fts WHERE prompts_fts MATCH 'work*'") && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec("INSERT INTO prompts_fts(prompts_fts) VALUES ('integrity-check')"));
    }

    // Migration 7 adds the kind of a usage event: the rows before it came from enhancements.
    void usageRowsBeforeMigrationSevenAreGenerated()
    {
        QTemporaryDir upToSix;
        const Migrator all;
        for (const Migrator::Migration& m : all.migrations())
            if (m.version <= 6)
                QVERIFY(QFile::copy(m.resourcePath, upToSix.filePath(QFileInfo(m.resourcePath).fileName())));
        QTemporaryDir dir;
        const QString path = dir.filePath("six.db");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "six");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(Migrator(upToSix.path()).migrate(db, path).ok());
            QSqlQuery query(db);
            QVERIFY(query.exec("INSERT INTO prompts (id, content, content_hash) VALUES "
                               "('00000000-0000-4000-8000-000000000001', 'original', printf('%064d', 1)), "
                               "('00000000-0000-4000-8000-000000000002', 'enhanced', printf('%064d', 2))"));
            QVERIFY(query.exec("INSERT INTO usage_analytics (id, prompt_id, used_in_generation, generated_prompt_id, "
                               "usage_context) VALUES ('00000000-0000-4000-8000-0000000000aa', "
                               "'00000000-0000-4000-8000-000000000001', 1, "
                               "'00000000-0000-4000-8000-000000000002', 'enhance')"));
            db.close();
        }
        QSqlDatabase::removeDatabase("six");
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec("SELECT kind FROM usage_analytics") && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("generated"));
        QVERIFY(!query.exec("UPDATE usage_analytics SET kind = 'borrowed'")); // the CHECK holds
    }

    void experimentRunsBeforeMigrationTwelveBelongToThisLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("eleven.db");
        QVERIFY(test::makeLibraryAtVersion(path, 11));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "eleven");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec("INSERT INTO ab_experiments (id, name, variant_a, variant_b, primary_metric, "
                               "variant_a_results, variant_b_results) VALUES ('00000000-0000-4000-8000-0000000000e1', "
                               "'x', '{}', '{}', 'success_rate', '{\"runs\":3,\"successes\":2,\"ratings\":{\"5\":2,"
                               "\"1\":1}}', '{\"runs\":1,\"successes\":0,\"ratings\":{\"2\":1}}')"));
            db.close();
        }
        QSqlDatabase::removeDatabase("eleven");
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        QSqlQuery query((*db)->connection());
        // The library has a device id now, and the runs counted so far are its own.
        QVERIFY(query.exec("SELECT device_id, json_extract(variant_a_results, '$.devices.' || device_id || '.runs'), "
                           "json_extract(variant_a_results, '$.devices.' || device_id || '.ratings.5'), "
                           "json_extract(variant_b_results, '$.devices.' || device_id || '.successes'), "
                           "json_extract(variant_a_results, '$.runs') FROM ab_experiments, sync_control"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString().size(), 32);
        QCOMPARE(query.value(1).toInt(), 3);
        QCOMPARE(query.value(2).toInt(), 2);
        QCOMPARE(query.value(3).toInt(), 0);
        QCOMPARE(query.value(4).toInt(), 3);
        // And the library as it was, before migration 12, is kept beside it.
        QCOMPARE((*db)->migrationBackup(), path + ".schema11.bak");
        QSqlDatabase copy = QSqlDatabase::addDatabase("QSQLITE", "backup");
        copy.setDatabaseName(path + ".schema11.bak");
        QVERIFY(copy.open());
        {
            QSqlQuery old(copy);
            QVERIFY(old.exec("PRAGMA user_version") && old.next());
            QCOMPARE(old.value(0).toInt(), 11);
            QVERIFY(old.exec("SELECT json_extract(variant_a_results, '$.devices') FROM ab_experiments") && old.next());
            QVERIFY(old.value(0).isNull());
        }
        copy.close();
        copy = QSqlDatabase();
        QSqlDatabase::removeDatabase("backup");
        // Opening a library that is up to date makes no copy.
        auto again = Database::open(path);
        QVERIFY(again.ok() && (*again)->migrationBackup().isEmpty());
    }

    void failingMigrationRollsBack()
    {
        QTemporaryDir migrations;
        writeFile(migrations.filePath("0001_first.sql"), "CREATE TABLE one(x INTEGER);");
        writeFile(migrations.filePath("0002_broken.sql"),
                  "CREATE TABLE two(x INTEGER);\nINSERT INTO missing_table VALUES (1);");
        QTemporaryDir dir;
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "rollback");
        db.setDatabaseName(dir.filePath("r.db"));
        QVERIFY(db.open());
        {
            const Migrator migrator(migrations.path());
            QCOMPARE(migrator.latestVersion(), 2);
            const Status status = migrator.migrate(db, "r.db");
            QVERIFY(!status.ok());
            QVERIFY2(status.error().what.contains("0002"), qPrintable(status.error().what));
            QCOMPARE(Migrator::currentVersion(db), 1);
            QSqlQuery query(db);
            QVERIFY(query.exec("SELECT count(*) FROM sqlite_master WHERE name = 'two'") && query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            QVERIFY(query.exec("SELECT count(*) FROM sqlite_master WHERE name = 'one'") && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase("rollback");
    }
};

ATHANOR_TEST(MigrationTest)
#include "tst_migrations.moc"
