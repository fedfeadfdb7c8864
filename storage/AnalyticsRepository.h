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

    explicit AnalyticsRepository(std::shared_ptr<Database> database);

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
