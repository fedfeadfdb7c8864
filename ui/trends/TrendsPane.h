#pragma once

#include "storage/AnalyticsRepository.h"

#include <QWidget>
#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace athanor {

class Database;
class ExperimentsView;
class RatingListModel;

// Ratings & Trends: how each technique does over time (success rate or average rating per day,
// week or month, for the techniques chosen), and the enhancements by intent and by complexity.
// Tooltips give exact values; the chart exports as PNG and its data as CSV.
class TrendsPane : public QWidget
{
    Q_OBJECT
public:
    explicit TrendsPane(std::shared_ptr<Database> database, QWidget* parent = nullptr);

    void setRange(const QDate& from, const QDate& to);
    // Reads the figures again (after ratings or enhancements elsewhere).
    void refresh();
    bool exportCsv(const QString& path) const;
    bool exportPng(const QString& path) const;
    QChart* trendChart() const;
    QChart* distributionChart() const;
    QChart* providerChart() const;
    QChart* classifierChart() const;
    QStringList chosenTechniques() const;
    RatingListModel* ratings() const { return m_ratings; }
    // Shows 90 days of synthetic history from a separate demo database (made afresh), or the
    // user's own data again.
    bool showDemo(bool demo);
    bool isShowingDemo() const { return m_shown != m_database; }

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuildTechniqueList();
    void drawTrend();
    void drawDistribution();
    void drawProviders();
    void drawClassifier();
    void exportDialog(bool png);
    bool averageRating() const;

    std::shared_ptr<Database> m_database;
    std::shared_ptr<Database> m_shown; // the user's database, or the demo one
    QList<AnalyticsRepository::Series> m_series;
    AnalyticsRepository::Distribution m_distribution;
    QList<AnalyticsRepository::ProviderSeries> m_providers;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_bucket;
    QComboBox* m_metric;
    QComboBox* m_breakdown;
    QListWidget* m_techniques;
    QChartView* m_trendView;
    QChartView* m_distributionView;
    QChartView* m_providerView;
    QChartView* m_classifierView;
    QComboBox* m_providerMetric;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QLabel* m_message;
    QLabel* m_demoBanner;
    RatingListModel* m_ratings;
    QTableView* m_ratingView;
    QPushButton* m_demo;
    ExperimentsView* m_experiments;
};

} // namespace athanor
