#include "TempDatabase.h"
#include "TestRegistry.h"
#include "core/Ids.h"
#include "storage/AnalyticsRepository.h"
#include "storage/CatalogRepository.h"
#include "storage/LearningRepository.h"
#include "storage/PromptRepository.h"
#include "storage/SqlHelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace athanor;

// Daily technique analytics against days computed by hand.
class AnalyticsRepositoryTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_db;
    QString m_cot;
    QString m_few;
    QString m_ratedPrompt;
    QString m_ratedHistory;

    static int days(const Result<int>& updated) { return updated.ok() ? updated.value() : -1; }

    QString techniqueId(const QString& code)
    {
        auto q = runSql(m_db->connection(), "SELECT id FROM techniques WHERE code = ?", {code});
        return q && q->next() ? q->value(0).toString() : QString();
    }

    QString history(const QString& when, const QStringList& techniques, int complexity, const QString& intent,
                    double confidence, const QVariant& rating, const QVariant& enhancedId = {})
    {
        const QString id = newUuid();
        QStringList quoted;
        for (const QString& t : techniques)
            quoted << QStringLiteral("\"%1\"").arg(t);
        const bool ok =
            runSql(m_db->connection(),
                   "INSERT INTO prompt_history (id, user_id, session_id, original_prompt, original_length, "
                   "detected_intent_path, detected_complexity, enhanced_prompt, enhanced_length, "
                   "techniques_applied, "
                   "model_confidence, user_rating, enhanced_prompt_id, created_at) "
                   "VALUES (?, (SELECT id FROM users WHERE is_local = 1), 's', 'p', 1, ?, ?, 'e', 1, ?, ?, "
                   "?, ?, ?)",
                   {id, intent, complexity, QStringLiteral("[%1]").arg(quoted.join(',')), confidence, rating,
                    enhancedId, when})
                .ok();
        return ok ? id : QString();
    }

    // The day's row for a technique: uses, users, confidence, rating, success, complexity, intents, trend.
    QVariantList row(const QString& technique, const QString& day)
    {
        auto q = runSql(m_db->connection(),
                        "SELECT total_uses, unique_users, avg_confidence, avg_rating, success_rate, "
                        "complexity_distribution, "
                        "intent_distribution, effectiveness_trend FROM technique_performance_analytics "
                        "WHERE technique_id = ? AND date_bucket = ?",
                        {technique, day});
        QVariantList values;
        if (q && q->next())
            for (int i = 0; i < 8; ++i)
                values << q->value(i);
        return values;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY(CatalogRepository(m_db->database()).ensureCurrent().ok());
        m_cot = techniqueId("chain_of_thought");
        m_few = techniqueId("few_shot");
        QVERIFY(!m_cot.isEmpty() && !m_few.isEmpty());
        Prompt prompt;
        prompt.content = QStringLiteral("an enhanced prompt to rate");
        m_ratedPrompt = *PromptRepository(m_db->database()).add(prompt);
        // 1 March: three enhancements with chain-of-thought, one of them with few-shot too.
        QVERIFY(!history("2026-03-01T09:00:00.000Z", {m_cot, m_few}, 2, "code.debugging", 0.8, 5).isEmpty());
        QVERIFY(!history("2026-03-01T12:00:00.000Z", {m_cot}, 3, "writing.story", 0.6, 2).isEmpty());
        QVERIFY(
            !history("2026-03-01T23:59:59.000Z", {m_cot}, 2, "code", 0.7, QVariant()).isEmpty()); // not rated
        // 2 March: two more, both rated 4 (one of them rated later, through the learning repository).
        QVERIFY(!history("2026-03-02T00:00:00.000Z", {m_cot}, 1, "code.review", 0.9, 4).isEmpty());
        m_ratedHistory =
            history("2026-03-02T08:00:00.000Z", {m_cot}, 1, "code.review", 0.5, QVariant(), m_ratedPrompt);
        QVERIFY(!m_ratedHistory.isEmpty());
    }

    void aDayAsComputedByHand()
    {
        AnalyticsRepository analytics(m_db->database());
        QVERIFY(analytics.updateDay(QDate(2026, 3, 1)).ok());
        const QVariantList cot = row(m_cot, "2026-03-01");
        QCOMPARE(cot.size(), 8);
        QCOMPARE(cot[0].toInt(), 3);
        QCOMPARE(cot[1].toInt(), 1);
        QVERIFY(qAbs(cot[2].toDouble() - 0.7) < 1e-12);
        QCOMPARE(cot[3].toDouble(), 3.5); // (5 + 2) / 2: the unrated one does not count
        QCOMPARE(cot[4].toDouble(), 0.5); // one of the two ratings is 4 or more
        QCOMPARE(QJsonDocument::fromJson(cot[5].toByteArray()).object(), (QJsonObject{{"2", 2}, {"3", 1}}));
        QCOMPARE(QJsonDocument::fromJson(cot[6].toByteArray()).object(),
                 (QJsonObject{{"code", 2}, {"writing", 1}}));
        QCOMPARE(cot[7].toDouble(), 0.0); // nothing the day before to compare with
        const QVariantList few = row(m_few, "2026-03-01");
        QCOMPARE(few[0].toInt(), 1);
        QCOMPARE(few[3].toDouble(), 5.0);
        QCOMPARE(few[4].toDouble(), 1.0);
        QVERIFY(row(m_few, "2026-03-02").isEmpty());

        // The next day: its trend is the change against the first.
        QVERIFY(analytics.updateDay(QDate(2026, 3, 2)).ok());
        const QVariantList second = row(m_cot, "2026-03-02");
        QCOMPARE(second[0].toInt(), 2);
        QCOMPARE(second[3].toDouble(), 4.0);
        QCOMPARE(second[4].toDouble(), 1.0);
        QCOMPARE(second[7].toDouble(), 0.5);
    }

    void recomputingGivesTheSameRows()
    {
        AnalyticsRepository analytics(m_db->database());
        // The later day first: recomputing the earlier one brings the later one's trend up to date.
        QVERIFY(analytics.updateDay(QDate(2026, 3, 2)).ok());
        QCOMPARE(row(m_cot, "2026-03-02")[7].toDouble(), 0.0);
        QVERIFY(analytics.updateDay(QDate(2026, 3, 1)).ok());
        QCOMPARE(row(m_cot, "2026-03-02")[7].toDouble(), 0.5);
        const QVariantList first = row(m_cot, "2026-03-01");
        const QVariantList second = row(m_cot, "2026-03-02");
        for (int i = 0; i < 3; ++i) {
            QVERIFY(analytics.updateDay(QDate(2026, 3, 1)).ok());
            QVERIFY(analytics.updateDay(QDate(2026, 3, 2)).ok());
        }
        QCOMPARE(row(m_cot, "2026-03-01"), first);
        QCOMPARE(row(m_cot, "2026-03-02"), second);
        auto count = runSql(m_db->connection(), "SELECT count(*) FROM technique_performance_analytics");
        QVERIFY(count && count->next());
        QCOMPARE(count->value(0).toInt(), 3); // cot twice, few once
    }

    void updateIsIncremental()
    {
        AnalyticsRepository analytics(m_db->database());
        QCOMPARE(days(analytics.update()), 2); // every day the first time
        QCOMPARE(days(analytics.update()), 0); // nothing new
        // A rating given now changes 2 March's row, and only that day is recomputed.
        LearningRepository::Rating rating;
        rating.promptId = m_ratedPrompt;
        rating.stars = 1;
        QVERIFY(LearningRepository(m_db->database()).rate(rating).ok());
        QCOMPARE(days(analytics.update()), 1);
        const QVariantList second = row(m_cot, "2026-03-02");
        QCOMPARE(second[3].toDouble(), 2.5); // (4 + 1) / 2
        QCOMPARE(second[4].toDouble(), 0.5);
        QCOMPARE(second[7].toDouble(), 0.0); // 0.5 both days
    }

    void statsOverARange()
    {
        AnalyticsRepository analytics(m_db->database());
        QVERIFY(analytics.update().ok());
        auto stats = analytics.techniques(QDate(2026, 3, 1), QDate(2026, 3, 31));
        QVERIFY(stats.ok());
        QCOMPARE(stats->size(), 2);
        const AnalyticsRepository::TechniqueStats& cot = stats->first(); // the most used first
        QCOMPARE(cot.code, QStringLiteral("chain_of_thought"));
        QCOMPARE(cot.uses, 5);
        QCOMPARE(cot.ratings, 3);
        QVERIFY(qAbs(*cot.averageRating - 11.0 / 3) < 1e-12); // 5, 2, 4
        QVERIFY(qAbs(*cot.successRate - 2.0 / 3) < 1e-12);
        QCOMPARE(cot.trend.value_or(-9), 0.5);
        QCOMPARE(cot.daily.size(), 2);
        QCOMPARE(cot.daily[0].date, QDate(2026, 3, 1));
        QCOMPARE(cot.daily[1].uses, 2);
        // A range with only the first day.
        stats = analytics.techniques(QDate(2026, 3, 1), QDate(2026, 3, 1));
        QCOMPARE(stats->first().uses, 3);
        QCOMPARE(stats->first().daily.size(), 1);
        QVERIFY(analytics.techniques(QDate(2026, 4, 1), QDate(2026, 4, 30))->isEmpty());
    }

    void seriesInBuckets()
    {
        AnalyticsRepository analytics(m_db->database());
        using Bucket = AnalyticsRepository::Bucket;
        // 1 March 2026 is a Sunday: by week, it belongs to the week of Monday 23 February.
        auto weekly = analytics.series(QDate(2026, 2, 1), QDate(2026, 3, 31), Bucket::Week);
        QVERIFY(weekly.ok());
        QCOMPARE(weekly->first().code, QStringLiteral("chain_of_thought"));
        QCOMPARE(weekly->first().uses, 5);
        QCOMPARE(weekly->first().points.size(), 2);
        QCOMPARE(weekly->first().points[0].start, QDate(2026, 2, 23));
        QCOMPARE(weekly->first().points[0].uses, 3);
        QCOMPARE(weekly->first().points[0].successRate().value_or(-1), 0.5);
        QCOMPARE(weekly->first().points[1].start, QDate(2026, 3, 2));
        QCOMPARE(weekly->first().points[1].averageRating().value_or(-1), 4.0);
        auto monthly = analytics.series(QDate(2026, 2, 1), QDate(2026, 3, 31), Bucket::Month);
        QCOMPARE(monthly->first().points.size(), 1);
        QCOMPARE(monthly->first().points[0].start, QDate(2026, 3, 1));
        QCOMPARE(monthly->first().points[0].ratings, 3);
        QVERIFY(qAbs(*monthly->first().points[0].averageRating() - 11.0 / 3) < 1e-12);
        auto daily = analytics.series(QDate(2026, 3, 2), QDate(2026, 3, 2), Bucket::Day);
        QCOMPARE(daily->size(), 1); // few-shot was used on the 1st only
        auto distribution = analytics.distribution(QDate(2026, 3, 1), QDate(2026, 3, 2));
        QVERIFY(distribution.ok());
        QCOMPARE(distribution->byIntent, (QList<QPair<QString, int>>{{"code", 4}, {"writing", 1}}));
        QCOMPARE(distribution->byComplexity, (QList<QPair<int, int>>{{1, 2}, {2, 2}, {3, 1}}));
    }
};

ATHANOR_TEST(AnalyticsRepositoryTest)
#include "tst_analyticsrepository.moc"
