#include "PgServer.h"
#include "TestRegistry.h"
#include "storage/ServerSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace athanor;

// The server schema against a real PostgreSQL: init and re-init, users as login roles, and
// row-level security checked with hand-written SQL as each user.
class ServerSchemaTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::PgServer> m_server;
    QStringList m_connections;
    ServerUrl m_alice;
    ServerUrl m_bob;
    ServerUrl m_mod;

    QSqlDatabase connect(const ServerUrl& url)
    {
        const QString name = QUuid::createUuid().toString();
        m_connections << name;
        auto db = url.open(name);
        if (!db)
            qFatal("cannot connect as %s: %s", qPrintable(url.user), qPrintable(db.error().message()));
        return *db;
    }
    QSqlDatabase admin() { return connect(m_server->adminUrl()); }
    // The first column of the first row, or the error text.
    static QVariant one(const QSqlDatabase& db, const QString& sql)
    {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return QStringLiteral("ERROR: ") + query.lastError().databaseText();
        return query.next() ? query.value(0) : QVariant();
    }
    static int affected(const QSqlDatabase& db, const QString& sql)
    {
        QSqlQuery query(db);
        return query.exec(sql) ? query.numRowsAffected() : -1;
    }
    ServerUrl userUrl(const ServerSchema::NewUser& user) const
    {
        ServerUrl url = m_server->adminUrl();
        url.user = user.name;
        url.password = user.password;
        return url;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::PgServer>();
        QVERIFY2(m_server->error().isEmpty(), qPrintable(m_server->error()));
    }

    void cleanupTestCase()
    {
        for (const QString& name : std::as_const(m_connections)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
        m_server.reset();
    }

    void initCreatesTheSchemaAndReinitIsANoOp()
    {
        ServerSchema schema(admin());
        QCOMPARE(*schema.version(), 0);
        auto first = schema.migrate();
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message()));
        QCOMPARE(first->from, 0);
        QCOMPARE(first->to, schema.latestVersion());
        QVERIFY(!first->applied.isEmpty());
        auto again = schema.migrate();
        QVERIFY(again.ok());
        QVERIFY(again->applied.isEmpty());
        QCOMPARE(again->to, first->to);
        const QSqlDatabase db = admin();
        // The design's tables, search, partitions and views are there.
        QCOMPARE(one(db,
                     "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'athanor' AND "
                     "table_name IN "
                     "('techniques','technique_patterns','intent_taxonomy','intent_technique_effectiveness',"
                     "'prompt_templates','prompt_examples','users','user_learning_profiles','prompt_history',"
                     "'technique_performance_analytics','ml_training_data','ml_model_performance',"
                     "'enhancement_feedback','ab_experiments','community_prompts','community_interactions')")
                     .toInt(),
                 16);
        QCOMPARE(
            one(db, "SELECT count(*) FROM pg_inherits WHERE inhparent = 'athanor.prompt_history'::regclass")
                .toInt(),
            5);
        QCOMPARE(one(db, "SELECT count(*) FROM pg_matviews WHERE schemaname = 'athanor'").toInt(), 2);
        QCOMPARE(one(db, "SELECT relrowsecurity FROM pg_class WHERE oid = 'athanor.prompt_history'::regclass")
                     .toBool(),
                 true);
    }

    void aNewerServerIsRefused()
    {
        const QSqlDatabase db = admin();
        QVERIFY(QSqlQuery(db).exec(
            "INSERT INTO athanor.schema_migrations (version, name) VALUES (999, 'future')"));
        auto refused = ServerSchema(db).migrate();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().what.contains("newer"), qPrintable(refused.error().what));
        QVERIFY(QSqlQuery(db).exec("DELETE FROM athanor.schema_migrations WHERE version = 999"));
    }

    void usersAreLoginRoles()
    {
        ServerSchema schema(admin());
        auto alice = schema.addUser("alice", false);
        auto bob = schema.addUser("bob", false);
        auto mod = schema.addUser("mod", true);
        QVERIFY(alice.ok() && bob.ok() && mod.ok());
        QCOMPARE(alice->password.size(), 24);
        QVERIFY(!schema.addUser("alice", false).ok()); // taken
        QVERIFY(!schema.addUser("Robert'); DROP TABLE x; --", false).ok());
        m_alice = userUrl(*alice);
        m_bob = userUrl(*bob);
        m_mod = userUrl(*mod);
        // A wrong password is refused, and the message does not repeat it.
        ServerUrl wrong = m_alice;
        wrong.password = QStringLiteral("not-her-password");
        auto refused = wrong.open(QStringLiteral("wrong"));
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().message().contains("not-her-password"));
        QSqlDatabase::removeDatabase(QStringLiteral("wrong"));
        QCOMPARE(
            one(connect(m_alice), "SELECT username FROM athanor.users WHERE id = athanor.current_user_id()")
                .toString(),
            QStringLiteral("alice"));
    }

    // Bob can neither read nor change Alice's private rows, whatever SQL he writes.
    void privateRowsStayPrivate()
    {
        const QSqlDatabase alice = connect(m_alice);
        const QSqlDatabase bob = connect(m_bob);
        QVERIFY(QSqlQuery(alice).exec("INSERT INTO athanor.prompt_history (session_id, original_prompt, "
                                      "original_length, enhanced_prompt, "
                                      "enhanced_length, techniques_applied) VALUES (gen_random_uuid(), "
                                      "'alice secret', 12, 'alice secret, better', "
                                      "20, '{}')"));
        QVERIFY(QSqlQuery(alice).exec(
            "INSERT INTO athanor.user_learning_profiles (skill_level) VALUES ('advanced')"));
        QCOMPARE(one(alice, "SELECT count(*) FROM athanor.prompt_history").toInt(), 1);
        QCOMPARE(one(bob, "SELECT count(*) FROM athanor.prompt_history").toInt(), 0);
        QCOMPARE(one(bob, "SELECT count(*) FROM athanor.user_learning_profiles").toInt(), 0);
        QCOMPARE(affected(bob, "UPDATE athanor.prompt_history SET original_prompt = 'stolen'"), 0);
        QCOMPARE(affected(bob, "DELETE FROM athanor.prompt_history"), 0);
        QCOMPARE(one(alice, "SELECT original_prompt FROM athanor.prompt_history").toString(),
                 QStringLiteral("alice secret"));
        // Writing a row in Alice's name is refused by the policy's check.
        const QString forged =
            one(bob, "INSERT INTO athanor.prompt_history (user_id, session_id, original_prompt, "
                     "original_length, enhanced_prompt, enhanced_length, techniques_applied) "
                     "SELECT id, gen_random_uuid(), 'x', 1, 'y', 1, '{}' FROM athanor.users "
                     "WHERE username = 'alice' RETURNING id")
                .toString();
        QVERIFY2(forged.startsWith("ERROR") || forged.isEmpty(), qPrintable(forged));
        QCOMPARE(one(alice, "SELECT count(*) FROM athanor.prompt_history").toInt(), 1);
        // Bob does not even see that Alice exists, and cannot promote himself.
        QCOMPARE(one(bob, "SELECT count(*) FROM athanor.users").toInt(), 1);
        QVERIFY(one(bob, "UPDATE athanor.users SET role_name = 'alice' RETURNING id")
                    .toString()
                    .startsWith("ERROR"));
        QVERIFY(one(bob, "GRANT athanor_moderator TO bob").toString().startsWith("ERROR"));
        QVERIFY(one(bob, "SELECT athanor.moderate(gen_random_uuid(), 'approved')")
                    .toString()
                    .startsWith("ERROR"));
    }

    // Publish → pending, invisible to others → a moderator approves → everyone reads it; likes
    // count once per user; counters and moderation columns are not the users' to write.
    void communityModerationAndCounters()
    {
        const QSqlDatabase alice = connect(m_alice);
        const QSqlDatabase bob = connect(m_bob);
        const QSqlDatabase mod = connect(m_mod);
        const QString id =
            one(alice, "INSERT INTO athanor.community_prompts (title, original_prompt, enhanced_prompt, "
                       "category, tags) VALUES ('Haiku helper', 'haiku', 'Write a 5-7-5 haiku', "
                       "'creative', '{poetry}') RETURNING id")
                .toString();
        QVERIFY2(!id.startsWith("ERROR"), qPrintable(id));
        QVERIFY(one(alice, "INSERT INTO athanor.community_prompts (title, original_prompt, enhanced_prompt, "
                           "moderation_status) VALUES ('x', 'y', 'z', 'approved') RETURNING id")
                    .toString()
                    .startsWith("ERROR")); // no self-approval
        QCOMPARE(
            one(bob, QStringLiteral("SELECT count(*) FROM athanor.community_prompts WHERE id = '%1'").arg(id))
                .toInt(),
            0);
        QCOMPARE(
            one(mod, "SELECT count(*) FROM athanor.community_prompts WHERE moderation_status = 'pending'")
                .toInt(),
            1);
        QVERIFY(
            one(alice, QStringLiteral(
                           "UPDATE athanor.community_prompts SET moderation_status = 'approved' WHERE id = "
                           "'%1' RETURNING id")
                           .arg(id))
                .toString()
                .startsWith("ERROR"));
        QVERIFY(!one(mod, QStringLiteral("SELECT athanor.moderate('%1', 'approved', true, true)").arg(id))
                     .toString()
                     .startsWith("ERROR"));
        QCOMPARE(
            one(bob, QStringLiteral(
                         "SELECT is_featured AND is_verified FROM athanor.community_prompts WHERE id = '%1'")
                         .arg(id))
                .toBool(),
            true);
        // Full-text search on the server.
        QCOMPARE(one(bob, "SELECT count(*) FROM athanor.community_prompts WHERE search_vector @@ "
                          "websearch_to_tsquery('english', 'haiku')")
                     .toInt(),
                 1);
        for (int i = 0; i < 2; ++i)
            QVERIFY(!one(bob, QStringLiteral("SELECT athanor.interact('%1', 'like')").arg(id))
                         .toString()
                         .startsWith("ERROR"));
        QVERIFY(!one(alice, QStringLiteral("SELECT athanor.interact('%1', 'like')").arg(id))
                     .toString()
                     .startsWith("ERROR"));
        QVERIFY(
            !one(bob, QStringLiteral("SELECT athanor.remix('%1')").arg(id)).toString().startsWith("ERROR"));
        QCOMPARE(
            one(alice, QStringLiteral("SELECT likes FROM athanor.community_prompts WHERE id = '%1'").arg(id))
                .toInt(),
            2);
        QCOMPARE(
            one(alice,
                QStringLiteral("SELECT remix_count FROM athanor.community_prompts WHERE id = '%1'").arg(id))
                .toInt(),
            1);
        QVERIFY(one(bob, QStringLiteral(
                             "UPDATE athanor.community_prompts SET likes = 1000 WHERE id = '%1' RETURNING id")
                             .arg(id))
                    .toString()
                    .startsWith("ERROR"));
        QVERIFY(!one(bob, QStringLiteral("SELECT athanor.interact('%1', 'like', false)").arg(id))
                     .toString()
                     .startsWith("ERROR"));
        QCOMPARE(
            one(alice, QStringLiteral("SELECT likes FROM athanor.community_prompts WHERE id = '%1'").arg(id))
                .toInt(),
            1);
        // Each user sees only their own interactions.
        QCOMPARE(one(alice, "SELECT count(*) FROM athanor.community_interactions").toInt(), 1);
    }

    void maintainAddsPartitionsAndRefreshesViews()
    {
        const QSqlDatabase db = admin();
        const int before =
            one(db, "SELECT count(*) FROM pg_inherits WHERE inhparent = 'athanor.prompt_history'::regclass")
                .toInt();
        // A row far ahead lands in the default partition and moves into its month's own.
        QVERIFY(QSqlQuery(db).exec(
            "INSERT INTO athanor.prompt_history (session_id, original_prompt, original_length, "
            "enhanced_prompt, enhanced_length, techniques_applied, created_at) VALUES "
            "(gen_random_uuid(), 'later', 5, 'later', 5, '{}', date_trunc('month', now()) + "
            "interval '5 months')"));
        QCOMPARE(one(db, "SELECT count(*) FROM athanor.prompt_history_default").toInt(), 1);
        auto maintained = ServerSchema(db).maintain(6);
        QVERIFY2(maintained.ok(), qPrintable(maintained.ok() ? QString() : maintained.error().message()));
        QCOMPARE(maintained->partitionsCreated, 3);
        QCOMPARE(maintained->viewsRefreshed.size(), 2);
        QCOMPARE(
            one(db, "SELECT count(*) FROM pg_inherits WHERE inhparent = 'athanor.prompt_history'::regclass")
                .toInt(),
            before + 3);
        QCOMPARE(one(db, "SELECT count(*) FROM athanor.prompt_history_default").toInt(), 0);
        QCOMPARE(
            one(db, "SELECT count(*) FROM athanor.prompt_history WHERE original_prompt = 'later'").toInt(),
            1);
        QCOMPARE(ServerSchema(db).maintain(6)->partitionsCreated, 0);
    }
};

ATHANOR_TEST(ServerSchemaTest)
#include "tst_serverschema.moc"
