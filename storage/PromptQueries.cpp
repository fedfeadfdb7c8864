#include "PromptQueries.h"

#include "Database.h"
#include "SqlHelpers.h"
#include "core/search/FtsQuery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace athanor {

PromptQueries::PromptQueries(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Result<QList<PromptSummary>> PromptQueries::page(const Filter& filter, qint64 beforeSeq, int limit) const
{
    QStringList where;
    QVariantList values;
    if (beforeSeq > 0) {
        where << QStringLiteral("p.seq < ?");
        values << beforeSeq;
    }
    if (!filter.tag.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM json_each(p.tags) WHERE json_each.value = ?)");
        values << filter.tag;
    }
    const QList<QPair<QString, QString>> equalities{{QStringLiteral("p.phase"), filter.phase},
                                                    {QStringLiteral("p.provider"), filter.provider},
                                                    {QStringLiteral("p.model"), filter.model}};
    for (const auto& [column, value] : equalities)
        if (!value.isEmpty()) {
            where << column + QStringLiteral(" = ?");
            values << value;
        }
    if (!filter.from.isEmpty()) {
        where << QStringLiteral("p.created_at >= ?");
        values << filter.from;
    }
    if (!filter.to.isEmpty()) {
        where << QStringLiteral("p.created_at < ?");
        values << filter.to;
    }
    if (filter.minRating > 0) {
        where << QStringLiteral("(SELECT avg(rating) FROM learning_feedback f WHERE f.prompt_id = p.id) >= ?");
        values << filter.minRating;
    }
    values << std::max(1, limit);
    auto query = runSql(m_database->connection(),
                        QStringLiteral("SELECT p.seq, p.id, substr(p.content, 1, 240), p.tags, p.phase, p.provider, "
                                       "p.model, (SELECT avg(rating) FROM learning_feedback f WHERE f.prompt_id = p.id), "
                                       "p.usage_count, p.created_at FROM prompts p %1 ORDER BY p.seq DESC LIMIT ?")
                            .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
                        values);
    if (!query)
        return query.error();
    QList<PromptSummary> rows;
    while (query->next()) {
        PromptSummary s;
        s.seq = query->value(0).toLongLong();
        s.id = query->value(1).toString();
        s.preview = query->value(2).toString();
        for (const QJsonValue& tag : QJsonDocument::fromJson(query->value(3).toByteArray()).array())
            s.tags << tag.toString();
        s.phase = query->value(4).toString();
        s.provider = query->value(5).toString();
        s.model = query->value(6).toString();
        if (!query->isNull(7))
            s.rating = query->value(7).toDouble();
        s.uses = query->value(8).toInt();
        s.createdAt = query->value(9).toString();
        rows << s;
    }
    return rows;
}

Result<QList<SearchHit>> PromptQueries::search(const QString& userQuery, int limit) const
{
    const QString match = toFtsQuery(userQuery);
    if (match.isEmpty())
        return QList<SearchHit>{};
    auto query = runSql(m_database->connection(),
                        QStringLiteral("SELECT p.id, bm25(prompts_fts), snippet(prompts_fts, 0, ?, ?, '…', 16), p.content "
                                       "FROM prompts_fts JOIN prompts p ON p.seq = prompts_fts.rowid "
                                       "WHERE prompts_fts MATCH ? ORDER BY bm25(prompts_fts) LIMIT ?"),
                        {QString(QChar(kSnippetOpen)), QString(QChar(kSnippetClose)), match, std::max(1, limit)});
    if (!query)
        return query.error();
    QList<SearchHit> hits;
    while (query->next())
        hits.append({query->value(0).toString(), -query->value(1).toDouble(), query->value(2).toString(),
                     query->value(3).toString()});
    return hits;
}

} // namespace athanor
