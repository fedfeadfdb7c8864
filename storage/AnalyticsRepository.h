#pragma once

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

namespace athanor {

class Database;

// Daily technique analytics (technique_performance_analytics), as the design's
// update_technique_analytics: per technique and UTC day of the enhancements that applied it, the
// uses, distinct users, mean classifier confidence, mean rating and success rate (the share of
// ratings of 4 or more, among the rated enhancements), the complexity and top-level intent
// distributions, and the effectiveness trend (the success rate's change against the day before).
// A day is recomputed from prompt_history as a whole, so recomputing it gives the same rows.
class AnalyticsRepository
{
public:
    struct Day
    {
        QDate date;
        int uses = 0;
        std::optional<double> averageRating;
        std::optional<double> successRate;
        std::optional<double> trend;
    };
    struct TechniqueStats
    {
        QString code;
        QString name;
        int uses = 0;                        // over the range
        int ratings = 0;                     // rated enhancements over the range
        std::optional<double> averageRating; // over the range's rated enhancements
        std::optional<double> successRate;
        std::optional<double> trend; // the last day's change in the range, if any day had ratings
        QList<Day> daily;            // the days with uses, oldest first
    };

    enum class Bucket
    {
        Day,
        Week,
        Month
    }; // a week starts on Monday
    // One technique's figures in one bucket, straight from the enhancements.
    struct Point
    {
        QDate start;
        int uses = 0;
        int ratings = 0;
        int successes = 0;
        double ratingSum = 0;
        std::optional<double> averageRating() const
        {
            return ratings ? std::optional(ratingSum / ratings) : std::nullopt;
        }
        std::optional<double> successRate() const
        {
            return ratings ? std::optional(double(successes) / ratings) : std::nullopt;
        }
    };
    struct Series
    {
        QString code;
        QString name;
        int uses = 0;
        QList<Point> points; // oldest first, buckets with uses only
    };
    // Enhancements in [from, to] by top-level intent and by complexity, most first.
    struct Distribution
    {
        QList<QPair<QString, int>> byIntent;
        QList<QPair<int, int>> byComplexity;
    };

    // A provider and model's generations in one bucket: mean latency and total known cost.
    struct ProviderPoint
    {
        QDate start;
        int calls = 0;
        std::optional<double> meanLatencyMs;
        std::optional<double> costUsd; // none when no call had a known price
    };
    struct ProviderSeries
    {
        QString provider;
        QString model;
        QList<ProviderPoint> points;
    };

    explicit AnalyticsRepository(std::shared_ptr<Database> database);

    // Per provider and model with generations in [from, to] (prompt_metrics), oldest bucket first.
    Result<QList<ProviderSeries>> providers(const QDate& from, const QDate& to, Bucket bucket) const;

    // Every technique used in [from, to], most used first, in buckets of a day, a week or a month.
    Result<QList<Series>> series(const QDate& from, const QDate& to, Bucket bucket) const;
    Result<Distribution> distribution(const QDate& from, const QDate& to) const;

    // Recomputes one day's rows (and the next day's trend, which depends on it), in one transaction.
    Status updateDay(const QDate& day);
    // Brings the table up to date: the days with enhancements or ratings since the last update
    // (every day the first time). Returns how many days were recomputed.
    Result<int> update();
    // Per technique with uses in [from, to], most used first.
    Result<QList<TechniqueStats>> techniques(const QDate& from, const QDate& to) const;

private:
    Status updateTrend(const QDate& day);
    std::shared_ptr<Database> m_database;
};

} // namespace athanor
