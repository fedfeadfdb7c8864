#include "TempDatabase.h"
#include "TestRegistry.h"
#include "models/ExperimentTableModel.h"
#include "storage/CatalogRepository.h"
#include "storage/SqlHelpers.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace athanor;
using Arm = ExperimentStatistics::Arm;

namespace {

ExperimentRepository::Experiment experiment(const QString& name, Arm a, Arm b, int minimum,
                                            const QString& status = QStringLiteral("running"))
{
    ExperimentRepository::Experiment e;
    e.id = name + QStringLiteral("-id");
    e.name = name;
    e.intent = QStringLiteral("creative");
    e.a.prompt = QStringLiteral("Write a limerick");
    e.b.prompt = QStringLiteral("Write a limerick about cats");
    e.minimumPerArm = minimum;
    e.armA = a;
    e.armB = b;
    e.verdict = ExperimentStatistics::decide(a, b, minimum);
    e.status = !e.verdict.winner.isEmpty() ? QStringLiteral("completed") : status;
    return e;
}

// The rate as the table shows it, recomputed from ExperimentStatistics.
QString expectedRate(const Arm& arm)
{
    const auto [low, high] = ExperimentStatistics::wilsonInterval(arm);
    return QStringLiteral("%1 % (%2–%3 %)")
        .arg(qRound(arm.rate() * 100))
        .arg(qRound(low * 100))
        .arg(qRound(high * 100));
}

} // namespace

// The Experiments tab's table: each arm's runs, success rate and Wilson interval, the p-value and
// its test as ExperimentStatistics gives them, the verdict, and reloading from the repository.
class ExperimentTableModelTest : public QObject
{
    Q_OBJECT

private slots:
    void showsCountsRatesAndVerdict_data()
    {
        QTest::addColumn<int>("sa");
        QTest::addColumn<int>("na");
        QTest::addColumn<int>("sb");
        QTest::addColumn<int>("nb");
        QTest::addColumn<int>("minimum");
        QTest::addColumn<QString>("rateA");
        QTest::addColumn<QString>("rateB");
        QTest::addColumn<QString>("pValue");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("status");
        // prop.test(c(16, 8), c(20, 20), correct = FALSE): p = 0.009823
        QTest::newRow("z-test, A wins") << 16 << 20 << 8 << 20 << 20 << "80 % (58–92 %)"
                                        << "40 % (22–61 %)"
                                        << "0.0098 (z-test)"
                                        << "A wins"
                                        << "Completed";
        // Wilson's 45/100: 0.3561–0.5475; p = 0.028459
        QTest::newRow("45/100 vs 30/100") << 45 << 100 << 30 << 100 << 20 << "45 % (36–55 %)"
                                          << "30 % (22–40 %)"
                                          << "0.028 (z-test)"
                                          << "A wins"
                                          << "Completed";
        QTest::newRow("B wins") << 120 << 400 << 150 << 400 << 20 << "30 % (26–35 %)"
                                << "38 % (33–42 %)"
                                << "0.025 (z-test)"
                                << "B wins"
                                << "Completed";
        // fisher.test(matrix(c(3, 0, 0, 3), 2)): p = 0.1
        QTest::newRow("Fisher, not significant") << 3 << 3 << 0 << 3 << 3 << "100 % (44–100 %)"
                                                 << "0 % (0–56 %)"
                                                 << "0.1 (Fisher)"
                                                 << "No significant difference yet"
                                                 << "Running";
        // fisher.test(matrix(c(5, 0, 0, 5), 2)): p = 0.007937, but too few runs for a winner
        QTest::newRow("Fisher, too few runs") << 5 << 5 << 0 << 5 << 20 << "100 % (57–100 %)"
                                              << "0 % (0–43 %)"
                                              << "0.0079 (Fisher)"
                                              << "Needs 20 runs per arm"
                                              << "Running";
        // Every expected cell at least 5: the z-test, p = 0.00093
        QTest::newRow("z-test, p under 0.001") << 1 << 10 << 11 << 14 << 20 << "10 % (2–40 %)"
                                               << "79 % (52–92 %)"
                                               << "< 0.001 (z-test)"
                                               << "Needs 20 runs per arm"
                                               << "Running";
        QTest::newRow("no runs") << 0 << 0 << 0 << 0 << 20 << "—"
                                 << "—"
                                 << "—"
                                 << "No runs yet"
                                 << "Running";
        QTest::newRow("one arm only") << 2 << 2 << 0 << 0 << 20 << "100 % (34–100 %)"
                                      << "—"
                                      << "—"
                                      << "Needs 20 runs per arm"
                                      << "Running";
    }
    void showsCountsRatesAndVerdict()
    {
        QFETCH(int, sa);
        QFETCH(int, na);
        QFETCH(int, sb);
        QFETCH(int, nb);
        QFETCH(int, minimum);
        QFETCH(QString, rateA);
        QFETCH(QString, rateB);
        QFETCH(QString, pValue);
        QFETCH(QString, verdict);
        QFETCH(QString, status);
        ExperimentTableModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Arm a{na, sa};
        const Arm b{nb, sb};
        model.setExperiments({experiment(QStringLiteral("limericks"), a, b, minimum)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(ExperimentTableModel::ColumnCount));
        const auto cell = [&](int column) {
            return model.index(0, column).data().toString();
        };
        QCOMPARE(cell(ExperimentTableModel::Name), QStringLiteral("limericks"));
        QCOMPARE(cell(ExperimentTableModel::Intent), QStringLiteral("creative"));
        QCOMPARE(cell(ExperimentTableModel::State), status);
        QCOMPARE(model.index(0, ExperimentTableModel::RunsA).data().toInt(), na);
        QCOMPARE(model.index(0, ExperimentTableModel::RunsB).data().toInt(), nb);
        QCOMPARE(cell(ExperimentTableModel::RateA), rateA);
        QCOMPARE(cell(ExperimentTableModel::RateB), rateB);
        QCOMPARE(cell(ExperimentTableModel::PValue), pValue);
        QCOMPARE(cell(ExperimentTableModel::Verdict), verdict);
        // The same figures as ExperimentStatistics computes them.
        if (na > 0)
            QCOMPARE(cell(ExperimentTableModel::RateA), expectedRate(a));
        if (nb > 0)
            QCOMPARE(cell(ExperimentTableModel::RateB), expectedRate(b));
        if (na > 0 && nb > 0) {
            const ExperimentStatistics::Verdict v = ExperimentStatistics::decide(a, b, minimum);
            if (v.p >= 0.001)
                QVERIFY(cell(ExperimentTableModel::PValue).startsWith(QString::number(v.p, 'g', 2) + ' '));
            QCOMPARE(
                model.index(0, ExperimentTableModel::PValue).data(ExperimentTableModel::SortRole).toDouble(),
                v.p);
        }
        QCOMPARE(model.index(0, 0).data(ExperimentTableModel::IdRole).toString(),
                 QStringLiteral("limericks-id"));
        // The winner's rate in bold; the verdict explained in the tooltip.
        const bool aWins = verdict == QLatin1String("A wins");
        QCOMPARE(model.index(0, ExperimentTableModel::RateA).data(Qt::FontRole).value<QFont>().bold(), aWins);
        QVERIFY(!model.index(0, ExperimentTableModel::Verdict).data(Qt::ToolTipRole).toString().isEmpty());
    }

    void explanationSaysWhatIsMissing_data()
    {
        QTest::addColumn<int>("sa");
        QTest::addColumn<int>("na");
        QTest::addColumn<int>("sb");
        QTest::addColumn<int>("nb");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("winner") << 16 << 20 << 8 << 20 << "running"
                                << QStringList{"z-test", "A is better", "complete"};
        QTest::newRow("significant, too few") << 5 << 5 << 0 << 7 << "running"
                                              << QStringList{"Fisher's exact test", "looks real",
                                                             "A needs 15 more runs", "B needs 13 more runs"};
        QTest::newRow("one more run") << 0 << 19 << 0 << 20 << "running" << QStringList{"A needs 1 more run"};
        QTest::newRow("not significant") << 10 << 20 << 11 << 20 << "running"
                                         << QStringList{"No significant difference yet", "probability 0.75"};
        QTest::newRow("stopped") << 3 << 5 << 2 << 5 << "stopped" << QStringList{"stopped without a winner"};
        QTest::newRow("nothing yet") << 0 << 0 << 0 << 0 << "running"
                                     << QStringList{"No runs yet", "20 runs"};
    }
    void explanationSaysWhatIsMissing()
    {
        QFETCH(int, sa);
        QFETCH(int, na);
        QFETCH(int, sb);
        QFETCH(int, nb);
        QFETCH(QString, status);
        QFETCH(QStringList, phrases);
        const QString text = ExperimentTableModel::explanation(
            experiment(QStringLiteral("x"), {na, sa}, {nb, sb}, 20, status));
        for (const QString& phrase : phrases)
            QVERIFY2(text.contains(phrase), qPrintable(text));
    }

    void reloadsFromTheRepositoryAndSorts()
    {
        test::TempDatabase db;
        QVERIFY(CatalogRepository(db.database()).ensureCurrent().ok());
        ExperimentRepository repository(db.database());
        auto first = repository.create(QStringLiteral("few-shot or not"), QStringLiteral("creative"),
                                       {{}, {QStringLiteral("few_shot")}},
                                       {{}, {QStringLiteral("chain_of_thought")}}, false, 20);
        QVERIFY(first.ok());
        auto second = repository.create(QStringLiteral("limericks"), QStringLiteral("creative"),
                                        {QStringLiteral("Write a limerick"), {}},
                                        {QStringLiteral("Write a limerick about cats"), {}}, false, 3);
        QVERIFY(second.ok());
        ExperimentTableModel model(db.database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(*second), 1);
        QCOMPARE(model.index(1, 0).data(ExperimentTableModel::IdRole).toString(), *second);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(repository.record(*second, QStringLiteral("A"), 5).ok());
            QVERIFY(repository.record(*second, QStringLiteral("B"), 2).ok());
        }
        QVERIFY(repository.record(*first, QString(), 2).ok()); // alternate: A first
        QVERIFY(model.reload().ok());
        const int row = model.rowOf(*second);
        QCOMPARE(model.index(row, ExperimentTableModel::RunsA).data().toInt(), 3);
        QCOMPARE(model.index(row, ExperimentTableModel::RateA).data().toString(),
                 QStringLiteral("100 % (44–100 %)"));
        QCOMPARE(model.index(row, ExperimentTableModel::PValue).data().toString(),
                 QStringLiteral("0.1 (Fisher)"));
        QCOMPARE(model.index(model.rowOf(*first), ExperimentTableModel::RunsA).data().toInt(), 1);
        QCOMPARE(model.index(model.rowOf(*first), ExperimentTableModel::RunsB).data().toInt(), 0);
        QVERIFY(repository.stop(*second).ok());
        QVERIFY(model.reload().ok());
        QCOMPARE(model.index(row, ExperimentTableModel::State).data().toString(), QStringLiteral("Stopped"));

        // Sorting by rate goes by the number, an arm without runs first.
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(ExperimentTableModel::SortRole);
        sorted.sort(ExperimentTableModel::RateB, Qt::AscendingOrder);
        QCOMPARE(sorted.index(0, ExperimentTableModel::Name).data().toString(),
                 QStringLiteral("few-shot or not"));
        sorted.sort(ExperimentTableModel::RateA, Qt::DescendingOrder);
        QCOMPARE(sorted.index(0, ExperimentTableModel::Name).data().toString(), QStringLiteral("limericks"));

        // A database that cannot be read: the error comes back and the rows stay.
        QVERIFY(runSql(db.connection(), QStringLiteral("DROP TABLE ab_experiments")).ok());
        const Status failed = model.reload();
        QVERIFY(!failed.ok());
        QCOMPARE(model.rowCount(), 2);
    }

    void headers()
    {
        ExperimentTableModel model(nullptr);
        QStringList headers;
        for (int column = 0; column < model.columnCount(); ++column)
            headers << model.headerData(column, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{"Name", "Intent", "Status", "A runs", "A success rate", "B runs",
                                       "B success rate", "p-value (test)", "Verdict"}));
        QVERIFY(!model.headerData(ExperimentTableModel::RateA, Qt::Horizontal, Qt::ToolTipRole).isNull());
    }
};

ATHANOR_TEST(ExperimentTableModelTest)
#include "tst_experimenttablemodel.moc"
