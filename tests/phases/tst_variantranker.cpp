#include "TestRegistry.h"
#include "core/phases/VariantRanker.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace athanor;

namespace {

// A sound coagulatio variant: moderate temperature, well under the limit, close to its input,
// inside the length band.
VariantFeatures healthy()
{
    VariantFeatures f;
    f.temperature = 0.7;
    f.outputTokens = 300;
    f.maxTokens = 2000;
    f.inputChars = 1000;
    f.outputChars = 1300;
    f.similarity = 0.85;
    f.phase = Phase::Coagulatio;
    return f;
}

} // namespace

class VariantRankerTest : public QObject
{
    Q_OBJECT
private slots:
    void documentedWeights()
    {
        const RankWeights w;
        QVERIFY(qFuzzyCompare(w.heuristicSum(), 1.0));

        // docs/phases.md states the defaults in a table; the table and the code must agree.
        QFile doc(QStringLiteral(ATHANOR_TEST_DATA_DIR "/../../docs/phases.md"));
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
        const QString text = QString::fromUtf8(doc.readAll());
        QMap<QString, double> documented;
        static const QRegularExpression row(QStringLiteral("^\\| `(\\w+)` \\| ([0-9.]+) \\| ([0-9.]+ \\| )?"),
                                            QRegularExpression::MultilineOption);
        for (auto it = row.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            documented.insert(m.captured(1), m.captured(2).toDouble());
        }
        const QMap<QString, double> code{
            {"temperature", w.temperature},
            {"efficiency", w.efficiency},
            {"similarity", w.similarity},
            {"length", w.length},
            {"judge", w.judge},
            {"truncationPenalty", w.truncationPenalty},
            {"driftThreshold", w.driftThreshold},
            {"driftPenalty", w.driftPenalty},
        };
        for (auto it = code.cbegin(); it != code.cend(); ++it) {
            QVERIFY2(documented.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(documented.value(it.key()), it.value());
        }
        // The length bands too.
        static const QRegularExpression band(
            QStringLiteral("^\\| `([a-z-]+)` \\| ([0-9.]+) \\| ([0-9.]+) \\|"),
            QRegularExpression::MultilineOption);
        int bands = 0;
        for (auto it = band.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const std::optional<Phase> phase = parsePhase(m.captured(1));
            if (!phase)
                continue;
            QCOMPARE(m.captured(2).toDouble(), VariantRanker::lengthBand(*phase).low);
            QCOMPARE(m.captured(3).toDouble(), VariantRanker::lengthBand(*phase).high);
            ++bands;
        }
        QCOMPARE(bands, 3);
    }

    void temperatureCurve_data()
    {
        QTest::addColumn<double>("temperature");
        QTest::addColumn<double>("expected");
        QTest::newRow("0") << 0.0 << 0.7;
        QTest::newRow("negative") << -1.0 << 0.7;
        QTest::newRow("0.15") << 0.15 << 0.85;
        QTest::newRow("0.3") << 0.3 << 1.0;
        QTest::newRow("0.7") << 0.7 << 1.0;
        QTest::newRow("0.9") << 0.9 << 1.0;
        QTest::newRow("1.45") << 1.45 << 0.5;
        QTest::newRow("2") << 2.0 << 0.0;
        QTest::newRow("above 2") << 3.0 << 0.0;
    }
    void temperatureCurve()
    {
        QFETCH(double, temperature);
        QFETCH(double, expected);
        QVERIFY2(qAbs(VariantRanker::temperatureScore(temperature) - expected) < 1e-9,
                 qPrintable(QString::number(VariantRanker::temperatureScore(temperature))));
    }

    void lengthBand_data()
    {
        QTest::addColumn<int>("phase");
        QTest::addColumn<int>("inputChars");
        QTest::addColumn<int>("outputChars");
        QTest::addColumn<double>("expected");
        QTest::newRow("prima inside") << int(Phase::PrimaMateria) << 1000 << 400 << 1.0;
        QTest::newRow("prima too short") << int(Phase::PrimaMateria) << 1000 << 150 << 0.5;
        QTest::newRow("prima too long") << int(Phase::PrimaMateria) << 1000 << 2400 << 0.5;
        QTest::newRow("solutio inside") << int(Phase::Solutio) << 1000 << 1500 << 1.0;
        QTest::newRow("solutio too short") << int(Phase::Solutio) << 1000 << 350 << 0.5;
        QTest::newRow("coagulatio inside") << int(Phase::Coagulatio) << 1000 << 2400 << 1.0;
        QTest::newRow("coagulatio too long") << int(Phase::Coagulatio) << 1000 << 5000 << 0.5;
        QTest::newRow("short draft may grow") << int(Phase::Coagulatio) << 40 << 700 << 1.0;
        QTest::newRow("short draft bloated") << int(Phase::Coagulatio) << 40 << 1500 << 0.5;
        QTest::newRow("empty output") << int(Phase::Solutio) << 1000 << 0 << 0.0;
    }
    void lengthBand()
    {
        QFETCH(int, phase);
        QFETCH(int, inputChars);
        QFETCH(int, outputChars);
        QFETCH(double, expected);
        VariantFeatures f = healthy();
        f.phase = Phase(phase);
        f.inputChars = inputChars;
        f.outputChars = outputChars;
        QVERIFY2(qAbs(VariantRanker::lengthScore(f) - expected) < 1e-9,
                 qPrintable(QString::number(VariantRanker::lengthScore(f))));
    }

    void coagulatioMayBeLongerThanPrimaMateria()
    {
        VariantFeatures f = healthy();
        f.outputChars = 2000;
        f.phase = Phase::PrimaMateria;
        const double prima = VariantRanker::lengthScore(f);
        f.phase = Phase::Coagulatio;
        QVERIFY(VariantRanker::lengthScore(f) > prima);
    }

    void truncatedRanksBelowAnEqualUntruncated()
    {
        const VariantRanker ranker;
        const VariantFeatures whole = healthy();
        VariantFeatures cut = whole;
        cut.truncated = true;
        const VariantScore a = ranker.score(whole);
        const VariantScore b = ranker.score(cut);
        QVERIFY(b.total < a.total);
        QCOMPARE(b.efficiency, 0.0);
        QCOMPARE(b.penalty, RankWeights{}.truncationPenalty);
        QCOMPARE(VariantRanker::best({b, a}), 1);

        // Hitting max tokens is truncation even when the provider did not say so.
        VariantFeatures atLimit = whole;
        atLimit.outputTokens = atLimit.maxTokens;
        QVERIFY(VariantRanker::isTruncated(atLimit));
        QCOMPARE(ranker.score(atLimit).efficiency, 0.0);
        // Even a perfect judge score does not save a cut-off prompt against a sound one judged well.
        cut.judgeScore = 10;
        VariantFeatures judged = whole;
        judged.judgeScore = 8;
        QVERIFY(ranker.score(cut).total < ranker.score(judged).total);
    }

    void efficiency_data()
    {
        QTest::addColumn<int>("outputTokens");
        QTest::addColumn<int>("maxTokens");
        QTest::addColumn<double>("expected");
        QTest::newRow("plenty of headroom") << 300 << 2000 << 1.0;
        QTest::newRow("80 percent") << 800 << 1000 << 1.0;
        QTest::newRow("90 percent") << 900 << 1000 << 0.75;
        QTest::newRow("no limit") << 300 << 0 << 1.0;
        QTest::newRow("bloated 8x") << 2000 << 0 << 0.5; // input 1000 chars = 250 tokens; 4x is 1000
        QTest::newRow("at the limit") << 1000 << 1000 << 0.0;
    }
    void efficiency()
    {
        QFETCH(int, outputTokens);
        QFETCH(int, maxTokens);
        QFETCH(double, expected);
        VariantFeatures f = healthy();
        f.outputTokens = outputTokens;
        f.maxTokens = maxTokens;
        QVERIFY2(qAbs(VariantRanker::efficiencyScore(f) - expected) < 1e-9,
                 qPrintable(QString::number(VariantRanker::efficiencyScore(f))));
    }

    void driftedRanksLower()
    {
        const VariantRanker ranker;
        const VariantFeatures close = healthy();
        VariantFeatures drifted = close;
        drifted.similarity = 0.1;
        const VariantScore a = ranker.score(close);
        const VariantScore b = ranker.score(drifted);
        QVERIFY(b.total < a.total);
        QVERIFY(b.penalty < 1.0);
        QCOMPARE(a.penalty, 1.0);
        QCOMPARE(VariantRanker::best({b, a}), 1);
        QCOMPARE(VariantRanker::similarityScore(-1.0), 0.0);
        QCOMPARE(VariantRanker::similarityScore(0.0), 0.5);
        QCOMPARE(VariantRanker::similarityScore(1.0), 1.0);

        // The drift multiplier is continuous at the threshold and bottoms out at a cosine of 0.
        const RankWeights w;
        VariantFeatures f = close;
        f.similarity = w.driftThreshold;
        QCOMPARE(ranker.score(f).penalty, 1.0);
        f.similarity = w.driftThreshold - 1e-6;
        QVERIFY(ranker.score(f).penalty > 0.999);
        f.similarity = -0.5;
        QCOMPARE(ranker.score(f).penalty, w.driftPenalty);
    }

    void judgeScoreChangesTheOrder()
    {
        const VariantRanker ranker;
        // A looks better on every heuristic; the judge prefers B.
        VariantFeatures a = healthy();
        VariantFeatures b = healthy();
        b.similarity = 0.6;
        b.temperature = 1.3;
        b.outputChars = 3000;
        QCOMPARE(VariantRanker::best({ranker.score(a), ranker.score(b)}), 0);
        a.judgeScore = 4;
        b.judgeScore = 9;
        const VariantScore sa = ranker.score(a);
        const VariantScore sb = ranker.score(b);
        QCOMPARE(VariantRanker::best({sa, sb}), 1);
        QCOMPARE(*sb.judge, 8.0 / 9.0);

        // The judge's share is exactly wJ of the total.
        const VariantScore plain = ranker.score(healthy());
        VariantFeatures top = healthy();
        top.judgeScore = 10;
        const double w = RankWeights{}.judge;
        QVERIFY(qAbs(ranker.score(top).total - ((1 - w) * plain.total + w * 1.0)) < 1e-12);
    }

    void weightsAreRespected()
    {
        RankWeights onlySimilarity;
        onlySimilarity.temperature = onlySimilarity.efficiency = onlySimilarity.length = 0;
        onlySimilarity.similarity = 2; // not normalised by the caller
        const VariantScore s = VariantRanker(onlySimilarity).score(healthy());
        QVERIFY(qAbs(s.total - s.similarity) < 1e-12);

        RankWeights none = onlySimilarity;
        none.similarity = 0;
        QCOMPARE(VariantRanker(none).score(healthy()).total, 0.0);
    }

    void totalsStayInRange()
    {
        const VariantRanker ranker;
        for (double t : {0.0, 0.7, 2.0})
            for (double c : {-1.0, 0.2, 1.0})
                for (int out : {0, 500, 100000})
                    for (bool cut : {false, true})
                        for (std::optional<double> j :
                             {std::optional<double>(), std::optional<double>(1.0),
                              std::optional<double>(10.0), std::optional<double>(42.0)}) {
                            VariantFeatures f = healthy();
                            f.temperature = t;
                            f.similarity = c;
                            f.outputChars = out;
                            f.outputTokens = out / 4;
                            f.truncated = cut;
                            f.judgeScore = j;
                            const VariantScore s = ranker.score(f);
                            QVERIFY(s.total >= 0.0 && s.total <= 1.0);
                            for (double component : {s.temperature, s.efficiency, s.similarity, s.length})
                                QVERIFY(component >= 0.0 && component <= 1.0);
                        }
    }

    void bestPicksTheFirstOfEqualTotals()
    {
        QCOMPARE(VariantRanker::best({}), -1);
        VariantScore low, high;
        low.total = 0.4;
        high.total = 0.8;
        QCOMPARE(VariantRanker::best({low}), 0);
        QCOMPARE(VariantRanker::best({low, high, high}), 1);
        QCOMPARE(VariantRanker::best({high, low, high}), 0);
        const VariantRanker ranker;
        QCOMPARE(VariantRanker::best({ranker.score(healthy()), ranker.score(healthy())}), 0);
    }

    void parseJudgeScore_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<double>("expected"); // -1: no score
        QTest::newRow("plain") << "Clear and faithful.\nScore: 7/10" << 7.0;
        QTest::newRow("lower case decimal spaced") << "score: 7.5 / 10" << 7.5;
        QTest::newRow("bold label") << "**Score:** 8/10" << 8.0;
        QTest::newRow("bold value") << "Score: **9/10**" << 9.0;
        QTest::newRow("equals") << "Overall score = 6/10" << 6.0;
        QTest::newRow("out of") << "Final score: 4 out of 10" << 4.0;
        QTest::newRow("comma decimal") << "Score: 6,5/10" << 6.5;
        QTest::newRow("last wins") << "Clarity score: 9/10\nFidelity score: 3/10\nScore: 5/10\n" << 5.0;
        QTest::newRow("ten") << "Score: 10/10" << 10.0;
        QTest::newRow("one") << "Score: 1/10" << 1.0;
        QTest::newRow("trailing text") << "Score: 8/10.\n" << 8.0;
        QTest::newRow("zero") << "Score: 0/10" << -1.0;
        QTest::newRow("above ten") << "Score: 11/10" << -1.0;
        QTest::newRow("last out of range") << "Score: 8/10\nScore: 12/10" << -1.0;
        QTest::newRow("per hundred") << "Score: 80/100" << -1.0;
        QTest::newRow("template echoed") << "Score: N/10" << -1.0;
        QTest::newRow("no label") << "I would give it 8/10." << -1.0;
        QTest::newRow("empty") << "" << -1.0;
    }
    void parseJudgeScore()
    {
        QFETCH(QString, reply);
        QFETCH(double, expected);
        const std::optional<double> score = VariantRanker::parseJudgeScore(reply);
        if (expected < 0) {
            QVERIFY2(!score, qPrintable(QString::number(score.value_or(-1))));
        } else {
            QVERIFY(score.has_value());
            QCOMPARE(*score, expected);
        }
    }
};

ATHANOR_TEST(VariantRankerTest)
#include "tst_variantranker.moc"
