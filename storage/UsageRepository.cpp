#include "UsageRepository.h"

#include "Database.h"
#include "LearningRepository.h"
#include "SqlHelpers.h"
#include "core/Ids.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace athanor {

namespace {

// The counts of one prompt's events by kind, with its title and state, over `where` on usage_analytics u.
QString summarySql(const QString& where)
{
    return QStringLiteral(
               "SELECT p.id, coalesce(nullif(p.title, ''), substr(p.content, 1, 120)), "
               "sum(u.kind = 'generated'), sum(u.kind = 'selected'), sum(u.kind = 'used'), "
               "sum(u.kind = 'rated'), avg(CASE WHEN u.kind = 'rated' THEN u.effectiveness_score END), "
               "p.last_used_at, p.relevance_score, count(u.id) AS events "
               "FROM prompts p LEFT JOIN usage_analytics u ON u.prompt_id = p.id %1 GROUP BY p.id")
        .arg(where);
}

UsageRepository::Summary summaryFrom(const QSqlQuery& row)
{
    UsageRepository::Summary s;
    s.promptId = row.value(0).toString();
    s.title = row.value(1).toString().section(QLatin1Char('\n'), 0, 0).trimmed();
    s.generated = row.value(2).toInt();
    s.selected = row.value(3).toInt();
    s.used = row.value(4).toInt();
    s.rated = row.value(5).toInt();
    if (!row.value(6).isNull())
        s.effectiveness = row.value(6).toDouble();
    s.lastUsedAt = row.value(7).toString();
    s.relevance = row.value(8).toDouble();
    return s;
}

} // namespace

QString UsageRepository::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Generated:
        return QStringLiteral("generated");
    case Kind::Selected:
        return QStringLiteral("selected");
    case Kind::Used:
        return QStringLiteral("used");
    case Kind::Rated:
        return QStringLiteral("rated");
    }
    return {};
}

UsageRepository::UsageRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Status UsageRepository::record(const Event& event)
{
    QSqlDatabase db = m_database->connection();
    auto exists = runSql(db, QStringLiteral("SELECT 1 FROM prompts WHERE id = ?"), {event.promptId});
    if (!exists)
        return exists.error();
    if (!exists->next())
        return Error::data(QCoreApplication::translate("athanor::UsageRepository", "no prompt with id %1")
                               .arg(event.promptId),
                           m_database->path());
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    if (Status recorded = recordIn(db, event); !recorded)
        return recorded;
    return transaction.commit();
}

Status UsageRepository::recordIn(const QSqlDatabase& db, const Event& event)
{
    const bool generated = event.kind == Kind::Generated;
    auto inserted = runSql(
        db,
        QStringLiteral(
            "INSERT INTO usage_analytics (id, prompt_id, kind, used_in_generation, generated_prompt_id, "
            "usage_context, effectiveness_score) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {newUuid(), event.promptId, kindName(event.kind), generated ? 1 : 0,
         generated ? nullIfEmpty(event.generatedId) : QVariant(), nullIfEmpty(event.context),
         event.effectiveness ? QVariant(std::clamp(*event.effectiveness, 0.0, 1.0)) : QVariant()});
    if (!inserted)
        return inserted.error();
    // The counters the library sorts by and relevance is computed from.
    QString counter;
    if (event.kind == Kind::Used)
        counter = QStringLiteral(
            "usage_count = usage_count + 1, last_used_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')");
    else if (generated)
        counter = QStringLiteral("generation_count = generation_count + 1");
    if (counter.isEmpty())
        return {};
    auto counted =
        runSql(db,
               QStringLiteral("UPDATE prompts SET %1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                              "WHERE id = ?")
                   .arg(counter),
               {event.promptId});
    if (!counted)
        return counted.error();
    return LearningRepository::refreshRelevance(db, event.promptId);
}

Result<UsageRepository::Summary> UsageRepository::summary(const QString& promptId) const
{
    auto row = runSql(m_database->connection(), summarySql(QStringLiteral("WHERE p.id = ?")), {promptId});
    if (!row)
        return row.error();
    if (!row->next())
        return Error::data(
            QCoreApplication::translate("athanor::UsageRepository", "no prompt with id %1").arg(promptId),
            m_database->path());
    return summaryFrom(*row);
}

Result<QList<UsageRepository::Summary>> UsageRepository::busiest(const QDate& from, const QDate& to,
                                                                 int limit) const
{
    // Only prompts with events in the range; the join condition keeps the counts to those days.
    const QString sql = summarySql(QStringLiteral("WHERE u.created_at >= ? AND u.created_at < ?")) +
                        QStringLiteral(" ORDER BY events DESC, max(u.created_at) DESC LIMIT ?");
    auto rows = runSql(m_database->connection(), sql,
                       {from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate), std::max(1, limit)});
    if (!rows)
        return rows.error();
    QList<Summary> summaries;
    while (rows->next())
        summaries.append(summaryFrom(*rows));
    return summaries;
}

} // namespace athanor
