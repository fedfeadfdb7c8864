#include "TrendsPane.h"

#include "ExperimentsView.h"
#include "models/RatingListModel.h"
#include "storage/ClassifierRepository.h"
#include "storage/Database.h"
#include "ChartViews.h"
#include "storage/DemoHistory.h"
#include "storage/FeedbackRepository.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QScatterSeries>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace athanor {

namespace {

constexpr int kInitiallyChosen = 5;

QDateTime midnight(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

QDateTimeAxis* dateAxis(QChart* chart, const QDate& from, const QDate& to, bool monthly)
{
    auto* x = new QDateTimeAxis(chart);
    x->setFormat(monthly ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    x->setRange(midnight(from), midnight(to));
    x->setTickCount(6);
    return x;
}

// A chart with the combo box that chooses what it shows above it, on the right.
QWidget* withChoice(QComboBox* choice, QChartView* view, QWidget* parent)
{
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(choice);
    layout->addLayout(row);
    layout->addWidget(view, 1);
    return page;
}


} // namespace

TrendsPane::TrendsPane(std::shared_ptr<Database> database, QWidget* parent)
    : QWidget(parent), m_database(std::move(database)), m_shown(m_database)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_from = new QDateEdit(today.addDays(-89), this);
    m_from->setObjectName(QStringLiteral("trendsFrom"));
    m_from->setAccessibleName(tr("From date"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("trendsTo"));
    m_to->setAccessibleName(tr("To date"));
    m_to->setCalendarPopup(true);
    m_bucket = new QComboBox(this);
    m_bucket->setObjectName(QStringLiteral("trendsBucket"));
    m_bucket->addItems({tr("By day"), tr("By week"), tr("By month")});
    m_bucket->setCurrentIndex(1);
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("trendsMetric"));
    m_metric->addItems({tr("Success rate"), tr("Average rating")});
    m_metric->setToolTip(tr("Success: a rating of 4 or 5 stars"));
    m_breakdown = new QComboBox(this);
    m_breakdown->setObjectName(QStringLiteral("trendsBreakdown"));
    m_breakdown->addItems({tr("Enhancements by intent"), tr("Enhancements by complexity")});
    auto* png = new QPushButton(tr("Export chart…"), this);
    png->setObjectName(QStringLiteral("trendsExportPng"));
    png->setToolTip(tr("Save the trend chart as a PNG image"));
    auto* csv = new QPushButton(tr("Export data…"), this);
    csv->setObjectName(QStringLiteral("trendsExportCsv"));
    csv->setToolTip(tr("Save the figures behind the chart as CSV"));

    m_techniques = new QListWidget(this);
    m_techniques->setObjectName(QStringLiteral("trendsTechniques"));
    m_techniques->setAccessibleName(tr("Techniques shown"));
    m_techniques->setMaximumWidth(230);
    m_trendView = makeChartView("trendChart", this);
    m_distributionView = makeChartView("distributionChart", this);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("trendsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("trendsMessage"));
    m_message->setWordWrap(true);
    m_demo = new QPushButton(tr("Demo data"), this);
    m_demo->setObjectName(QStringLiteral("trendsDemo"));
    m_demo->setCheckable(true);
    m_demo->setToolTip(
        tr("Show 90 days of synthetic history from a separate demo database; your data is not touched"));
    m_demoBanner = new QLabel(tr("Demo data: synthetic history in a separate database, not yours. Press Demo "
                                 "data again for your own."),
                              this);
    m_demoBanner->setObjectName(QStringLiteral("trendsDemoBanner"));
    m_demoBanner->setStyleSheet(
        QStringLiteral("background: #fff4ce; color: #5c4400; padding: 4px; border-radius: 3px"));
    m_demoBanner->hide();

    // Below the trend: the breakdown, the ratings list, the providers and the classifier, one tab
    // each; a chart's own choice sits above it, to keep the row of controls short.
    QWidget* breakdown = withChoice(m_breakdown, m_distributionView, this);
    m_ratings = new RatingListModel(this);
    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_ratings);
    sorted->setSortRole(RatingListModel::SortRole);
    m_ratingView = new QTableView(this);
    m_ratingView->setObjectName(QStringLiteral("trendsRatings"));
    m_ratingView->setAccessibleName(tr("Ratings in the range"));
    m_ratingView->setModel(sorted);
    m_ratingView->setSortingEnabled(true);
    m_ratingView->sortByColumn(RatingListModel::When, Qt::DescendingOrder);
    m_ratingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ratingView->setWordWrap(false);
    m_ratingView->verticalHeader()->hide();
    m_ratingView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ratingView->horizontalHeader()->setStretchLastSection(true);
    m_providerView = makeChartView("providerChart", this);
    m_providerMetric = new QComboBox(this);
    m_providerMetric->setObjectName(QStringLiteral("trendsProviderMetric"));
    m_providerMetric->addItems({tr("Mean latency"), tr("Cost")});
    QWidget* providers = withChoice(m_providerMetric, m_providerView, this);
    m_classifierView = makeChartView("classifierChart", this);
    auto* lower = new QTabWidget(this);
    lower->setObjectName(QStringLiteral("trendsLowerTabs"));
    lower->addTab(breakdown, tr("Breakdown"));
    lower->addTab(m_ratingView, tr("Ratings"));
    lower->addTab(providers, tr("Providers"));
    lower->addTab(m_classifierView, tr("Classifier"));
    lower->addTab(m_experiments = new ExperimentsView(m_shown, this), tr("Experiments"));
    // Without history the empty state takes the trend chart's place; the tabs below stay.
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_trendView);
    m_stack->addWidget(m_empty);
    auto* charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(m_stack);
    charts->addWidget(lower);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    charts->setSizes({420, 260});
    auto* content = new QSplitter(Qt::Horizontal, this);
    content->addWidget(m_techniques);
    content->addWidget(charts);
    content->setStretchFactor(1, 1);
    content->setSizes({200, 800});

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("From"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_to);
    controls->addWidget(m_bucket);
    controls->addWidget(m_metric);
    controls->addStretch(1);
    controls->addWidget(m_demo);
    controls->addWidget(png);
    controls->addWidget(csv);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_demoBanner);
    layout->addWidget(content, 1);
    layout->addWidget(m_message);

    connect(m_from, &QDateEdit::dateChanged, this, &TrendsPane::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &TrendsPane::refresh);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, &TrendsPane::refresh);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &TrendsPane::drawTrend);
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, &TrendsPane::drawDistribution);
    connect(m_providerMetric, &QComboBox::currentIndexChanged, this, &TrendsPane::drawProviders);
    connect(m_techniques, &QListWidget::itemChanged, this, &TrendsPane::drawTrend);
    connect(m_demo, &QPushButton::toggled, this, [this](bool on) { showDemo(on); });
    connect(png, &QPushButton::clicked, this, [this] { exportDialog(true); });
    connect(csv, &QPushButton::clicked, this, [this] { exportDialog(false); });
}

void TrendsPane::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        const QList<QChartView*> views = findChildren<QChartView*>();
        for (QChartView* view : views)
            matchChartTheme(view->chart(), palette());
    }
}

void TrendsPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void TrendsPane::setRange(const QDate& from, const QDate& to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void TrendsPane::refresh()
{
    m_experiments->setDatabase(m_shown); // the demo database's experiments with the demo data
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    AnalyticsRepository analytics(m_shown);
    const auto bucket = AnalyticsRepository::Bucket(m_bucket->currentIndex());
    auto series = analytics.series(from, to, bucket);
    auto distribution = analytics.distribution(from, to);
    if (!series || !distribution) {
        m_message->setText((series ? distribution.error() : series.error()).message());
        return;
    }
    auto providers = analytics.providers(from, to, bucket);
    if (!providers) {
        m_message->setText(providers.error().message());
        return;
    }
    m_providers = *providers;
    auto given = FeedbackRepository(m_shown).given(from, to);
    if (!given) {
        m_message->setText(given.error().message());
        return;
    }
    m_ratings->setRatings(*given);
    m_message->clear();
    m_series = *series;
    m_distribution = *distribution;
    if (m_series.isEmpty()) {
        m_empty->setText(
            tr("No enhancements between %1 and %2.\n\nEnhance prompts in the Composer and rate the results "
               "(or rate them with athanor-cli rate): each technique's success rate and average rating then "
               "appear here over time.")
                .arg(QLocale().toString(from, QLocale::ShortFormat),
                     QLocale().toString(to, QLocale::ShortFormat)));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentIndex(0);
    }
    rebuildTechniqueList();
    drawTrend();
    drawDistribution();
    drawProviders();
    drawClassifier();
}

void TrendsPane::rebuildTechniqueList()
{
    QStringList chosen = chosenTechniques();
    const bool first = m_techniques->count() == 0;
    const QSignalBlocker blocker(m_techniques);
    m_techniques->clear();
    for (const AnalyticsRepository::Series& s : std::as_const(m_series)) {
        auto* item = new QListWidgetItem(s.uses == 1 ? tr("%1 (1 use)").arg(s.name)
                                                     : tr("%1 (%2 uses)").arg(s.name).arg(s.uses),
                                         m_techniques);
        item->setData(Qt::UserRole, s.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        const bool on =
            first || chosen.isEmpty() ? m_techniques->count() <= kInitiallyChosen : chosen.contains(s.code);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList TrendsPane::chosenTechniques() const
{
    QStringList codes;
    for (int row = 0; row < m_techniques->count(); ++row)
        if (m_techniques->item(row)->checkState() == Qt::Checked)
            codes << m_techniques->item(row)->data(Qt::UserRole).toString();
    return codes;
}

bool TrendsPane::averageRating() const
{
    return m_metric->currentIndex() == 1;
}

QChart* TrendsPane::trendChart() const
{
    return m_trendView->chart();
}

QChart* TrendsPane::distributionChart() const
{
    return m_distributionView->chart();
}

QChart* TrendsPane::providerChart() const
{
    return m_providerView->chart();
}

QChart* TrendsPane::classifierChart() const
{
    return m_classifierView->chart();
}

void TrendsPane::drawTrend()
{
    QChart* chart = m_trendView->chart();
    clearChart(chart);
    const bool rating = averageRating();
    chart->setTitle(rating ? tr("Average rating per technique")
                           : tr("Success rate per technique (ratings of 4 or 5)"));
    auto* x = dateAxis(chart, m_from->date(), m_to->date(), m_bucket->currentIndex() == 2);
    auto* y = new QValueAxis(chart);
    y->setRange(rating ? 1 : 0, rating ? 5 : 100);
    y->setLabelFormat(rating ? QStringLiteral("%.1f") : QStringLiteral("%d%%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const QStringList chosen = chosenTechniques();
    for (const AnalyticsRepository::Series& s : std::as_const(m_series)) {
        if (!chosen.contains(s.code))
            continue;
        auto* line = new QLineSeries(chart);
        line->setName(s.name);
        line->setPointsVisible(true);
        for (const AnalyticsRepository::Point& p : s.points) {
            const std::optional<double> value = rating ? p.averageRating() : p.successRate();
            if (value) // a bucket without ratings has no rate: no point, not a zero
                line->append(double(midnight(p.start).toMSecsSinceEpoch()), rating ? *value : *value * 100);
        }
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        const QString name = s.name;
        const QList<AnalyticsRepository::Point> points = s.points;
        connect(line, &QLineSeries::hovered, this, [name, points, rating](const QPointF& at, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            // The exact figures of the nearest bucket.
            const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(at.x()), Qt::UTC).date();
            const AnalyticsRepository::Point* best = nullptr;
            for (const AnalyticsRepository::Point& p : points)
                if (!best || std::abs(p.start.daysTo(day)) < std::abs(best->start.daysTo(day)))
                    best = &p;
            if (!best)
                return;
            QToolTip::showText(
                QCursor::pos(),
                tr("%1, from %2\n%3 uses, %4 ratings\nsuccess rate %5, average rating %6")
                    .arg(name, QLocale().toString(best->start, QLocale::ShortFormat))
                    .arg(best->uses)
                    .arg(best->ratings)
                    .arg(best->successRate()
                             ? QString::number(*best->successRate() * 100, 'f', 1) + QLatin1Char('%')
                             : tr("none"))
                    .arg(best->averageRating() ? QString::number(*best->averageRating(), 'f', 2)
                                               : tr("none")));
        });
    }
}

void TrendsPane::drawDistribution()
{
    QChart* chart = m_distributionView->chart();
    clearChart(chart);
    const bool byIntent = m_breakdown->currentIndex() == 0;
    chart->setTitle(byIntent ? tr("Enhancements by intent") : tr("Enhancements by complexity"));
    auto* set = new QBarSet(tr("Enhancements"), chart);
    QStringList categories;
    int top = 0;
    if (byIntent) {
        for (const auto& [intent, count] : std::as_const(m_distribution.byIntent)) {
            categories << intent;
            *set << count;
            top = std::max(top, count);
        }
    } else {
        for (const auto& [complexity, count] : std::as_const(m_distribution.byComplexity)) {
            categories << QString::number(complexity);
            *set << count;
            top = std::max(top, count);
        }
    }
    auto* bars = new QBarSeries(chart);
    bars->append(set);
    chart->addSeries(bars);
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    auto* y = new QValueAxis(chart);
    // Whole numbers only: a tick every `step` enhancements.
    const int step = std::max(1, (top + 4) / 5);
    y->setRange(0, std::max(step, (top + step - 1) / step * step));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    chart->legend()->hide();
    connect(set, &QBarSet::hovered, this, [set, categories](bool state, int index) {
        if (state && index >= 0 && index < categories.size())
            QToolTip::showText(QCursor::pos(),
                               tr("%1: %2 enhancements").arg(categories[index]).arg(set->at(index)));
        else
            QToolTip::hideText();
    });
}

void TrendsPane::drawProviders()
{
    QChart* chart = m_providerView->chart();
    clearChart(chart);
    const bool cost = m_providerMetric->currentIndex() == 1;
    chart->setTitle(m_providers.isEmpty()
                        ? tr("No generations through a provider in this range (the Playground and "
                             "athanor-cli generate record them)")
                    : cost ? tr("Cost per provider and model (US dollars, known prices only)")
                           : tr("Mean latency per provider and model (seconds)"));
    auto* x = dateAxis(chart, m_from->date(), m_to->date(), m_bucket->currentIndex() == 2);
    auto* y = new QValueAxis(chart);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double top = 0;
    for (const AnalyticsRepository::ProviderSeries& s : std::as_const(m_providers)) {
        auto* line = new QLineSeries(chart);
        line->setName(s.model.isEmpty() ? s.provider : s.provider + QLatin1Char('/') + s.model);
        line->setPointsVisible(true);
        for (const AnalyticsRepository::ProviderPoint& p : s.points) {
            const std::optional<double> value =
                cost ? p.costUsd : (p.meanLatencyMs ? std::optional(*p.meanLatencyMs / 1000) : std::nullopt);
            if (!value)
                continue;
            line->append(double(midnight(p.start).toMSecsSinceEpoch()), *value);
            top = std::max(top, *value);
        }
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        connect(line, &QLineSeries::hovered, this, [line, cost](const QPointF& at, bool state) {
            if (state)
                QToolTip::showText(
                    QCursor::pos(),
                    tr("%1: %2").arg(line->name(),
                                     cost ? QStringLiteral("$") + QString::number(at.y(), 'f', 4)
                                          : QString::number(at.y(), 'f', 2) + QStringLiteral(" s")));
            else
                QToolTip::hideText();
        });
    }
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->setLabelFormat(cost ? QStringLiteral("$%.3f") : QStringLiteral("%.1f s"));
}

void TrendsPane::drawClassifier()
{
    QChart* chart = m_classifierView->chart();
    clearChart(chart);
    auto versions = ClassifierRepository(m_shown).versions();
    if (!versions || versions->isEmpty()) {
        chart->setTitle(tr("No classifier versions yet: correct detected intents (Composer ▸ Correct "
                           "intent…) to train one"));
        return;
    }
    QString active = tr("the shipped examples");
    auto* set = new QBarSet(tr("Accuracy on held-out prompts (%)"), chart);
    QStringList categories;
    for (const ClassifierRepository::Version& v : *versions) {
        categories << v.version;
        *set << v.accuracy * 100;
        if (v.active)
            active = v.version;
    }
    chart->setTitle(tr("Intent classifier accuracy per version (in use: %1)").arg(active));
    auto* bars = new QBarSeries(chart);
    bars->append(set);
    chart->addSeries(bars);
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    auto* y = new QValueAxis(chart);
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
}

bool TrendsPane::exportCsv(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    QByteArray csv = "technique,bucket_start,uses,ratings,successes,success_rate,average_rating\n";
    const QStringList chosen = chosenTechniques();
    for (const AnalyticsRepository::Series& s : m_series) {
        if (!chosen.contains(s.code))
            continue;
        for (const AnalyticsRepository::Point& p : s.points)
            csv += s.code.toUtf8() + ',' + p.start.toString(Qt::ISODate).toUtf8() + ',' +
                   QByteArray::number(p.uses) + ',' + QByteArray::number(p.ratings) + ',' +
                   QByteArray::number(p.successes) + ',' +
                   (p.successRate() ? QByteArray::number(*p.successRate(), 'f', 4) : QByteArray()) + ',' +
                   (p.averageRating() ? QByteArray::number(*p.averageRating(), 'f', 4) : QByteArray()) + '\n';
    }
    return file.write(csv) == csv.size() && file.commit();
}

bool TrendsPane::exportPng(const QString& path) const
{
    return m_trendView->grab().save(path, "PNG");
}

void TrendsPane::exportDialog(bool png)
{
    const QString path =
        QFileDialog::getSaveFileName(this, png ? tr("Export chart") : tr("Export data"),
                                     png ? QStringLiteral("trends.png") : QStringLiteral("trends.csv"),
                                     png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const bool ok = png ? exportPng(path) : exportCsv(path);
    m_message->setText(ok ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                          : tr("Could not write %1: check the folder and the free space.")
                                .arg(QDir::toNativeSeparators(path)));
}

bool TrendsPane::showDemo(bool demo)
{
    const QSignalBlocker blocker(m_demo);
    if (!demo) {
        m_shown = m_database;
        m_techniques->clear();
        m_demo->setChecked(false);
        m_demoBanner->hide();
        refresh();
        return true;
    }
    // A fresh demo database beside the user's data, never inside it.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = dir + QStringLiteral("/demo.db");
    QDir().mkpath(dir);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto demoDatabase = Database::open(path);
    Status generated = demoDatabase ? generateDemoHistory(*demoDatabase, 90) : Status(demoDatabase.error());
    if (!generated) {
        m_message->setText(tr("The demo data could not be made: %1").arg(generated.error().message()));
        m_demo->setChecked(false);
        return false;
    }
    m_shown = *demoDatabase;
    m_techniques->clear(); // the demo's most used techniques, not the ones chosen before
    m_demo->setChecked(true);
    m_demoBanner->show();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    setRange(today.addDays(-89), today);
    return true;
}

} // namespace athanor
