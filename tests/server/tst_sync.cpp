#include "PgServer.h"
#include "TempDatabase.h"
#include "TestRegistry.h"
#include "core/ContentHash.h"
#include "storage/LearningRepository.h"
#include "storage/PreferencesRepository.h"
#include "storage/PromptRepository.h"
#include "storage/ServerSession.h"
#include "storage/SqlHelpers.h"
#include "storage/SyncEngine.h"

#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace athanor;

// Offline-first sync against a real PostgreSQL: two libraries of one user edit offline and
// converge, content edited on both sides is kept as two linked prompts, a resent batch changes
// nothing, a dead server keeps the outbox, and another user sees none of it.
class SyncTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::PgServer> m_server;
    ServerUrl m_alice;
    ServerUrl m_bob;

    static SyncEngine::Report sync(const test::TempDatabase& library, const ServerUrl& url)
    {
        auto report = SyncEngine(library.database(), url).run();
        if (!report)
            qFatal("sync failed: %s", qPrintable(report.error().message()));
        return *report;
    }
    static QString add(const test::TempDatabase& library, const QString& content,
                       const QStringList& tags = {})
    {
        Prompt p;
        p.content = content;
        p.tags = tags;
        return *PromptRepository(library.database()).add(p);
    }
    // Each prompt as "content | tags | title", sorted: what two libraries must agree on.
    static QStringList state(const test::TempDatabase& library)
    {
        auto rows = runSql(library.connection(),
                           "SELECT content || ' | ' || tags || ' | ' || coalesce(title, '') FROM prompts");
        QStringList all;
        while (rows && rows->next())
            all << rows->value(0).toString();
        all.sort();
        return all;
    }
    // The first value of `sql` run on the server as `url`'s user.
    static QVariant serverValue(const ServerUrl& url, const QString& sql)
    {
        ServerSession session(url);
        QSqlQuery query(*session.db());
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }
    // An edit of a prompt's text, as the app makes it (its hash follows).
    static bool setContent(const test::TempDatabase& library, const QString& id, const QString& text)
    {
        return runSql(library.connection(), "UPDATE prompts SET content = ?, content_hash = ? WHERE id = ?",
                      {text, contentHash(text), id})
            .ok();
    }
    static int count(const test::TempDatabase& library, const QString& sql)
    {
        auto q = runSql(library.connection(), sql);
        return q && q->next() ? q->value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::PgServer>();
        QVERIFY2(m_server->error().isEmpty(), qPrintable(m_server->error()));
        QVERIFY2(m_server->initSchema(), qPrintable(m_server->error()));
        m_alice = m_server->addUser("alice");
        m_bob = m_server->addUser("bob");
        QVERIFY2(!m_alice.user.isEmpty() && !m_bob.user.isEmpty(), qPrintable(m_server->error()));
    }
    void cleanupTestCase() { m_server.reset(); }

    void withoutAServerNothingIsQueued()
    {
        test::TempDatabase library;
        add(library, "a prompt that stays local");
        QCOMPARE(*SyncEngine::pending(library.database()), 0);
        QVERIFY(SyncEngine::server(library.database())->isEmpty());
    }

    void twoLibrariesConverge()
    {
        test::TempDatabase laptop;
        test::TempDatabase desktop;
        const QString p1 = add(laptop, "Summarise this article in three bullet points.", {"work"});
        const QString p2 = add(laptop, "Translate the paragraph into French.");
        LearningRepository::Rating rating;
        rating.promptId = p1;
        rating.stars = 5;
        QVERIFY(LearningRepository(laptop.database()).rate(rating).ok());
        SyncEngine::Report first = sync(laptop, m_alice);
        QCOMPARE(first.pushed, 4); // and the preferences, the first on the server
        QCOMPARE(first.pending, 0);
        SyncEngine::Report second = sync(desktop, m_alice);
        QCOMPARE(second.pulled, 4); // the desktop takes the server's preferences
        QCOMPARE(state(desktop), state(laptop));
        QCOMPARE(count(desktop,
                       QStringLiteral("SELECT rating FROM learning_feedback WHERE prompt_id = '%1'").arg(p1)),
                 5);

        // Offline on both: the desktop retags p2 and writes p3; the laptop deletes p1 and edits
        // p2's text.
        QVERIFY(
            runSql(desktop.connection(), "UPDATE prompts SET tags = '[\"french\"]' WHERE id = ?", {p2}).ok());
        add(desktop, "Write a haiku about the sea.", {"poetry"});
        QVERIFY(runSql(laptop.connection(), "DELETE FROM prompts WHERE id = ?", {p1}).ok());
        QVERIFY(setContent(laptop, p2, "Translate the paragraph into formal French."));
        sync(desktop, m_alice);
        const SyncEngine::Report laptopSync = sync(laptop, m_alice);
        QCOMPARE(laptopSync.conflicts, 0); // only the laptop changed p2's text
        sync(desktop, m_alice);
        QCOMPARE(state(desktop), state(laptop));
        QCOMPARE(count(laptop, "SELECT count(*) FROM prompts"), 2);
        // The text from the laptop; the metadata too: the laptop's change reached the server last
        // (last writer wins by server time).
        QCOMPARE(
            count(desktop,
                  QStringLiteral("SELECT count(*) FROM prompts WHERE id = '%1' AND content LIKE '%formal%' "
                                 "AND tags = '[]'")
                      .arg(p2)),
            1);
        QCOMPARE(count(desktop, "SELECT count(*) FROM learning_feedback"), 0); // went with p1
        // Nothing is left to send, and syncing again changes nothing.
        const SyncEngine::Report idle = sync(laptop, m_alice);
        QCOMPARE(idle.pushed + idle.pulled + idle.pending, 0);
    }

    void textEditedOnBothSidesKeepsBoth()
    {
        test::TempDatabase a;
        test::TempDatabase b;
        const QString id = add(a, "Explain recursion.");
        sync(a, m_alice);
        sync(b, m_alice);
        QVERIFY(setContent(a, id, "Explain recursion to a child."));
        QVERIFY(setContent(b, id, "Explain recursion with an example in Python."));
        QCOMPARE(sync(a, m_alice).conflicts, 0);
        const SyncEngine::Report clash = sync(b, m_alice);
        QCOMPARE(clash.conflicts, 1);
        // b now holds the server's text under the id, and its own as a new prompt whose parent it is.
        QCOMPARE(
            count(b, QStringLiteral(
                         "SELECT count(*) FROM prompts WHERE id = '%1' AND content = 'Explain recursion to a "
                         "child.'")
                         .arg(id)),
            1);
        QCOMPARE(
            count(b, QStringLiteral(
                         "SELECT count(*) FROM prompts WHERE parent_id = '%1' AND content LIKE '%Python%' "
                         "AND tags LIKE '%sync-conflict%'")
                         .arg(id)),
            1);
        sync(a, m_alice);
        QCOMPARE(state(a), state(b));
        QCOMPARE(count(a, QStringLiteral("SELECT count(*) FROM prompts WHERE parent_id = '%1'").arg(id)),
                 1); // lineage too
    }

    // Newer text on the server meets a metadata change from an older base: both are kept.
    void metadataMeetsNewerText()
    {
        test::TempDatabase a;
        test::TempDatabase b;
        const QString id = add(a, "List five risks of the plan.");
        sync(a, m_alice);
        sync(b, m_alice);
        QVERIFY(setContent(a, id, "List five risks of the plan, most likely first."));
        sync(a, m_alice);
        QVERIFY(runSql(b.connection(), "UPDATE prompts SET title = 'Risk review' WHERE id = ?", {id}).ok());
        const SyncEngine::Report merged = sync(b, m_alice);
        QCOMPARE(merged.conflicts, 0);
        sync(a, m_alice);
        QCOMPARE(state(a), state(b));
        QCOMPARE(
            count(b, QStringLiteral(
                         "SELECT count(*) FROM prompts WHERE id = '%1' AND content LIKE '%most likely%' AND "
                         "title = 'Risk review'")
                         .arg(id)),
            1);
    }

    // A delete of a prompt whose text changed elsewhere since is refused: it comes back.
    void deletingWhatChangedElsewhereBringsItBack()
    {
        test::TempDatabase a;
        test::TempDatabase b;
        const QString id = add(a, "Draft a polite reminder.");
        sync(a, m_alice);
        sync(b, m_alice);
        QVERIFY(setContent(a, id, "Draft a polite reminder about the invoice."));
        sync(a, m_alice);
        QVERIFY(runSql(b.connection(), "DELETE FROM prompts WHERE id = ?", {id}).ok());
        sync(b, m_alice);
        QCOMPARE(count(b, QStringLiteral(
                              "SELECT count(*) FROM prompts WHERE id = '%1' AND content LIKE '%invoice%'")
                              .arg(id)),
                 1);
        sync(a, m_alice);
        QCOMPARE(state(a), state(b));
    }

    // Favourite techniques (the local user's preferences) follow the user; the last writer wins.
    void favouritesFollowTheUser()
    {
        test::TempDatabase a;
        test::TempDatabase b;
        sync(a, m_alice);
        sync(b, m_alice);
        QVERIFY(PreferencesRepository(a.database()).setFavourite("few_shot", true).ok());
        QVERIFY(PreferencesRepository(a.database()).setFavourite("chain_of_thought", true).ok());
        QCOMPARE(*SyncEngine::pending(a.database()), 1); // one row, however many changes
        sync(a, m_alice);
        sync(b, m_alice);
        const QSet<QString> both{QStringLiteral("few_shot"), QStringLiteral("chain_of_thought")};
        QCOMPARE(*PreferencesRepository(b.database()).favourites(), both);
        QVERIFY(PreferencesRepository(b.database()).setFavourite("few_shot", false).ok());
        sync(b, m_alice);
        sync(a, m_alice);
        QCOMPARE(*PreferencesRepository(a.database()).favourites(),
                 QSet<QString>{QStringLiteral("chain_of_thought")});
        QCOMPARE(*SyncEngine::pending(a.database()), 0); // pulled, not queued back
    }

    // A batch the server took, sent again (the client died before it stored the answers):
    // the same answers, nothing applied twice.
    void resendingABatchChangesNothing()
    {
        const QString batch = QStringLiteral("[{\"change_id\":\"resend-1\",\"entity\":\"prompt\","
                                             "\"entity_id\":\"00000000-0000-4000-8000-00000000abcd\","
                                             "\"op\":\"upsert\",\"base_version\":0,\"content_hash\":"
                                             "\"h1\",\"payload\":{\"content\":\"once\"}}]");
        ServerSession session(m_alice);
        QVERIFY(session.db().ok());
        QSqlQuery call(*session.db());
        QVERIFY(call.prepare("SELECT athanor.sync_push('device', CAST(? AS jsonb))::text"));
        call.addBindValue(batch);
        QVERIFY(call.exec() && call.next());
        const QString first = call.value(0).toString();
        call.addBindValue(batch);
        QVERIFY(call.exec() && call.next());
        QCOMPARE(call.value(0).toString(), first);
        QCOMPARE(serverValue(m_alice, "SELECT version FROM athanor.sync_rows WHERE entity_id = "
                                      "'00000000-0000-4000-8000-00000000abcd'")
                     .toInt(),
                 1);
        QCOMPARE(serverValue(m_alice, "SELECT count(*) FROM athanor.sync_rows WHERE entity_id = "
                                      "'00000000-0000-4000-8000-00000000abcd'")
                     .toInt(),
                 1);
    }

    void aDeadServerKeepsTheOutbox()
    {
        test::TempDatabase library;
        sync(library, m_alice); // sync on: from now on changes are queued
        add(library, "Queued while the server is down.");
        add(library, "And another one.");
        QCOMPARE(*SyncEngine::pending(library.database()), 2);
        QVERIFY(m_server->stop());
        auto failed = SyncEngine(library.database(), m_alice).run();
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, Error::Kind::Network);
        QVERIFY2(failed.error().what.contains("cannot connect"), qPrintable(failed.error().what));
        QCOMPARE(*SyncEngine::pending(library.database()), 2);
        QVERIFY(m_server->start());
        const SyncEngine::Report report = sync(library, m_alice);
        QVERIFY(report.pushed >= 2);
        QCOMPARE(report.pending, 0);
    }

    void anotherUserSeesNothing()
    {
        test::TempDatabase bobs;
        const SyncEngine::Report report = sync(bobs, m_bob);
        QCOMPARE(report.pulled, 0);
        QCOMPARE(count(bobs, "SELECT count(*) FROM prompts"), 0);
        QCOMPARE(serverValue(m_bob, "SELECT count(*) FROM athanor.sync_rows WHERE entity <> 'preferences'")
                     .toInt(),
                 0);
        QCOMPARE(serverValue(m_bob, "SELECT count(*) FROM athanor.sync_rows").toInt(),
                 1); // his own preferences
    }
};

ATHANOR_TEST(SyncTest)
#include "tst_sync.moc"
