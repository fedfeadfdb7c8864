#include "CliRunner.h"
#include "TestRegistry.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using athanor::test::isErrorLine;
using athanor::test::Run;
using athanor::test::runCli;

// rate, recommend and learning: ratings of enhancements change what is recommended (issue 8).
class LearningCliTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList& args) { return runCli(QStringList{"--db", m_db} + args); }

    // The technique's place in the full ranking for the intent, and its effectiveness.
    QPair<int, double> standing(const QString& intent, const QString& code)
    {
        const Run run =
            cli({"recommend", "--intent", intent, "--complexity", "3", "--limit", "100", "--json"});
        if (run.code != 0)
            return {-1, -1};
        const QJsonArray list = QJsonDocument::fromJson(run.out).array();
        for (int i = 0; i < list.size(); ++i)
            if (list[i].toObject().value("code").toString() == code)
                return {i, list[i].toObject().value("effectiveness").toDouble()};
        return {-1, -1};
    }

    QJsonObject enhance(const QString& text)
    {
        const Run run = cli({"enhance", "--json", text});
        return run.code == 0 ? QJsonDocument::fromJson(run.out).object() : QJsonObject();
    }

private slots:
    void initTestCase() { QCOMPARE(runCli({"--db", m_db = m_dir.filePath("learn.db"), "init"}).code, 0); }

    void lowRatingsLowerTheTechniqueForThatIntentOnly()
    {
        const QJsonObject enhanced = enhance("Why does my React component render twice in development?");
        const QString intent = enhanced.value("intent").toString();
        const QString code =
            enhanced.value("techniques").toArray().first().toObject().value("code").toString();
        QVERIFY(!intent.isEmpty() && !code.isEmpty());
        const QString other = intent.startsWith("code") ? QStringLiteral("creative") : QStringLiteral("code");
        const auto before = standing(intent, code);
        const auto otherBefore = standing(other, code);
        QVERIFY(before.first >= 0 && otherBefore.first >= 0);

        for (int i = 0; i < 6; ++i) {
            const Run rated =
                cli({"rate", enhanced.value("id").toString(), "--rating", "1", "--helpful", "no", "--json"});
            QVERIFY2(rated.code == 0, rated.err.constData());
            const QJsonObject json = QJsonDocument::fromJson(rated.out).object();
            QCOMPARE(json.value("intent").toString(), intent);
            QVERIFY(json.value("techniques").toArray().contains(code));
        }
        const auto after = standing(intent, code);
        QVERIFY2(after.second < before.second - 0.1,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before.second).arg(after.second)));
        QVERIFY2(after.first > before.first,
                 qPrintable(QStringLiteral("rank %1 -> %2").arg(before.first).arg(after.first)));
        QCOMPARE(standing(other, code), otherBefore);

        // recommend shows the adjustment next to the catalog value.
        const Run shown =
            cli({"recommend", "--intent", intent, "--complexity", "3", "--limit", "100", "--json"});
        for (const QJsonValue& value : QJsonDocument::fromJson(shown.out).array()) {
            const QJsonObject r = value.toObject();
            if (r.value("code").toString() != code)
                continue;
            QCOMPARE(r.value("ratings").toInt(), 6);
            QCOMPARE(r.value("catalog_effectiveness").toDouble(), before.second);
            QVERIFY(r.value("learned_adjustment").toDouble() < -0.1);
        }

        // The next enhancement of a prompt with that intent no longer picks it first.
        const QJsonObject again = enhance("Why does my React component render twice in development?");
        QVERIFY(again.value("techniques").toArray().first().toObject().value("code").toString() != code);

        // learning lists it; --reset goes back to the catalog values, the ratings stay stored.
        Run learning = cli({"learning", "--json"});
        QCOMPARE(learning.code, 0);
        const QJsonArray learned = QJsonDocument::fromJson(learning.out).object().value("learned").toArray();
        QVERIFY(!learned.isEmpty());
        const QJsonObject profile =
            QJsonDocument::fromJson(learning.out).object().value("profile").toObject();
        QVERIFY(profile.value("prompts").toInt() >= 2);
        QVERIFY(profile.value("techniques_learning")
                    .toArray()
                    .contains(code)); // six 1-star ratings: not mastered
        QCOMPARE(profile.value("skill_level").toString(), QStringLiteral("beginner"));
        learning = cli({"learning", "--reset", "--json"});
        QCOMPARE(learning.code, 0);
        QVERIFY(QJsonDocument::fromJson(learning.out).object().value("learned").toArray().isEmpty());
        QVERIFY(!QJsonDocument::fromJson(learning.out).object().value("reset_at").toString().isEmpty());
        QCOMPARE(standing(intent, code), before);
        auto database = athanor::Database::open(m_db);
        QVERIFY(database.ok());
        QSqlQuery count((*database)->connection());
        QVERIFY(count.exec("SELECT count(*), sum(resulted_in_success) FROM enhancement_feedback") &&
                count.next());
        QCOMPARE(count.value(0).toInt(), 6);
        QCOMPARE(count.value(1).toInt(), 0);
        QVERIFY(count.exec("SELECT count(*) FROM learning_feedback") && count.next());
        QCOMPARE(count.value(0).toInt(), 6);
    }

    void highRatingsRaiseIt()
    {
        const QJsonObject enhanced =
            enhance("Write a short bedtime story about a lighthouse keeper and a seal.");
        const QString intent = enhanced.value("intent").toString();
        const QJsonArray techniques = enhanced.value("techniques").toArray();
        const QString code = techniques.last().toObject().value("code").toString();
        const auto before = standing(intent, code);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(cli({"rate", enhanced.value("id").toString(), "--rating", "5"}).code, 0);
        const auto after = standing(intent, code);
        QVERIFY2(after.second > before.second,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before.second).arg(after.second)));
        QVERIFY(after.first <= before.first);
        cli({"learning", "--reset"});
    }

    void statsTechniquesCountsUsesAndRatings()
    {
        const QJsonObject enhanced = enhance("Translate this paragraph into formal German for a contract.");
        const QString code =
            enhanced.value("techniques").toArray().first().toObject().value("code").toString();
        auto usesOf = [this](const QString& technique) {
            const Run run = cli({"stats", "techniques", "--json"});
            for (const QJsonValue& value : QJsonDocument::fromJson(run.out).array())
                if (value.toObject().value("code").toString() == technique)
                    return value.toObject();
            return QJsonObject();
        };
        const QJsonObject before = usesOf(code);
        QVERIFY(before.value("uses").toInt() >= 1);
        QCOMPARE(cli({"rate", enhanced.value("id").toString(), "--rating", "4"}).code, 0);
        enhance("Translate this paragraph into formal German for a contract, keeping the defined terms.");
        const QJsonObject after = usesOf(code);
        QCOMPARE(after.value("ratings").toInt(), before.value("ratings").toInt() + 1);
        const QJsonArray daily = after.value("daily").toArray();
        QVERIFY(!daily.isEmpty());
        const QJsonObject today = daily.last().toObject();
        QCOMPARE(today.value("date").toString(),
                 QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
        QCOMPARE(today.keys(), (QStringList{"avg_rating", "date", "success_rate", "trend", "uses"}));
        QVERIFY(after.keys().contains("success_rate") && after.keys().contains("trend"));
        // A range without enhancements, and a malformed one.
        const Run empty =
            cli({"stats", "techniques", "--from", "2001-01-01", "--to", "2001-01-31", "--json"});
        QCOMPARE(empty.code, 0);
        QVERIFY(QJsonDocument::fromJson(empty.out).array().isEmpty());
        QCOMPARE(cli({"stats", "techniques", "--from", "yesterday"}).code, 1);
        QCOMPARE(cli({"stats", "techniques", "--from", "2026-02-01", "--to", "2026-01-01"}).code, 1);
        QCOMPARE(cli({"stats", "providers"}).code, 1);
        cli({"learning", "--reset"});
    }

    // use prints a prompt for another program and counts it; stats prompts reports the usage
    // analytics per prompt (generated, selected, used, rated).
    void useAndStatsPromptsCountUsage()
    {
        const QJsonObject enhanced = enhance("List three risks of migrating a monolith to microservices.");
        const QString id = enhanced.value("id").toString();
        const QString parent = enhanced.value("parent_id").toString();
        QVERIFY(!id.isEmpty() && !parent.isEmpty());
        const Run used = cli({"use", id});
        QCOMPARE(used.code, 0);
        QCOMPARE(QString::fromUtf8(used.out).trimmed(), enhanced.value("enhanced").toString().trimmed());
        const Run again = cli({"use", id, "--context", "script", "--json"});
        QCOMPARE(again.code, 0);
        const QJsonObject usedJson = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(usedJson.value("used").toInt(), 2);
        QVERIFY(!usedJson.value("last_used_at").toString().isEmpty());
        QCOMPARE(cli({"rate", id, "--rating", "5"}).code, 0);

        const Run one = cli({"stats", "prompts", "--id", id, "--json"});
        QCOMPARE(one.code, 0);
        const QJsonArray oneList = QJsonDocument::fromJson(one.out).array();
        QCOMPARE(oneList.size(), 1);
        const QJsonObject s = oneList.first().toObject();
        QCOMPARE(s.keys(), (QStringList{"effectiveness", "generated", "id", "last_used_at", "rated",
                                        "relevance", "selected", "title", "used"}));
        QCOMPARE(s.value("used").toInt(), 2);
        QCOMPARE(s.value("rated").toInt(), 1);
        QCOMPARE(s.value("effectiveness").toDouble(), 1.0);
        QCOMPARE(s.value("generated").toInt(), 0);
        const Run original = cli({"stats", "prompts", "--id", parent, "--json"});
        QCOMPARE(QJsonDocument::fromJson(original.out).array().first().toObject().value("generated").toInt(),
                 1);
        // The busiest prompts of the last 30 days, most events first; --limit keeps the first K.
        const Run busiest = cli({"stats", "prompts", "--limit", "100", "--json"});
        QCOMPARE(busiest.code, 0);
        const QJsonArray all = QJsonDocument::fromJson(busiest.out).array();
        int previous = INT_MAX;
        bool listed = false;
        for (const QJsonValue& value : all) {
            const QJsonObject p = value.toObject();
            const int events = p.value("generated").toInt() + p.value("selected").toInt() +
                               p.value("used").toInt() + p.value("rated").toInt();
            QVERIFY(events >= 1 && events <= previous);
            previous = events;
            listed = listed || p.value("id").toString() == id;
        }
        QVERIFY(listed);
        const QJsonArray top =
            QJsonDocument::fromJson(cli({"stats", "prompts", "--limit", "1", "--json"}).out).array();
        QCOMPARE(top.size(), 1);
        QCOMPARE(top.first(), all.first());
        // Errors: an unknown id, a bad limit.
        const Run unknown = cli({"use", "00000000-0000-4000-8000-000000000000"});
        QCOMPARE(unknown.code, 2);
        QVERIFY(isErrorLine(unknown.err));
        QCOMPARE(cli({"stats", "prompts", "--limit", "0"}).code, 1);
        QCOMPARE(cli({"stats", "prompts", "--id", "00000000-0000-4000-8000-000000000000"}).code, 2);
        cli({"learning", "--reset"});
    }

    void correctAndTrain()
    {
        const QJsonObject enhanced = enhance("Draft a polite reminder about an unpaid invoice.");
        Run run = cli({"correct", enhanced.value("id").toString(), "--intent",
                       enhanced.value("intent").toString(), "--complexity", "2", "--json"});
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("corrections").toInt(), 1);
        run = cli({"train", "--json"});
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject trained = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(trained.value("version").toString(), QStringLiteral("v1"));
        QVERIFY(trained.value("samples").toInt() > 1000);
        QVERIFY(trained.value("accuracy").toDouble() > 0.5);
        QVERIFY(trained.value("active").isBool());
        QCOMPARE(trained.value("previous").toObject().value("version").toString(),
                 QStringLiteral("official"));
        QCOMPARE(cli({"correct", enhanced.value("id").toString(), "--intent", "no.such.intent"}).code, 2);
        QCOMPARE(cli({"correct", enhanced.value("id").toString()}).code, 1);
        QCOMPARE(
            cli({"correct", enhanced.value("id").toString(), "--intent", "code", "--complexity", "7"}).code,
            1);
        if (trained.value("active").toBool()) {
            run = cli({"train", "--rollback", "--json"});
            QCOMPARE(run.code, 0);
            QCOMPARE(QJsonDocument::fromJson(run.out).object().value("version").toString(),
                     QStringLiteral("official"));
        }
    }

    void experimentRunsUntilAWinner()
    {
        Run run =
            cli({"experiment", "create", "--name", "few-shot vs chain-of-thought", "--intent", "creative",
                 "--techniques-a", "few_shot", "--techniques-b", "chain_of_thought", "--json"});
        QVERIFY2(run.code == 0, run.err.constData());
        QJsonObject e = QJsonDocument::fromJson(run.out).object();
        const QString id = e.value("id").toString();
        QCOMPARE(e.value("status").toString(), QStringLiteral("running"));
        QCOMPARE(e.value("assignment").toString(), QStringLiteral("alternate"));

        // Alternate assignment: A, then B. A succeeds 4 times in 5, B 2 times in 5.
        for (int i = 0; i < 20; ++i) {
            const int starsA = i % 5 == 4 ? 2 : 5;
            const int starsB = i % 5 < 2 ? 4 : 1;
            run = cli({"experiment", "record", id, "--rating", QString::number(starsA), "--json"});
            QVERIFY2(run.code == 0, run.err.constData());
            QCOMPARE(QJsonDocument::fromJson(run.out)
                         .object()
                         .value("arms")
                         .toObject()
                         .value("A")
                         .toObject()
                         .value("runs")
                         .toInt(),
                     i + 1);
            if (i == 19) // A has its 20, B 19: no winner before the minimum in each arm
                QCOMPARE(QJsonDocument::fromJson(run.out).object().value("status").toString(),
                         QStringLiteral("running"));
            run = cli({"experiment", "record", id, "--rating", QString::number(starsB), "--json"});
            QVERIFY2(run.code == 0, run.err.constData());
        }
        e = QJsonDocument::fromJson(run.out).object();
        const QJsonObject a = e.value("arms").toObject().value("A").toObject();
        const QJsonObject b = e.value("arms").toObject().value("B").toObject();
        QCOMPARE(a.value("successes").toInt(), 16);
        QCOMPARE(b.value("successes").toInt(), 8);
        QCOMPARE(e.value("test").toString(), QStringLiteral("z"));
        // pooled 0.6, se 0.154919, z 2.581989, p 0.009823
        QVERIFY2(qAbs(e.value("p_value").toDouble() - 0.009823) < 1e-5,
                 qPrintable(QString::number(e.value("p_value").toDouble())));
        QCOMPARE(e.value("winner").toString(), QStringLiteral("A"));
        QCOMPARE(e.value("status").toString(), QStringLiteral("completed"));
        const QJsonArray ci = a.value("ci95").toArray();
        QVERIFY(ci[0].toDouble() < 0.8 && ci[1].toDouble() > 0.8);
        // Completed: no more runs.
        QCOMPARE(cli({"experiment", "record", id, "--variant", "B", "--rating", "5"}).code, 1);

        // Small arms: Fisher's exact test, and no winner below the minimum.
        run = cli({"experiment", "create", "--name", "two prompts", "--intent", "creative", "--prompt-a",
                   "Write a limerick", "--prompt-b", "Write a limerick about cats", "--min-per-arm", "3",
                   "--json"});
        QCOMPARE(run.code, 0);
        const QString small = QJsonDocument::fromJson(run.out).object().value("id").toString();
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(cli({"experiment", "record", small, "--variant", "A", "--rating", "5"}).code, 0);
            run = cli({"experiment", "record", small, "--variant", "b", "--rating", "1", "--json"});
        }
        e = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(e.value("test").toString(), QStringLiteral("fisher"));
        QVERIFY(qAbs(e.value("p_value").toDouble() - 0.1) < 1e-6);
        QVERIFY(e.value("winner").isNull());
        QCOMPARE(cli({"experiment", "stop", small}).code, 0);
        run = cli({"experiment", "status", "--json"});
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 2);
        QCOMPARE(QJsonDocument::fromJson(cli({"experiment", "status", small, "--json"}).out)
                     .object()
                     .value("status")
                     .toString(),
                 QStringLiteral("stopped"));

        // Mistakes.
        QCOMPARE(cli({"experiment", "create", "--name", "x", "--intent", "creative", "--prompt-a", "a"}).code,
                 1);
        QCOMPARE(cli({"experiment", "create", "--name", "x", "--intent", "nowhere", "--prompt-a", "a",
                      "--prompt-b", "b"})
                     .code,
                 2);
        QCOMPARE(cli({"experiment", "record", small, "--variant", "C", "--rating", "3"}).code, 1);
        QCOMPARE(cli({"experiment", "record", "00000000-0000-0000-0000-000000000000", "--rating", "3"}).code,
                 2);
        QCOMPARE(cli({"experiment", "launch"}).code, 1);
    }

    void rateErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("no rating") << QStringList{"rate", "00000000-0000-0000-0000-000000000000"} << 1;
        QTest::newRow("six stars") << QStringList{"rate", "x", "--rating", "6"} << 1;
        QTest::newRow("helpful maybe")
            << QStringList{"rate", "x", "--rating", "3", "--helpful", "maybe"} << 1;
        QTest::newRow("unknown prompt")
            << QStringList{"rate", "00000000-0000-0000-0000-000000000000", "--rating", "3"} << 2;
    }
    void rateErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const Run run = cli(args);
        QCOMPARE(run.code, code);
        QVERIFY2(isErrorLine(run.err), run.err.constData());
    }

    void ratingAPromptThatIsNoEnhancementTeachesNothing()
    {
        const QJsonObject enhanced = enhance("List three uses of baking soda.");
        const Run rated = cli({"rate", enhanced.value("parent_id").toString(), "--rating", "2", "--json"});
        QCOMPARE(rated.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(rated.out).object();
        QVERIFY(json.value("enhancement").isNull());
        QVERIFY(json.value("techniques").toArray().isEmpty());
        QVERIFY(QJsonDocument::fromJson(cli({"learning", "--json"}).out)
                    .object()
                    .value("learned")
                    .toArray()
                    .isEmpty());
    }
};

ATHANOR_TEST(LearningCliTest)
#include "tst_cli_learning.moc"
