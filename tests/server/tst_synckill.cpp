#include "CliRunner.h"
#include "PgServer.h"
#include "TempDatabase.h"
#include "TestRegistry.h"
#include "storage/ImportJob.h"
#include "storage/ServerSession.h"
#include "storage/SqlHelpers.h"
#include "storage/SyncEngine.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <memory>

using namespace athanor;
using athanor::test::Run;
using athanor::test::runCli;

// athanor-cli sync killed with SIGKILL at random moments, pushing and then pulling, and resumed:
// nothing lost, nothing doubled, the database intact.
class SyncKillTest : public QObject
{
    Q_OBJECT
    static constexpr int kPrompts = 4000;
    std::unique_ptr<test::PgServer> m_server;
    ServerUrl m_user;
    // A fixed seed, so that a failure can be replayed; ATHANOR_TEST_SEED tries others.
    QRandomGenerator m_random{qEnvironmentVariableIsSet("ATHANOR_TEST_SEED")
                                  ? quint32(qEnvironmentVariableIntValue("ATHANOR_TEST_SEED"))
                                  : 20261205u};

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), m_user.password);
        return env;
    }
    QStringList syncArgs(const QString& db) const
    {
        ServerUrl url = m_user;
        url.password.clear();
        return {QStringLiteral("--db"), db,
                QStringLiteral("sync"), QStringLiteral("--server"),
                url.toString(),         QStringLiteral("--json")};
    }
    // Starts a sync and kills it after a random 20–400 ms; returns whether it was killed before it ended.
    bool killOnce(const QString& db)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(ATHANOR_CLI_PATH), syncArgs(db));
        if (!process.waitForStarted())
            qFatal("athanor-cli did not start");
        const int delay = 20 + int(m_random.bounded(380));
        QThread::msleep(delay);
        const bool running = process.state() == QProcess::Running;
        process.kill(); // SIGKILL
        process.waitForFinished();
        qInfo("killed after %d ms%s", delay, running ? "" : " (it had finished)");
        return running;
    }
    static int count(const test::TempDatabase& library, const QString& sql)
    {
        auto q = runSql(library.connection(), sql);
        return q && q->next() ? q->value(0).toInt() : -1;
    }
    int serverCount(const QString& sql) const
    {
        ServerSession session(m_user);
        if (!session.db())
            return -1;
        QSqlQuery q(*session.db());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::PgServer>();
        QVERIFY2(m_server->error().isEmpty(), qPrintable(m_server->error()));
        QVERIFY2(m_server->initSchema(), qPrintable(m_server->error()));
        m_user = m_server->addUser("dave");
        QVERIFY2(!m_user.user.isEmpty(), qPrintable(m_server->error()));
    }
    void cleanupTestCase() { m_server.reset(); }

    void killedSyncsLoseAndDoubleNothing()
    {
        test::TempDatabase laptop;
        // Sync on (nothing to send yet), then a large import queues every prompt.
        QCOMPARE(runCli(syncArgs(laptop.path()), environment()).code, 0);
        QFile file(laptop.dir() + QStringLiteral("/many.jsonl"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < kPrompts; ++i)
            file.write(
                QJsonDocument(
                    QJsonObject{
                        {"prompt", QStringLiteral("Prompt number %1 about topic %2").arg(i).arg(i % 37)},
                        {"tags", QJsonValue::fromVariant(QStringList{QStringLiteral("t%1").arg(i % 5)})}})
                    .toJson(QJsonDocument::Compact) +
                '\n');
        file.close();
        const ImportReport imported = ImportJob(laptop.database(), {}).run({file.fileName()});
        QCOMPARE(imported.imported, kPrompts);
        QCOMPARE(*SyncEngine::pending(laptop.database()), kPrompts);

        int killed = 0;
        for (int i = 0; i < 6; ++i)
            killed += killOnce(laptop.path());
        QVERIFY2(killed >= 3, "the syncs ended before they could be killed: make the batch larger");
        Run finished = runCli(syncArgs(laptop.path()), environment());
        QVERIFY2(finished.code == 0, finished.err.constData());
        QCOMPARE(QJsonDocument::fromJson(finished.out).object().value("pending").toInt(), 0);
        QCOMPARE(count(laptop, "SELECT count(*) FROM prompts"), kPrompts);
        QCOMPARE(count(laptop, "SELECT count(*) FROM prompts WHERE tags LIKE '%sync-conflict%'"), 0);
        QCOMPARE(
            serverCount("SELECT count(*) FROM athanor.sync_rows WHERE entity = 'prompt' AND NOT deleted"),
            kPrompts);
        QCOMPARE(serverCount("SELECT max(version) FROM athanor.sync_rows"), 1); // no change applied twice

        // Another machine pulls, killed along the way too.
        test::TempDatabase desktop;
        killed = 0;
        for (int i = 0; i < 6; ++i)
            killed += killOnce(desktop.path());
        finished = runCli(syncArgs(desktop.path()), environment());
        QVERIFY2(finished.code == 0, finished.err.constData());
        QCOMPARE(count(desktop, "SELECT count(*) FROM prompts"), kPrompts);
        QCOMPARE(count(desktop, "SELECT count(DISTINCT content) FROM prompts"), kPrompts);
        QCOMPARE(count(desktop, "SELECT count(*) FROM sync_outbox"), 0); // pulled rows are not sent back
        for (const test::TempDatabase* library : {&laptop, &desktop}) {
            auto check = runSql(library->connection(), "PRAGMA integrity_check");
            QVERIFY(check && check->next());
            QCOMPARE(check->value(0).toString(), QStringLiteral("ok"));
        }
        // The full-text index followed the pulled rows.
        QCOMPARE(count(desktop, "SELECT count(*) FROM prompts_fts WHERE prompts_fts MATCH 'topic'"),
                 kPrompts);
    }

    // The server stopped while a sync runs: a clear network error (exit 3), every change still
    // queued or on the server, and the next sync completes it.
    void serverStoppedMidSync()
    {
        test::TempDatabase library;
        QCOMPARE(runCli(syncArgs(library.path()), environment()).code, 0);
        QFile file(library.dir() + QStringLiteral("/more.jsonl"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < kPrompts; ++i)
            file.write(QJsonDocument(QJsonObject{{"prompt", QStringLiteral("Second batch prompt %1").arg(i)}})
                           .toJson(QJsonDocument::Compact) +
                       '\n');
        file.close();
        QCOMPARE(ImportJob(library.database(), {}).run({file.fileName()}).imported, kPrompts);
        const int before = serverCount("SELECT count(*) FROM athanor.sync_rows WHERE entity = 'prompt'");

        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(ATHANOR_CLI_PATH), syncArgs(library.path()));
        QVERIFY(process.waitForStarted());
        QThread::msleep(150);
        QVERIFY(process.state() == QProcess::Running);
        QVERIFY(m_server->stop());
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 3);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        // The last line is the error; libpq may print the server's farewell ("FATAL: terminating
        // connection…") before it, which Athanor does not control.
        const QString last = err.trimmed().section(QLatin1Char('\n'), -1);
        QVERIFY2(last.startsWith("error: ") && last.contains("server"), qPrintable(err));
        QVERIFY(m_server->start());

        const int pushed =
            serverCount("SELECT count(*) FROM athanor.sync_rows WHERE entity = 'prompt'") - before;
        QCOMPARE(*SyncEngine::pending(library.database()) + pushed, kPrompts); // each in one place
        QVERIFY(*SyncEngine::pending(library.database()) > 0);
        const Run finished = runCli(syncArgs(library.path()), environment());
        QVERIFY2(finished.code == 0, finished.err.constData());
        QCOMPARE(*SyncEngine::pending(library.database()), 0);
        QCOMPARE(serverCount("SELECT count(*) FROM athanor.sync_rows WHERE entity = 'prompt'") - before,
                 kPrompts);
    }
};

ATHANOR_TEST(SyncKillTest)
#include "tst_synckill.moc"
