#include "TestRegistry.h"
#include "core/learning/ExperimentStatistics.h"

#include <QTest>

using namespace athanor;
using namespace athanor::ExperimentStatistics;

// Against values computed independently (R: prop.test(correct = FALSE), fisher.test, binom's Wilson).
class ExperimentStatisticsTest : public QObject
{
    Q_OBJECT
private slots:
    void zTest_data()
    {
        QTest::addColumn<int>("sa");
        QTest::addColumn<int>("na");
        QTest::addColumn<int>("sb");
        QTest::addColumn<int>("nb");
        QTest::addColumn<double>("z");
        QTest::addColumn<double>("p");
        // pooled 0.375, se 0.068465: z = 0.15 / se
        QTest::newRow("45/100 vs 30/100") << 45 << 100 << 30 << 100 << 2.190890 << 0.028459;
        QTest::newRow("equal rates") << 20 << 50 << 40 << 100 << 0.0 << 1.0;
        // pooled 0.3375, se 0.033436
        QTest::newRow("B better") << 120 << 400 << 150 << 400 << -2.243089 << 0.024891;
    }
    void zTest()
    {
        QFETCH(int, sa);
        QFETCH(int, na);
        QFETCH(int, sb);
        QFETCH(int, nb);
        QFETCH(double, z);
        QFETCH(double, p);
        const ZTest result = twoProportionZTest({na, sa}, {nb, sb});
        QVERIFY2(qAbs(result.z - z) < 1e-5, qPrintable(QString::number(result.z, 'f', 6)));
        QVERIFY2(qAbs(result.p - p) < 1e-5, qPrintable(QString::number(result.p, 'f', 6)));
    }

    void fisher_data()
    {
        QTest::addColumn<int>("sa");
        QTest::addColumn<int>("na");
        QTest::addColumn<int>("sb");
        QTest::addColumn<int>("nb");
        QTest::addColumn<double>("p");
        QTest::newRow("lady tasting tea 3,1 / 1,3") << 3 << 4 << 1 << 4 << 0.4857143;
        QTest::newRow("1,9 / 11,3") << 1 << 10 << 11 << 14 << 0.002759456;
        QTest::newRow("identical arms") << 2 << 5 << 2 << 5 << 1.0;
        QTest::newRow("all successes") << 5 << 5 << 0 << 5 << 0.007936508;
    }
    void fisher()
    {
        QFETCH(int, sa);
        QFETCH(int, na);
        QFETCH(int, sb);
        QFETCH(int, nb);
        QFETCH(double, p);
        const double got = fisherExactTest({na, sa}, {nb, sb});
        QVERIFY2(qAbs(got - p) < 1e-6, qPrintable(QString::number(got, 'g', 10)));
    }

    void wilson()
    {
        const auto [low, high] = wilsonInterval({100, 45});
        QVERIFY2(qAbs(low - 0.3561) < 1e-4 && qAbs(high - 0.5475) < 1e-4,
                 qPrintable(QStringLiteral("%1 %2").arg(low).arg(high)));
        const auto [zeroLow, zeroHigh] = wilsonInterval({10, 0});
        QCOMPARE(zeroLow, 0.0);
        QVERIFY(qAbs(zeroHigh - 0.2775) < 1e-4);
        QCOMPARE(wilsonInterval({0, 0}), (std::pair<double, double>{0.0, 1.0}));
    }

    void verdicts()
    {
        // Large arms, clear difference: the z-test, B wins.
        Verdict v = decide({100, 30}, {100, 50});
        QCOMPARE(v.test, QStringLiteral("z"));
        QVERIFY(v.p < 0.05);
        QCOMPARE(v.winner, QStringLiteral("B"));
        // Small counts (8 × 12/22 = 4.4 expected successes in A): Fisher's test; significant but too
        // few runs per arm for a winner.
        v = decide({8, 1}, {14, 11});
        QCOMPARE(v.test, QStringLiteral("fisher"));
        QVERIFY(qAbs(v.p - 0.006191950) < 1e-6);
        QVERIFY(!v.enoughRuns);
        QVERIFY(v.winner.isEmpty());
        // Enough runs, no significant difference: no winner.
        v = decide({40, 20}, {40, 22});
        QVERIFY(v.enoughRuns);
        QVERIFY(v.p > 0.05);
        QVERIFY(v.winner.isEmpty());
        // Nothing yet.
        v = decide({}, {});
        QCOMPARE(v.p, 1.0);
        QVERIFY(v.winner.isEmpty());
    }
};

ATHANOR_TEST(ExperimentStatisticsTest)
#include "tst_experimentstatistics.moc"
