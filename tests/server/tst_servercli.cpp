#include "CliRunner.h"
#include "PgServer.h"
#include "TestRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

using namespace athanor;
using athanor::test::isErrorLine;
using athanor::test::Run;
using athanor::test::runCli;

// athanor-cli server init|maintain|add-user against a real PostgreSQL, as an administrator would
// run them: the password from PGPASSWORD, the JSON of each, and clear errors.
class ServerCliTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::PgServer> m_server;

    // The admin URL without its password, which comes from the environment.
    QString adminUrl() const
    {
        ServerUrl url = m_server->adminUrl();
        url.password.clear();
        return url.toString();
    }
    Run server(const QStringList& args) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), m_server->adminUrl().password);
        return runCli(QStringList{QStringLiteral("server")} + args, env);
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::PgServer>();
        QVERIFY2(m_server->error().isEmpty(), qPrintable(m_server->error()));
    }
    void cleanupTestCase() { m_server.reset(); }

    void initMaintainAndAddUser()
    {
        Run init = server({"init", "--url", adminUrl(), "--json"});
        QVERIFY2(init.code == 0, init.err.constData());
        const QJsonObject migrated = QJsonDocument::fromJson(init.out).object();
        QCOMPARE(migrated.value("from").toInt(), 0);
        QVERIFY(migrated.value("version").toInt() >= 1);
        QVERIFY(!migrated.value("applied").toArray().isEmpty());
        init = server({"init", "--url", adminUrl(), "--json"});
        QCOMPARE(init.code, 0);
        QVERIFY(QJsonDocument::fromJson(init.out).object().value("applied").toArray().isEmpty());

        const Run maintain = server({"maintain", "--url", adminUrl(), "--months", "4", "--json"});
        QVERIFY2(maintain.code == 0, maintain.err.constData());
        const QJsonObject maintained = QJsonDocument::fromJson(maintain.out).object();
        QCOMPARE(maintained.value("partitions_created").toInt(), 1); // init made this month and 3 more
        QCOMPARE(maintained.value("views_refreshed").toArray().size(), 2);

        const Run added = server({"add-user", "carol", "--url", adminUrl(), "--json"});
        QVERIFY2(added.code == 0, added.err.constData());
        const QJsonObject user = QJsonDocument::fromJson(added.out).object();
        QCOMPARE(user.value("user").toString(), QStringLiteral("carol"));
        // The printed URL is a working login for Carol.
        auto url = ServerUrl::parse(user.value("url").toString());
        QVERIFY(url.ok());
        QCOMPARE(url->user, QStringLiteral("carol"));
        QCOMPARE(url->password.size(), 24);
        {
            auto db = url->open(QStringLiteral("carol"));
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
            QSqlQuery query(*db);
            QVERIFY(query.exec("SELECT username FROM athanor.users") && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("carol"));
            db->close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("carol"));
        // Twice the same name, a bad name.
        const Run again = server({"add-user", "carol", "--url", adminUrl()});
        QCOMPARE(again.code, 2);
        QVERIFY(isErrorLine(again.err));
        QCOMPARE(server({"add-user", "Carol Smith", "--url", adminUrl()}).code, 1);
    }

    // athanor-cli sync: no server yet is a usage error; --status says what waits without
    // connecting; a sync reports its counts and remembers the server (without its password).
    void syncFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("lib.db");
        QCOMPARE(runCli({"--db", db, "init"}).code, 0);
        QCOMPARE(runCli({"--db", db, "sync"}).code, 1);
        Run status = runCli({"--db", db, "sync", "--status", "--json"});
        QCOMPARE(status.code, 0);
        QVERIFY(QJsonDocument::fromJson(status.out).object().value("server").isNull());
        const Run added = server({"add-user", "dora", "--url", adminUrl(), "--json"});
        QCOMPARE(added.code, 0);
        const QString url = QJsonDocument::fromJson(added.out).object().value("url").toString();
        QCOMPARE(
            runCli({"--db", db, "import", QStringLiteral(ATHANOR_TEST_DATA_DIR "/import/front-matter.md")})
                .code,
            0);
        Run synced = runCli({"--db", db, "sync", "--server", url, "--json"});
        QVERIFY2(synced.code == 0, synced.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(synced.out).object();
        QCOMPARE(report.keys(), (QStringList{"conflicts", "pending", "pulled", "pushed"}));
        QVERIFY(report.value("pushed").toInt() >= 1);
        QCOMPARE(report.value("pending").toInt(), 0);
        status = runCli({"--db", db, "sync", "--status", "--json"});
        const QString remembered = QJsonDocument::fromJson(status.out).object().value("server").toString();
        QVERIFY2(remembered.startsWith("postgres://dora@127.0.0.1"), qPrintable(remembered));
        QVERIFY(!remembered.contains(QUrl(url).password()));
        // Later runs use the remembered server; the password comes from PGPASSWORD.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PGPASSWORD", QUrl(url).password());
        QCOMPARE(runCli({"--db", db, "sync", "--json"}, env).code, 0);
    }

    void errorsAreClearAndKeepThePasswordOut()
    {
        QCOMPARE(server({"init"}).code, 1);                                   // no --url
        QCOMPARE(server({"init", "--url", "http://example.org/db"}).code, 1); // not PostgreSQL
        QCOMPARE(server({"frobnicate", "--url", adminUrl()}).code, 1);        // no such action
        // A wrong password: refused, said plainly, and the password is not repeated.
        ServerUrl wrong = m_server->adminUrl();
        wrong.password = QStringLiteral("Wr0ngPassw0rdXyz");
        Run refused = runCli({"server", "init", "--url", wrong.toString(true)});
        QCOMPARE(refused.code, 3);
        QVERIFY2(isErrorLine(refused.err), refused.err.constData());
        QVERIFY(!refused.err.contains("Wr0ngPassw0rdXyz"));
        // A server that is down.
        QVERIFY(m_server->stop());
        refused = server({"init", "--url", adminUrl()});
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains("cannot connect to the server"), refused.err.constData());
        QVERIFY(m_server->start());
        QCOMPARE(server({"init", "--url", adminUrl()}).code, 0);
    }
};

ATHANOR_TEST(ServerCliTest)
#include "tst_servercli.moc"
