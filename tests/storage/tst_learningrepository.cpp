#include "TempDatabase.h"
#include "TestRegistry.h"
#include "core/Ids.h"
#include "storage/CatalogRepository.h"
#include "storage/LearningRepository.h"
#include "storage/PromptRepository.h"
#include "storage/SqlHelpers.h"

#include <QTest>

using namespace athanor;

// The learning profile and the prompts' relevance.
class LearningRepositoryTest : public QObject
{
    Q_OBJECT
private slots:
    void relevance_data()
    {
        QTest::addColumn<int>("uses");
        QTest::addColumn<double>("stars"); // 0: unrated
        QTest::addColumn<double>("age");
        QTest::addColumn<double>("expected");
        QTest::newRow("new, unused, unrated") << 0 << 0.0 << 0.0 << 0.3;
        QTest::newRow("new, five stars") << 0 << 5.0 << 0.0 << 0.6;
        QTest::newRow("much used, five stars") << 1000 << 5.0 << 0.0 << 1.0;
        QTest::newRow("a half-life later") << 0 << 5.0 << 90.0 << 0.3;
        QTest::newRow("one star, five uses") << 5 << 1.0 << 0.0 << 0.4 * (1 - std::exp(-1.0));
    }
    void relevance()
    {
        QFETCH(int, uses);
        QFETCH(double, stars);
        QFETCH(double, age);
        QFETCH(double, expected);
        const double got =
            LearningRepository::relevance(uses, stars > 0 ? std::optional(stars) : std::nullopt, age);
        QVERIFY2(qAbs(got - expected) < 1e-9, qPrintable(QString::number(got)));
    }

    void profileAndRelevanceFollowRatings()
    {
        test::TempDatabase db;
        QVERIFY(CatalogRepository(db.database()).ensureCurrent().ok());
        auto techniqueId = [&](const char* code) {
            auto q = runSql(db.connection(), "SELECT id FROM techniques WHERE code = ?",
                            {QString::fromLatin1(code)});
            return q && q->next() ? q->value(0).toString() : QString();
        };
        const QString cot = techniqueId("chain_of_thought");
        const QString few = techniqueId("few_shot");
        QStringList prompts;
        for (int i = 0; i < 4; ++i) {
            Prompt p;
            p.content = QStringLiteral("enhanced prompt %1").arg(i);
            prompts << *PromptRepository(db.database()).add(p);
            QVERIFY(runSql(db.connection(),
                           "INSERT INTO prompt_history (id, session_id, original_prompt, original_length, "
                           "detected_intent_path, "
                           "detected_complexity, enhanced_prompt, enhanced_length, techniques_applied, "
                           "enhanced_prompt_id) "
                           "VALUES (?, 's', 'p', 1, ?, ?, 'e', 1, ?, ?)",
                           {newUuid(), i < 3 ? QStringLiteral("code.debugging") : QStringLiteral("creative"),
                            2 + i % 2,
                            i < 3 ? QStringLiteral("[\"%1\"]").arg(cot) : QStringLiteral("[\"%1\"]").arg(few),
                            prompts.last()})
                        .ok());
        }
        LearningRepository learning(db.database());
        for (int i = 0; i < 3; ++i)
            QVERIFY(learning.rate({{prompts[i], 5}, {}}).ok());
        QVERIFY(learning.rate({{prompts[3], 2}, {}}).ok());
        auto profile = learning.profile();
        QVERIFY(profile.ok());
        QCOMPARE(profile->prompts, 4);
        QCOMPARE(profile->successful, 3);
        QCOMPARE(profile->techniquesTried, 2);
        QCOMPARE(profile->mastered, QStringList{"chain_of_thought"}); // three ratings, all 5
        QCOMPARE(profile->learning, QStringList{"few_shot"});
        QCOMPARE(profile->useCases, (QStringList{"code", "creative"}));
        QCOMPARE(profile->averageComplexity.value_or(0), 2.5);
        QCOMPARE(profile->skillLevel, QStringLiteral("beginner")); // one technique mastered
        auto relevance =
            runSql(db.connection(), "SELECT relevance_score FROM prompts WHERE id = ?", {prompts[0]});
        QVERIFY(relevance && relevance->next());
        QVERIFY(qAbs(relevance->value(0).toDouble() - 0.6) < 1e-3); // new, unused, five stars
        relevance = runSql(db.connection(), "SELECT relevance_score FROM prompts WHERE id = ?", {prompts[3]});
        QVERIFY(relevance && relevance->next());
        QVERIFY(qAbs(relevance->value(0).toDouble() - 0.15) < 1e-3); // two stars: 0.6 × 0.25
    }
};

ATHANOR_TEST(LearningRepositoryTest)
#include "tst_learningrepository.moc"
