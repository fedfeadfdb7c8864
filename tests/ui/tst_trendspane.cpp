#include "TempDatabase.h"
#include "TestRegistry.h"
#include "core/Ids.h"
#include "models/RatingListModel.h"
#include "storage/CatalogRepository.h"
#include "storage/FeedbackRepository.h"
#include "storage/PromptRepository.h"
#include "storage/SqlHelpers.h"
#include "ui/trends/TrendsPane.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace athanor;

// The Trends pane on a fixture history: the series, the metric, the breakdown, the empty state,
// CSV and PNG export, and the demo data kept apart from the user's.
class TrendsPaneTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_db;

    void history(const QString& when, const QStringList& codes, int complexity, const QString& intent,
                 const QVariant& rating)
    {
        QStringList ids;
        for (const QString& code : codes) {
            auto q = runSql(m_db->connection(), "SELECT id FROM techniques WHERE code = ?", {code});
            QVERIFY(q && q->next());
            ids << QStringLiteral("\"%1\"").arg(q->value(0).toString());
        }
        QVERIFY(
            runSql(
                m_db->connection(),
                "INSERT INTO prompt_history (id, user_id, session_id, original_prompt, original_length, "
                "detected_intent_path, "
                "detected_complexity, enhanced_prompt, enhanced_length, techniques_applied, user_rating, "
                "created_at) "
                "VALUES (?, (SELECT id FROM users WHERE is_local = 1), 's', 'p', 1, ?, ?, 'e', 1, ?, ?, ?)",
                {newUuid(), intent, complexity, QStringLiteral("[%1]").arg(ids.join(',')), rating, when})
                .ok());
    }

    static QList<QPointF> points(QChart* chart, const QString& name)
    {
        for (QAbstractSeries* series : chart->series())
            if (series->name() == name)
                return static_cast<QLineSeries*>(series)->points();
        return {};
    }

    static double at(const QDate& day)
    {
        return double(QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        QVERIFY(CatalogRepository(m_db->database()).ensureCurrent().ok());
        history("2026-03-01T09:00:00.000Z", {"chain_of_thought", "few_shot"}, 2, "code.debugging", 5);
        history("2026-03-01T12:00:00.000Z", {"chain_of_thought"}, 3, "writing.story", 2);
        history("2026-03-01T13:00:00.000Z", {"chain_of_thought"}, 2, "code", QVariant());
        history("2026-03-02T08:00:00.000Z", {"chain_of_thought"}, 1, "code.review", 4);
        history("2026-03-02T09:00:00.000Z", {"chain_of_thought"}, 1, "code.review", 4);
    }

    void chartsShowTheHistory()
    {
        TrendsPane pane(m_db->database());
        pane.resize(780, 540);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.findChild<QComboBox*>("trendsBucket")->setCurrentIndex(0); // by day
        pane.setRange(QDate(2026, 3, 1), QDate(2026, 3, 31));
        QCOMPARE(pane.chosenTechniques(), (QStringList{"chain_of_thought", "few_shot"}));
        QCOMPARE(pane.trendChart()->series().size(), 2);
        // Success rate in percent: 1 of 2 rated on the 1st, 2 of 2 on the 2nd.
        QCOMPARE(points(pane.trendChart(), "Chain-of-Thought"),
                 (QList<QPointF>{{at(QDate(2026, 3, 1)), 50}, {at(QDate(2026, 3, 2)), 100}}));
        pane.findChild<QComboBox*>("trendsMetric")->setCurrentIndex(1); // average rating
        QCOMPARE(points(pane.trendChart(), "Chain-of-Thought"),
                 (QList<QPointF>{{at(QDate(2026, 3, 1)), 3.5}, {at(QDate(2026, 3, 2)), 4}}));
        // By week: 1 March is a Sunday, so two weeks.
        pane.findChild<QComboBox*>("trendsBucket")->setCurrentIndex(1);
        QCOMPARE(points(pane.trendChart(), "Chain-of-Thought").size(), 2);
        QCOMPARE(points(pane.trendChart(), "Chain-of-Thought").first().x(), at(QDate(2026, 2, 23)));

        // Unchecking a technique takes its line away.
        auto* list = pane.findChild<QListWidget*>("trendsTechniques");
        QCOMPARE(list->count(), 2);
        list->item(1)->setCheckState(Qt::Unchecked);
        QCOMPARE(pane.trendChart()->series().size(), 1);

        // Enhancements by intent, then by complexity.
        auto* bars = qobject_cast<QBarSeries*>(pane.distributionChart()->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().first()->at(0), 4.0); // code
        QCOMPARE(bars->barSets().first()->at(1), 1.0); // writing
        auto* categories =
            qobject_cast<QBarCategoryAxis*>(pane.distributionChart()->axes(Qt::Horizontal).value(0));
        QCOMPARE(categories->categories(), (QStringList{"code", "writing"}));
        pane.findChild<QComboBox*>("trendsBreakdown")->setCurrentIndex(1);
        categories = qobject_cast<QBarCategoryAxis*>(pane.distributionChart()->axes(Qt::Horizontal).value(0));
        QCOMPARE(categories->categories(), (QStringList{"1", "2", "3"}));
    }

    void exportsCsvAndPng()
    {
        TrendsPane pane(m_db->database());
        pane.resize(780, 540);
        pane.show();
        pane.findChild<QComboBox*>("trendsBucket")->setCurrentIndex(0);
        pane.setRange(QDate(2026, 3, 1), QDate(2026, 3, 31));
        QTemporaryDir dir;
        QVERIFY(pane.exportCsv(dir.filePath("trends.csv")));
        QFile csv(dir.filePath("trends.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(),
                 QByteArray("technique,bucket_start,uses,ratings,successes,success_rate,average_rating\n"
                            "chain_of_thought,2026-03-01,3,2,1,0.5000,3.5000\n"
                            "chain_of_thought,2026-03-02,2,2,2,1.0000,4.0000\n"
                            "few_shot,2026-03-01,1,1,1,1.0000,5.0000\n"));
        QVERIFY(pane.exportPng(dir.filePath("trends.png")));
        QVERIFY(QFile(dir.filePath("trends.png")).size() > 1000);
        QVERIFY(!pane.exportCsv(dir.filePath("no/such/folder/trends.csv")));
    }

    void emptyRangeSaysHowToGetData()
    {
        TrendsPane pane(m_db->database());
        pane.resize(780, 540);
        pane.show();
        pane.setRange(QDate(2001, 1, 1), QDate(2001, 1, 31));
        auto* empty = pane.findChild<QLabel*>("trendsEmpty");
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("No enhancements")));
        QVERIFY(empty->text().contains(QStringLiteral("Composer")));
        pane.setRange(QDate(2026, 3, 1), QDate(2026, 3, 31));
        QVERIFY(!empty->isVisible());
    }

    void ratingsListBesideTheCharts()
    {
        Prompt prompt;
        prompt.content = QStringLiteral("Explain closures in JavaScript\nwith one example");
        const QString id = *PromptRepository(m_db->database()).add(prompt);
        FeedbackRepository::Rating rating;
        rating.promptId = id;
        rating.stars = 4;
        rating.helpful = true;
        rating.improvement = QStringLiteral("shorter");
        rating.context = {{QStringLiteral("source"), QStringLiteral("library")}};
        QVERIFY(FeedbackRepository(m_db->database()).add(rating).ok());
        TrendsPane pane(m_db->database());
        QAbstractItemModelTester tester(pane.ratings(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        pane.setRange(today.addDays(-7), today);
        QCOMPARE(pane.ratings()->rowCount(), 1);
        const auto cell = [&](int column) {
            return pane.ratings()->index(0, column).data().toString();
        };
        QCOMPARE(cell(RatingListModel::Stars), QStringLiteral("★★★★"));
        QCOMPARE(cell(RatingListModel::Helpful), QStringLiteral("yes"));
        QVERIFY(cell(RatingListModel::Met).isEmpty()); // not said
        QCOMPARE(cell(RatingListModel::Source), QStringLiteral("library"));
        QCOMPARE(cell(RatingListModel::Improvement), QStringLiteral("shorter"));
        QCOMPARE(cell(RatingListModel::Prompt),
                 QStringLiteral("Explain closures in JavaScript with one example"));
        QCOMPARE(pane.ratings()->index(0, 0).data(RatingListModel::PromptIdRole).toString(), id);
        pane.setRange(QDate(2001, 1, 1), QDate(2001, 1, 2));
        QCOMPARE(pane.ratings()->rowCount(), 0);
    }

    void providersAndClassifierVersions()
    {
        Prompt prompt;
        prompt.content = QStringLiteral("a generated prompt");
        prompt.provider = QStringLiteral("ollama");
        prompt.model = QStringLiteral("llama3");
        const QString id = *PromptRepository(m_db->database()).add(prompt);
        for (const auto& [day, latency] :
             QList<QPair<QString, int>>{{"2026-03-01", 1000}, {"2026-03-01", 3000}, {"2026-03-02", 500}})
            QVERIFY(runSql(m_db->connection(),
                           "INSERT INTO prompt_metrics (id, prompt_id, metric_type, response_time, "
                           "created_at) VALUES (?, ?, 'time', ?, ?)",
                           {newUuid(), id, latency, day + QStringLiteral("T10:00:00.000Z")})
                        .ok());
        QVERIFY(runSql(m_db->connection(),
                       "INSERT INTO prompt_metrics (id, prompt_id, metric_type, cost_usd, created_at) VALUES "
                       "(?, ?, 'cost', 0.25, ?)",
                       {newUuid(), id, QStringLiteral("2026-03-02T10:00:00.000Z")})
                    .ok());
        TrendsPane pane(m_db->database());
        pane.findChild<QComboBox*>("trendsBucket")->setCurrentIndex(0);
        pane.setRange(QDate(2026, 3, 1), QDate(2026, 3, 31));
        QCOMPARE(
            points(pane.providerChart(), "ollama/llama3"),
            (QList<QPointF>{{at(QDate(2026, 3, 1)), 2.0}, {at(QDate(2026, 3, 2)), 0.5}})); // mean seconds
        pane.findChild<QComboBox*>("trendsProviderMetric")->setCurrentIndex(1);
        QCOMPARE(points(pane.providerChart(), "ollama/llama3"),
                 (QList<QPointF>{{at(QDate(2026, 3, 2)), 0.25}})); // known cost only

        QVERIFY(pane.classifierChart()->title().contains(QStringLiteral("No classifier versions")));
        QVERIFY(runSql(m_db->connection(),
                       "INSERT INTO ml_model_performance (id, model_name, model_version, model_type, "
                       "accuracy, is_active) "
                       "VALUES (?, 'athanor-intent', 'v1', 'intent_classifier', 0.875, 1)",
                       {newUuid()})
                    .ok());
        pane.refresh();
        QVERIFY(pane.classifierChart()->title().contains(QStringLiteral("in use: v1")));
        auto* bars = qobject_cast<QBarSeries*>(pane.classifierChart()->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().first()->at(0), 87.5);
    }

    void demoDataIsKeptApart()
    {
        TrendsPane pane(m_db->database());
        pane.resize(780, 540);
        pane.show();
        QTest::mouseClick(pane.findChild<QPushButton*>("trendsDemo"), Qt::LeftButton);
        QVERIFY(pane.isShowingDemo());
        QVERIFY(pane.findChild<QLabel*>("trendsDemoBanner")->isVisible());
        QCOMPARE(pane.chosenTechniques().size(), 5);
        QCOMPARE(pane.trendChart()->series().size(), 5);
        QVERIFY(static_cast<QLineSeries*>(pane.trendChart()->series().first())->count() >=
                10); // 90 days by week
        // The user's database has its five enhancements, no more.
        auto count = runSql(m_db->connection(), "SELECT count(*) FROM prompt_history");
        QVERIFY(count && count->next());
        QCOMPARE(count->value(0).toInt(), 5);
        QTest::mouseClick(pane.findChild<QPushButton*>("trendsDemo"), Qt::LeftButton);
        QVERIFY(!pane.isShowingDemo());
        QVERIFY(!pane.findChild<QLabel*>("trendsDemoBanner")->isVisible());
    }
};

ATHANOR_TEST(TrendsPaneTest)
#include "tst_trendspane.moc"
