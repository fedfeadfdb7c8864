#include "CliRunner.h"
#include "PgServer.h"
#include "TestRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace athanor;
using athanor::test::isErrorLine;
using athanor::test::Run;
using athanor::test::runCli;

// athanor-cli community against a real PostgreSQL: publish (pending), the moderator's queue and
// approval with badges, list and search, like and save once per user, remix with lineage, and the
// cache read offline while the server is down.
class CommunityCliTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::PgServer> m_server;
    QTemporaryDir m_dir;
    QMap<QString, QString> m_urls; // user → URL with password

    Run as(const QString& user, const QStringList& args)
    {
        return runCli(QStringList{QStringLiteral("--db"), m_dir.filePath(user + QStringLiteral(".db"))} +
                      args + QStringList{QStringLiteral("--server"), m_urls.value(user)});
    }
    static QJsonArray array(const Run& run) { return QJsonDocument::fromJson(run.out).array(); }
    static QJsonObject object(const Run& run) { return QJsonDocument::fromJson(run.out).object(); }
    static QJsonObject find(const QJsonArray& list, const QString& id)
    {
        for (const QJsonValue& v : list)
            if (v.toObject().value("id").toString() == id)
                return v.toObject();
        return {};
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::PgServer>();
        QVERIFY2(m_server->error().isEmpty(), qPrintable(m_server->error()));
        QVERIFY2(m_server->initSchema(), qPrintable(m_server->error()));
        const QStringList names{QStringLiteral("ann"), QStringLiteral("ben"), QStringLiteral("mod")};
        for (const QString& name : names) {
            const ServerUrl url = m_server->addUser(name, name == QLatin1String("mod"));
            QVERIFY2(!url.user.isEmpty(), qPrintable(m_server->error()));
            m_urls.insert(name, url.toString(true));
        }
        const QStringList users{QStringLiteral("ann"), QStringLiteral("ben"), QStringLiteral("mod")};
        for (const QString& name : users)
            QCOMPARE(runCli({"--db", m_dir.filePath(name + ".db"), "init"}).code, 0);
    }
    void cleanupTestCase() { m_server.reset(); }

    void publishModerateBrowseLikeRemix()
    {
        const Run enhanced = runCli({"--db", m_dir.filePath("ann.db"), "enhance", "--json",
                                     "Triage these bug reports by severity and suggest an owner for each."});
        QCOMPARE(enhanced.code, 0);
        const QString local = object(enhanced).value("id").toString();
        Run published = as("ann", {"community", "publish", local, "--title", "Bug triage", "--category",
                                   "engineering", "--description", "Sorts bug reports.", "--json"});
        QVERIFY2(published.code == 0, published.err.constData());
        const QJsonObject pending = object(published);
        const QString id = pending.value("id").toString();
        QCOMPARE(pending.value("status").toString(), QStringLiteral("pending"));
        QCOMPARE(pending.value("author").toString(), QStringLiteral("ann"));
        QVERIFY(!pending.value("techniques").toArray().isEmpty()); // from the enhancement
        QVERIFY(pending.value("original").toString().startsWith("Triage these bug reports"));

        // Pending: Ben does not see it; the moderator's queue has it.
        QVERIFY(find(array(as("ben", {"community", "list", "--json"})), id).isEmpty());
        QVERIFY(!find(array(as("ann", {"community", "list", "--json"})), id).isEmpty()); // her own
        QVERIFY(!find(array(as("mod", {"community", "queue", "--json"})), id).isEmpty());
        QVERIFY(find(array(as("ben", {"community", "queue", "--json"})), id).isEmpty()); // not a moderator
        const Run refused = as("ben", {"community", "moderate", id, "--status", "approved"});
        QCOMPARE(refused.code, 3);
        QVERIFY(isErrorLine(refused.err));
        const Run approved = as("mod", {"community", "moderate", id, "--status", "approved", "--featured",
                                        "yes", "--verified", "yes", "--json"});
        QVERIFY2(approved.code == 0, approved.err.constData());
        QCOMPARE(object(approved).value("status").toString(), QStringLiteral("approved"));
        QVERIFY(object(approved).value("featured").toBool() && object(approved).value("verified").toBool());

        // Ben finds it by words and in every order, likes it (once), saves it, remixes it.
        QVERIFY(!find(array(as("ben", {"community", "search", "bug severity", "--json"})), id).isEmpty());
        QVERIFY(find(array(as("ben", {"community", "search", "haiku", "--json"})), id).isEmpty());
        for (const QString& sort : {QStringLiteral("trending"), QStringLiteral("new"), QStringLiteral("top")})
            QVERIFY2(!find(array(as("ben", {"community", "list", "--sort", sort, "--json"})), id).isEmpty(),
                     qPrintable(sort));
        QCOMPARE(as("ben", {"community", "like", id}).code, 0);
        const Run likedTwice = as("ben", {"community", "like", id, "--json"});
        QCOMPARE(object(likedTwice).value("likes").toInt(), 1);
        QVERIFY(object(likedTwice).value("liked").toBool());
        QCOMPARE(object(as("ben", {"community", "save", id, "--json"})).value("saves").toInt(), 1);
        QCOMPARE(object(as("ann", {"community", "like", id, "--json"})).value("likes").toInt(), 2);
        QCOMPARE(object(as("ann", {"community", "like", id, "--undo", "--json"})).value("likes").toInt(), 1);
        const Run remixed = as("ben", {"community", "remix", id, "--json"});
        QVERIFY2(remixed.code == 0, remixed.err.constData());
        const QString copy = object(remixed).value("id").toString();
        const Run shown = runCli({"--db", m_dir.filePath("ben.db"), "show", copy, "--json"});
        QCOMPARE(shown.code, 0);
        bool lineage = false;
        for (const QJsonValue& row : object(shown).value("context").toArray())
            lineage = lineage || (row.toObject().value("type").toString() == "remix_of" &&
                                  row.toObject().value("content").toString().contains(id));
        QVERIFY2(lineage, shown.out.constData());
        QCOMPARE(find(array(as("ann", {"community", "list", "--json"})), id).value("remixes").toInt(), 1);

        // The server down: online listing fails plainly, the cache still reads.
        QVERIFY(m_server->stop());
        const Run down = as("ben", {"community", "list"});
        QCOMPARE(down.code, 3);
        QVERIFY(isErrorLine(down.err));
        const Run offline = runCli(
            {"--db", m_dir.filePath("ben.db"), "community", "search", "triage", "--offline", "--json"});
        QCOMPARE(offline.code, 0);
        QCOMPARE(find(array(offline), id).value("title").toString(), QStringLiteral("Bug triage"));
        QVERIFY(m_server->start());
    }
};

ATHANOR_TEST(CommunityCliTest)
#include "tst_communitycli.moc"
