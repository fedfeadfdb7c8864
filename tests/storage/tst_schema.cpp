#include "TempDatabase.h"
#include "TestRegistry.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace athanor;
using athanor::test::TempDatabase;

namespace {

const char* kPromptA = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
const char* kHashA = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const char* kTechnique = "cccccccc-cccc-4ccc-8ccc-cccccccccccc";
const char* kIntent = "dddddddd-dddd-4ddd-8ddd-dddddddddddd";
const char* kHistory = "eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee";

QString exec(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    return query.lastError().databaseText().isEmpty() ? query.lastError().text() : query.lastError().databaseText();
}

} // namespace

class SchemaTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_db;

    // A prompt, a technique, an intent and a history row that the rows under test may refer to.
    void seed()
    {
        auto db = m_db->connection();
        QCOMPARE(exec(db, QStringLiteral("INSERT INTO prompts(id, content, content_hash) VALUES ('%1', 'seed prompt', '%2')")
                              .arg(kPromptA, kHashA)),
                 QString());
        QCOMPARE(exec(db, QStringLiteral("INSERT INTO techniques(id, code, name, category, description, complexity_level) "
                                         "VALUES ('%1', 'cot', 'Chain of thought', 'reasoning', 'd', 3)")
                              .arg(kTechnique)),
                 QString());
        QCOMPARE(exec(db, QStringLiteral("INSERT INTO intent_taxonomy(id, code, name, level, path) "
                                         "VALUES ('%1', 'reasoning', 'Reasoning', 1, 'reasoning')")
                              .arg(kIntent)),
                 QString());
        QCOMPARE(exec(db, QStringLiteral("INSERT INTO prompt_history(id, session_id, original_prompt, original_length, "
                                         "enhanced_prompt, enhanced_length, techniques_applied) "
                                         "VALUES ('%1', 's', 'a', 1, 'b', 1, '[]')")
                              .arg(kHistory)),
                 QString());
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TempDatabase>();
        seed();
    }
    void cleanup() { m_db.reset(); }

    // Each bad row is refused, and the same row with the offending value fixed is accepted, so
    // the refusal is for the reason named and not for another.
    void rejectsBadRows_data()
    {
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("good");
        QTest::addColumn<QString>("reason");

        const QString prompt = QStringLiteral("INSERT INTO prompts(id, content, content_hash, %1) VALUES "
                                              "('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'other', '%2', %3)")
                                   .arg(QStringLiteral("%1"), QString(64, QLatin1Char('b')), QStringLiteral("%2"));
        auto row = [&](const char* name, const QString& column, const QString& bad, const QString& good,
                       const char* reason) {
            QTest::newRow(name) << prompt.arg(column, bad) << prompt.arg(column, good) << QString::fromLatin1(reason);
        };
        row("temperature 2.5", "temperature", "2.5", "2.0", "CHECK");
        row("temperature negative", "temperature", "-0.1", "0", "CHECK");
        row("unknown phase", "phase", "'calcinatio'", "'solutio'", "CHECK");
        row("unknown provider", "provider", "'acme'", "'ollama'", "CHECK");
        row("relevance above 1", "relevance_score", "1.5", "1.0", "CHECK");
        row("negative tokens", "actual_tokens", "-1", "0", "CHECK");
        row("negative max tokens", "max_tokens", "-5", "5", "CHECK");
        row("tags not an array", "tags", "'{\"a\":1}'", "'[\"a\"]'", "CHECK");
        row("dangling parent", "parent_id", "'ffffffff-ffff-4fff-8fff-ffffffffffff'", QStringLiteral("'%1'").arg(kPromptA),
            "FOREIGN KEY");
        row("generation request not json", "generation_request", "'{oops'", "'{}'", "CHECK");

        QTest::newRow("duplicate content hash")
            << QStringLiteral("INSERT INTO prompts(id, content, content_hash) VALUES "
                              "('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'other', '%1')")
                   .arg(kHashA)
            << QStringLiteral("INSERT INTO prompts(id, content, content_hash) VALUES "
                              "('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'other', '%1')")
                   .arg(QString(64, QLatin1Char('b')))
            << "UNIQUE";
        QTest::newRow("id not a uuid")
            << QStringLiteral("INSERT INTO prompts(id, content, content_hash) VALUES ('42', 'x', '%1')").arg(QString(64, 'b'))
            << QStringLiteral("INSERT INTO prompts(id, content, content_hash) VALUES "
                              "('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'x', '%1')")
                   .arg(QString(64, 'b'))
            << "CHECK";

        const QString feedback = QStringLiteral("INSERT INTO learning_feedback(id, prompt_id, rating) VALUES "
                                                "('12345678-1234-4234-8234-123456789012', '%1', %2)");
        QTest::newRow("rating 6") << feedback.arg(kPromptA, "6") << feedback.arg(kPromptA, "5") << "CHECK";
        QTest::newRow("rating 0") << feedback.arg(kPromptA, "0") << feedback.arg(kPromptA, "1") << "CHECK";
        QTest::newRow("feedback on missing prompt")
            << feedback.arg("ffffffff-ffff-4fff-8fff-ffffffffffff", "3") << feedback.arg(kPromptA, "3") << "FOREIGN KEY";

        const QString context = QStringLiteral("INSERT INTO prompt_context(id, prompt_id, context_type, content) VALUES "
                                               "('12345678-1234-4234-8234-123456789012', '%1', 'file', 'x')");
        QTest::newRow("context of missing prompt")
            << context.arg("ffffffff-ffff-4fff-8fff-ffffffffffff") << context.arg(kPromptA) << "FOREIGN KEY";

        const QString history = QStringLiteral(
            "INSERT INTO prompt_history(id, session_id, original_prompt, original_length, enhanced_prompt, "
            "enhanced_length, techniques_applied, detected_complexity, model_confidence) VALUES "
            "('12345678-1234-4234-8234-123456789012', 's', 'a', 1, 'b', 1, '[]', %1, %2)");
        QTest::newRow("complexity 6") << history.arg("6", "0.5") << history.arg("5", "0.5") << "CHECK";
        QTest::newRow("complexity 0") << history.arg("0", "0.5") << history.arg("1", "0.5") << "CHECK";
        QTest::newRow("confidence 1.2") << history.arg("3", "1.2") << history.arg("3", "1.0") << "CHECK";

        const QString technique = QStringLiteral("INSERT INTO techniques(id, code, name, category, description, "
                                                 "complexity_level, base_effectiveness) VALUES "
                                                 "('12345678-1234-4234-8234-123456789012', 'few', 'F', 'examples', "
                                                 "'d', %1, %2)");
        QTest::newRow("technique complexity 0") << technique.arg("0", "0.7") << technique.arg("1", "0.7") << "CHECK";
        QTest::newRow("effectiveness 1.1") << technique.arg("2", "1.1") << technique.arg("2", "0.99") << "CHECK";

        const QString effectiveness = QStringLiteral("INSERT INTO intent_technique_effectiveness(intent_id, technique_id, "
                                                     "effectiveness_score) VALUES ('%1', '%2', %3)");
        QTest::newRow("effectiveness for missing technique")
            << effectiveness.arg(kIntent, "ffffffff-ffff-4fff-8fff-ffffffffffff", "0.5")
            << effectiveness.arg(kIntent, kTechnique, "0.5") << "FOREIGN KEY";
        QTest::newRow("effectiveness score 2") << effectiveness.arg(kIntent, kTechnique, "2")
                                               << effectiveness.arg(kIntent, kTechnique, "0.9") << "CHECK";

        const QString enhancement = QStringLiteral("INSERT INTO enhancement_feedback(id, prompt_history_id, overall_rating) "
                                                   "VALUES ('12345678-1234-4234-8234-123456789012', '%1', %2)");
        QTest::newRow("enhancement rating 6") << enhancement.arg(kHistory, "6") << enhancement.arg(kHistory, "4") << "CHECK";

        const QString experiment = QStringLiteral("INSERT INTO ab_experiments(id, name, variant_a, variant_b, "
                                                  "primary_metric, winner) VALUES "
                                                  "('12345678-1234-4234-8234-123456789012', 'e', '{}', '{}', 'rating', %1)");
        QTest::newRow("winner C") << experiment.arg("'C'") << experiment.arg("'B'") << "CHECK";

        const QString community = QStringLiteral("INSERT INTO community_prompts(id, title, original_prompt, enhanced_prompt, "
                                                 "techniques_used, category, moderation_status) VALUES "
                                                 "('12345678-1234-4234-8234-123456789012', 't', 'a', 'b', '[]', 'c', %1)");
        QTest::newRow("moderation maybe") << community.arg("'maybe'") << community.arg("'approved'") << "CHECK";

        const QString analytics = QStringLiteral("INSERT INTO technique_performance_analytics(technique_id, date_bucket, "
                                                 "success_rate) VALUES ('%1', %2, 0.5)");
        QTest::newRow("date bucket not a date") << analytics.arg(kTechnique, "'yesterday'")
                                                << analytics.arg(kTechnique, "'2026-11-23'") << "CHECK";
    }
    void rejectsBadRows()
    {
        QFETCH(QString, bad);
        QFETCH(QString, good);
        QFETCH(QString, reason);
        auto db = m_db->connection();
        const QString error = exec(db, bad);
        QVERIFY2(!error.isEmpty(), qPrintable("accepted: " + bad));
        QVERIFY2(error.contains(reason, Qt::CaseInsensitive), qPrintable(error));
        QCOMPARE(exec(db, good), QString());
    }

    void deleteRules()
    {
        auto db = m_db->connection();
        const QString child = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb";
        QCOMPARE(exec(db, QStringLiteral("INSERT INTO prompts(id, content, content_hash, parent_id) VALUES ('%1', 'child', "
                                         "'%2', '%3')")
                              .arg(child, QString(64, 'b'), kPromptA)),
                 QString());
        QCOMPARE(exec(db, QStringLiteral("INSERT INTO prompt_context(id, prompt_id, context_type, content) VALUES "
                                         "('12345678-1234-4234-8234-123456789012', '%1', 'file', 'x')")
                              .arg(kPromptA)),
                 QString());
        QCOMPARE(exec(db, QStringLiteral("INSERT INTO technique_patterns(id, technique_id, pattern_name, template) VALUES "
                                         "('12345678-1234-4234-8234-123456789013', '%1', 'p', 't')")
                              .arg(kTechnique)),
                 QString());

        QCOMPARE(exec(db, QStringLiteral("DELETE FROM prompts WHERE id = '%1'").arg(kPromptA)), QString());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT parent_id IS NULL FROM prompts WHERE id = '%1'").arg(child)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1); // ON DELETE SET NULL
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM prompt_context")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0); // ON DELETE CASCADE

        QCOMPARE(exec(db, QStringLiteral("DELETE FROM techniques WHERE id = '%1'").arg(kTechnique)), QString());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM technique_patterns")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void fullTextIndexFollowsPrompts()
    {
        auto db = m_db->connection();
        auto matches = [&](const QString& term) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT count(*) FROM prompts_fts WHERE prompts_fts MATCH ?"));
            query.addBindValue(term);
            if (!query.exec() || !query.next())
                qFatal("fts query failed: %s", qPrintable(query.lastError().text()));
            return query.value(0).toInt();
        };
        const QString id = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb";
        QCOMPARE(exec(db, QStringLiteral("INSERT INTO prompts(id, content, content_hash, tags) VALUES "
                                         "('%1', 'Explain quantum entanglement simply', '%2', '[\"physics\"]')")
                              .arg(id, QString(64, 'b'))),
                 QString());
        QCOMPARE(matches("entanglement"), 1);
        QCOMPARE(matches("physics"), 1);
        QCOMPARE(matches("tags:physics"), 1);

        QCOMPARE(exec(db, QStringLiteral("UPDATE prompts SET content = 'Describe photosynthesis' WHERE id = '%1'").arg(id)),
                 QString());
        QCOMPARE(matches("entanglement"), 0);
        QCOMPARE(matches("photosynthesis"), 1);

        QCOMPARE(exec(db, QStringLiteral("DELETE FROM prompts WHERE id = '%1'").arg(id)), QString());
        QCOMPARE(matches("photosynthesis"), 0);
        QCOMPARE(matches("physics"), 0);
        // The index stays consistent with its content table.
        QCOMPARE(exec(db, QStringLiteral("INSERT INTO prompts_fts(prompts_fts) VALUES ('integrity-check')")), QString());
    }

    void localUserExists()
    {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT u.id, p.skill_level FROM users u JOIN user_learning_profiles p "
                                          "ON p.user_id = u.id WHERE u.is_local = 1")));
        QVERIFY(query.next());
        const QString id = query.value(0).toString();
        QCOMPARE(id.size(), 36);
        QCOMPARE(id.at(14), QLatin1Char('4')); // version 4
        QCOMPARE(query.value(1).toString(), QStringLiteral("beginner"));
        QVERIFY(!query.next());
    }

    void connectionPragmas()
    {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec("PRAGMA foreign_keys") && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec("PRAGMA journal_mode") && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec("PRAGMA busy_timeout") && query.next());
        QVERIFY(query.value(0).toInt() >= 1000);
    }
};

ATHANOR_TEST(SchemaTest)
#include "tst_schema.moc"
