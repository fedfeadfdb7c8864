#include "AnalyticsRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace athanor {

namespace {

const QString kUpdatedKey = QStringLiteral("analytics_updated_at");

QString iso(const QDate& day)
{
    return day.toString(Qt::ISODate);
}

std::optional<double> optionalDouble(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

} // namespace

AnalyticsRepository::AnalyticsRepository(std::shared_ptr<Database> database) : m_database(std::move(database))
{
}

Status AnalyticsRepository::updateDay(const QDate& day)
{
    if (!day.isValid())
        return Error::usage(QCoreApplication::translate("athanor::AnalyticsRepository", "not a date"));
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();
    auto removed = runSql(
        db, QStringLiteral("DELETE FROM technique_performance_analytics WHERE date_bucket = ?"), {iso(day)});
    if (!removed)
        return removed.error();
    // One row per technique used that day; the distributions are counted in subqueries because
    // SQLite has no FILTER on json_group_object over a GROUP BY of another column.
    auto inserted = runSql(
        db,
        QStringLiteral(
            "WITH uses AS (SELECT j.value AS technique_id, ph.* FROM prompt_history ph, "
            "json_each(ph.techniques_applied) j "
            "              WHERE date(ph.created_at) = ? AND j.value IN (SELECT id FROM techniques)) "
            "INSERT INTO technique_performance_analytics (technique_id, date_bucket, total_uses, "
            "unique_users, avg_confidence, "
            "  avg_rating, success_rate, complexity_distribution, intent_distribution) "
            "SELECT u.technique_id, ?, count(*), count(DISTINCT u.user_id), avg(u.model_confidence), "
            "avg(u.user_rating), "
            "  avg(CASE WHEN u.user_rating IS NULL THEN NULL WHEN u.user_rating >= 4 THEN 1.0 ELSE 0.0 END), "
            "  (SELECT json_group_object(c, n) FROM (SELECT CAST(detected_complexity AS TEXT) AS c, count(*) "
            "AS n FROM uses "
            "     WHERE technique_id = u.technique_id AND detected_complexity IS NOT NULL GROUP BY c ORDER "
            "BY c)), "
            "  (SELECT json_group_object(i, n) FROM (SELECT substr(detected_intent_path, 1, "
            "       CASE instr(detected_intent_path, '.') WHEN 0 THEN length(detected_intent_path) "
            "       ELSE instr(detected_intent_path, '.') - 1 END) AS i, count(*) AS n FROM uses "
            "     WHERE technique_id = u.technique_id AND detected_intent_path IS NOT NULL GROUP BY i ORDER "
            "BY i)) "
            "FROM uses u GROUP BY u.technique_id"),
        {iso(day), iso(day)});
    if (!inserted)
        return inserted.error();
    if (Status trend = updateTrend(day); !trend)
        return trend;
    if (Status next = updateTrend(day.addDays(1)); !next)
        return next;
    return transaction.commit();
}

Status AnalyticsRepository::updateTrend(const QDate& day)
{
    // The change against the day before; 0 when the day before has no success rate to compare.
    auto updated = runSql(
        m_database->connection(),
        QStringLiteral("UPDATE technique_performance_analytics AS t SET effectiveness_trend = "
                       "CASE WHEN t.success_rate IS NULL THEN NULL ELSE t.success_rate - coalesce("
                       "(SELECT p.success_rate FROM technique_performance_analytics p "
                       " WHERE p.technique_id = t.technique_id AND p.date_bucket = ?), t.success_rate) END "
                       "WHERE t.date_bucket = ?"),
        {iso(day.addDays(-1)), iso(day)});
    if (!updated)
        return updated.error();
    return {};
}

Result<int> AnalyticsRepository::update()
{
    QSqlDatabase db = m_database->connection();
    auto since = runSql(db, QStringLiteral("SELECT value FROM app_meta WHERE key = ?"), {kUpdatedKey});
    if (!since)
        return since.error();
    const QString last = since->next() ? since->value(0).toString() : QStringLiteral("0");
    auto now = runSql(db, QStringLiteral("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"));
    if (!now || !now->next())
        return now ? Error::data(QCoreApplication::translate("athanor::AnalyticsRepository", "no time"))
                   : now.error();
    const QString stamp = now->value(0).toString();
    // The days whose rows may have changed: enhancements made, or rated, since the last update
    // (at or after its time stamp: a rating in the same millisecond is counted again, not lost).
    auto days =
        runSql(db,
               QStringLiteral("SELECT date(created_at) FROM prompt_history WHERE created_at >= ? "
                              "UNION SELECT date(ph.created_at) FROM learning_feedback lf "
                              "JOIN prompt_history ph ON ph.id = json_extract(lf.context, '$.history_id') "
                              "WHERE lf.created_at >= ? ORDER BY 1"),
               {last, last});
    if (!days)
        return days.error();
    QList<QDate> dirty;
    while (days->next())
        dirty << QDate::fromString(days->value(0).toString(), Qt::ISODate);
    for (const QDate& day : std::as_const(dirty))
        if (Status s = updateDay(day); !s)
            return s.error();
    auto stored = runSql(db,
                         QStringLiteral("INSERT INTO app_meta(key, value) VALUES (?, ?) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                         {kUpdatedKey, stamp});
    if (!stored)
        return stored.error();
    return int(dirty.size());
}

Result<QList<AnalyticsRepository::TechniqueStats>> AnalyticsRepository::techniques(const QDate& from,
                                                                                   const QDate& to) const
{
    QSqlDatabase db = m_database->connection();
    // Totals straight from the enhancements (a mean of daily means would weigh days, not ratings).
    auto totals = runSql(
        db,
        QStringLiteral(
            "SELECT t.code, t.name, count(*), count(ph.user_rating), avg(ph.user_rating), "
            "avg(CASE WHEN ph.user_rating IS NULL THEN NULL WHEN ph.user_rating >= 4 THEN 1.0 ELSE 0.0 END) "
            "FROM prompt_history ph, json_each(ph.techniques_applied) j JOIN techniques t ON t.id = j.value "
            "WHERE date(ph.created_at) BETWEEN ? AND ? GROUP BY t.id ORDER BY count(*) DESC, t.code"),
        {iso(from), iso(to)});
    if (!totals)
        return totals.error();
    QList<TechniqueStats> stats;
    QHash<QString, qsizetype> byCode;
    while (totals->next()) {
        TechniqueStats s;
        s.code = totals->value(0).toString();
        s.name = totals->value(1).toString();
        s.uses = totals->value(2).toInt();
        s.ratings = totals->value(3).toInt();
        s.averageRating = optionalDouble(totals->value(4));
        s.successRate = optionalDouble(totals->value(5));
        byCode.insert(s.code, stats.size());
        stats << s;
    }
    auto daily = runSql(
        db,
        QStringLiteral(
            "SELECT t.code, a.date_bucket, a.total_uses, a.avg_rating, a.success_rate, a.effectiveness_trend "
            "FROM technique_performance_analytics a JOIN techniques t ON t.id = a.technique_id "
            "WHERE a.date_bucket BETWEEN ? AND ? ORDER BY a.date_bucket"),
        {iso(from), iso(to)});
    if (!daily)
        return daily.error();
    while (daily->next()) {
        const auto found = byCode.constFind(daily->value(0).toString());
        if (found == byCode.constEnd())
            continue;
        TechniqueStats& s = stats[*found];
        Day day{QDate::fromString(daily->value(1).toString(), Qt::ISODate), daily->value(2).toInt(),
                optionalDouble(daily->value(3)), optionalDouble(daily->value(4)),
                optionalDouble(daily->value(5))};
        if (day.trend)
            s.trend = day.trend;
        s.daily << day;
    }
    return stats;
}

Result<QList<AnalyticsRepository::Series>> AnalyticsRepository::series(const QDate& from, const QDate& to,
                                                                       Bucket bucket) const
{
    const QString start = bucket == Bucket::Day ? QStringLiteral("date(ph.created_at)")
                          : bucket == Bucket::Week
                              ? QStringLiteral("date(ph.created_at, '-6 days', 'weekday 1')")
                              : QStringLiteral("strftime('%Y-%m-01', ph.created_at)");
    auto rows = runSql(
        m_database->connection(),
        QStringLiteral(
            "SELECT t.code, t.name, %1 AS bucket, count(*), count(ph.user_rating), "
            "sum(CASE WHEN ph.user_rating >= 4 THEN 1 ELSE 0 END), coalesce(sum(ph.user_rating), 0) "
            "FROM prompt_history ph, json_each(ph.techniques_applied) j JOIN techniques t ON t.id = j.value "
            "WHERE date(ph.created_at) BETWEEN ? AND ? GROUP BY t.id, bucket ORDER BY bucket")
            .arg(start),
        {iso(from), iso(to)});
    if (!rows)
        return rows.error();
    QList<Series> all;
    QHash<QString, qsizetype> byCode;
    while (rows->next()) {
        const QString code = rows->value(0).toString();
        auto found = byCode.constFind(code);
        if (found == byCode.constEnd()) {
            found = byCode.insert(code, all.size());
            all.append(Series{code, rows->value(1).toString(), 0, {}});
        }
        Series& s = all[*found];
        const Point point{QDate::fromString(rows->value(2).toString(), Qt::ISODate), rows->value(3).toInt(),
                          rows->value(4).toInt(), rows->value(5).toInt(), rows->value(6).toDouble()};
        s.uses += point.uses;
        s.points << point;
    }
    std::stable_sort(all.begin(), all.end(), [](const Series& a, const Series& b) {
        return a.uses != b.uses ? a.uses > b.uses : a.code < b.code;
    });
    return all;
}

Result<AnalyticsRepository::Distribution> AnalyticsRepository::distribution(const QDate& from,
                                                                            const QDate& to) const
{
    QSqlDatabase db = m_database->connection();
    Distribution d;
    auto intents = runSql(
        db,
        QStringLiteral(
            "SELECT CASE instr(detected_intent_path, '.') WHEN 0 THEN detected_intent_path "
            "ELSE substr(detected_intent_path, 1, instr(detected_intent_path, '.') - 1) END AS top, count(*) "
            "FROM prompt_history WHERE detected_intent_path IS NOT NULL AND date(created_at) BETWEEN ? AND ? "
            "GROUP BY top ORDER BY count(*) DESC, top"),
        {iso(from), iso(to)});
    if (!intents)
        return intents.error();
    while (intents->next())
        d.byIntent.append({intents->value(0).toString(), intents->value(1).toInt()});
    auto complexity = runSql(
        db,
        QStringLiteral(
            "SELECT detected_complexity, count(*) FROM prompt_history WHERE detected_complexity IS NOT NULL "
            "AND date(created_at) BETWEEN ? AND ? GROUP BY detected_complexity ORDER BY detected_complexity"),
        {iso(from), iso(to)});
    if (!complexity)
        return complexity.error();
    while (complexity->next())
        d.byComplexity.append({complexity->value(0).toInt(), complexity->value(1).toInt()});
    return d;
}

Result<QList<AnalyticsRepository::ProviderSeries>>
AnalyticsRepository::providers(const QDate& from, const QDate& to, Bucket bucket) const
{
    const QString start = bucket == Bucket::Day ? QStringLiteral("date(m.created_at)")
                          : bucket == Bucket::Week
                              ? QStringLiteral("date(m.created_at, '-6 days', 'weekday 1')")
                              : QStringLiteral("strftime('%Y-%m-01', m.created_at)");
    auto rows =
        runSql(m_database->connection(),
               QStringLiteral("SELECT p.provider, coalesce(p.model, ''), %1 AS bucket, "
                              "count(DISTINCT CASE WHEN m.metric_type = 'time' THEN m.prompt_id END), "
                              "avg(CASE WHEN m.metric_type = 'time' THEN m.response_time END), "
                              "sum(CASE WHEN m.metric_type = 'cost' THEN m.cost_usd END) "
                              "FROM prompt_metrics m JOIN prompts p ON p.id = m.prompt_id "
                              "WHERE p.provider IS NOT NULL AND date(m.created_at) BETWEEN ? AND ? "
                              "GROUP BY p.provider, p.model, bucket ORDER BY p.provider, p.model, bucket")
                   .arg(start),
               {iso(from), iso(to)});
    if (!rows)
        return rows.error();
    QList<ProviderSeries> all;
    while (rows->next()) {
        const QString provider = rows->value(0).toString();
        const QString model = rows->value(1).toString();
        if (all.isEmpty() || all.last().provider != provider || all.last().model != model)
            all.append(ProviderSeries{provider, model, {}});
        all.last().points << ProviderPoint{QDate::fromString(rows->value(2).toString(), Qt::ISODate),
                                           rows->value(3).toInt(), optionalDouble(rows->value(4)),
                                           optionalDouble(rows->value(5))};
    }
    return all;
}

} // namespace athanor
