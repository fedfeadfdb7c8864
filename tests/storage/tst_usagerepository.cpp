#include "TempDatabase.h"
#include "TestRegistry.h"
#include "storage/LearningRepository.h"
#include "storage/PromptRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/UsageRepository.h"

#include <QTest>

using namespace athanor;

// Usage analytics per prompt: generated, selected, used, rated.
class UsageRepositoryTest : public QObject
{
    Q_OBJECT

    QString addPrompt(test::TempDatabase& db, const QString& content)
    {
        Prompt p;
        p.content = content;
        return *PromptRepository(db.database()).add(p);
    }
    static UsageRepository::Event event(const QString& id, UsageRepository::Kind kind, const QString& context,
                                        const QString& generated = {})
    {
        return {id, kind, context, generated, std::nullopt};
    }

private slots:
    void countsEachKindAndKeepsTheCounters()
    {
        test::TempDatabase db;
        const QString a = addPrompt(db, QStringLiteral("Summarise the report"));
        const QString b = addPrompt(db, QStringLiteral("Summarise the report in five bullets"));
        UsageRepository usage(db.database());
        const UsageRepository::Summary before = *usage.summary(a);
        QCOMPARE(before.used, 0);
        QVERIFY(before.lastUsedAt.isEmpty());

        QVERIFY(usage.record(event(a, UsageRepository::Kind::Generated, "enhance", b)).ok());
        QVERIFY(usage.record(event(b, UsageRepository::Kind::Selected, "composer")).ok());
        QVERIFY(usage.record(event(a, UsageRepository::Kind::Used, "copy")).ok());
        QVERIFY(usage.record(event(a, UsageRepository::Kind::Used, "composer")).ok());

        const UsageRepository::Summary s = *usage.summary(a);
        QCOMPARE(s.generated, 1);
        QCOMPARE(s.selected, 0);
        QCOMPARE(s.used, 2);
        QCOMPARE(s.rated, 0);
        QVERIFY(!s.lastUsedAt.isEmpty());
        QCOMPARE(usage.summary(b)->selected, 1);
        // The counters the library sorts by, and the relevance they feed: 3 uses, unrated, new.
        auto row =
            runSql(db.connection(), "SELECT usage_count, generation_count FROM prompts WHERE id = ?", {a});
        QVERIFY(row && row->next());
        QCOMPARE(row->value(0).toInt(), 2);
        QCOMPARE(row->value(1).toInt(), 1);
        QVERIFY(qAbs(s.relevance - LearningRepository::relevance(3, std::nullopt, 0)) < 1e-3);
        QVERIFY(s.relevance > LearningRepository::relevance(0, std::nullopt, 0) + 0.1); // uses raise it
        // The generated event links what came out.
        auto link = runSql(db.connection(),
                           "SELECT generated_prompt_id, used_in_generation FROM usage_analytics WHERE kind = "
                           "'generated'");
        QVERIFY(link && link->next());
        QCOMPARE(link->value(0).toString(), b);
        QCOMPARE(link->value(1).toInt(), 1);
    }

    void ratingsAreRatedEventsWithTheirEffectiveness()
    {
        test::TempDatabase db;
        const QString a = addPrompt(db, QStringLiteral("Explain recursion"));
        LearningRepository learning(db.database());
        LearningRepository::Rating rating;
        rating.promptId = a;
        rating.stars = 5;
        rating.context = {{QStringLiteral("source"), QStringLiteral("library")}};
        QVERIFY(learning.rate(rating).ok());
        rating.stars = 2;
        QVERIFY(learning.rate(rating).ok());
        const UsageRepository::Summary s = *UsageRepository(db.database()).summary(a);
        QCOMPARE(s.rated, 2);
        QVERIFY(s.effectiveness.has_value());
        QCOMPARE(*s.effectiveness, (1.0 + 0.25) / 2); // (5−1)/4 and (2−1)/4
        auto context = runSql(db.connection(), "SELECT DISTINCT usage_context FROM usage_analytics");
        QVERIFY(context && context->next());
        QCOMPARE(context->value(0).toString(), QStringLiteral("library"));
    }

    void unknownPromptIsAnErrorAndRecordsNothing()
    {
        test::TempDatabase db;
        UsageRepository usage(db.database());
        const Status recorded = usage.record(event(QStringLiteral("00000000-0000-4000-8000-00000000dead"),
                                                   UsageRepository::Kind::Used, "cli"));
        QVERIFY(!recorded.ok());
        QVERIFY(recorded.error().what.contains("00000000-0000-4000-8000-00000000dead"));
        auto rows = runSql(db.connection(), "SELECT count(*) FROM usage_analytics");
        QVERIFY(rows && rows->next());
        QCOMPARE(rows->value(0).toInt(), 0);
        QVERIFY(!usage.summary(QStringLiteral("00000000-0000-4000-8000-00000000dead")).ok());
    }

    // The busiest prompts count only the events of the chosen days.
    void busiestCountsTheRangeOnly()
    {
        test::TempDatabase db;
        const QString a = addPrompt(db, QStringLiteral("first prompt"));
        const QString b = addPrompt(db, QStringLiteral("second prompt"));
        const QString c = addPrompt(db, QStringLiteral("never used"));
        UsageRepository usage(db.database());
        for (int i = 0; i < 3; ++i)
            QVERIFY(usage.record(event(a, UsageRepository::Kind::Used, "copy")).ok());
        QVERIFY(usage.record(event(b, UsageRepository::Kind::Used, "copy")).ok());
        QVERIFY(usage.record(event(b, UsageRepository::Kind::Selected, "playground")).ok());
        // Two of a's uses happened long ago.
        QVERIFY(runSql(db.connection(),
                       "UPDATE usage_analytics SET created_at = '2026-01-15T10:00:00.000Z' WHERE rowid IN "
                       "(SELECT rowid FROM usage_analytics WHERE prompt_id = ? LIMIT 2)",
                       {a})
                    .ok());
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QList<UsageRepository::Summary> recent = *usage.busiest(today.addDays(-6), today, 10);
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent[0].promptId, b); // 2 events this week against a's 1
        QCOMPARE(recent[0].used + recent[0].selected, 2);
        QCOMPARE(recent[1].promptId, a);
        QCOMPARE(recent[1].used, 1);
        const QList<UsageRepository::Summary> january =
            *usage.busiest(QDate(2026, 1, 1), QDate(2026, 1, 31), 10);
        QCOMPARE(january.size(), 1);
        QCOMPARE(january[0].used, 2);
        QCOMPARE(usage.busiest(today.addDays(-6), today, 1)->size(), 1);
        Q_UNUSED(c)
    }
};

ATHANOR_TEST(UsageRepositoryTest)
#include "tst_usagerepository.moc"
