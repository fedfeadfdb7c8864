#include "PromptQueries.h"

#include "Database.h"
#include "SqlHelpers.h"
#include "core/search/FtsQuery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace athanor {

PromptQueries::PromptQueries(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Result<QList<PromptSummary>> PromptQueries::page(const Filter& filter, qint64 beforeSeq, int limit) const
{
    return page(filter, Sort::Newest, Cursor{beforeSeq, 0}, limit);
}

Result<QList<PromptSummary>> PromptQueries::page(const Filter& filter, Sort sort, const Cursor& cursor, int limit) const
{
    QStringList where;
    QVariantList values;
    // t.seq is p.seq; ordering by and bounding the index's own column lets the walk stop after
    // `limit` rows.
    const QString seqColumn = filter.tag.isEmpty() ? QStringLiteral("p.seq") : QStringLiteral("t.seq");
    // Row values compare (key, seq) pairs so that the page continues exactly after the cursor.
    if (cursor.seq > 0) {
        switch (sort) {
        case Sort::Newest:
            where << seqColumn + QStringLiteral(" < ?");
            values << cursor.seq;
            break;
        case Sort::Oldest:
            where << seqColumn + QStringLiteral(" > ?");
            values << cursor.seq;
            break;
        case Sort::MostUsed:
            where << QStringLiteral("(p.usage_count, p.seq) < (?, ?)");
            values << cursor.uses << cursor.seq;
            break;
        case Sort::LeastUsed:
            where << QStringLiteral("(p.usage_count, p.seq) > (?, ?)");
            values << cursor.uses << cursor.seq;
            break;
        }
    }
    // With a tag, the walk starts from prompt_tags' (tag, seq) index: CROSS JOIN keeps SQLite
    // from scanning every prompt for a rare tag (see migration 0005).
    QString from = QStringLiteral("prompts p");
    QVariantList fromValues;
    if (!filter.tag.isEmpty()) {
        from = QStringLiteral("prompt_tags t CROSS JOIN prompts p ON p.seq = t.seq AND t.tag = ?");
        fromValues << filter.tag;
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
    QString order;
    switch (sort) {
    case Sort::Newest:
        order = seqColumn + QStringLiteral(" DESC");
        break;
    case Sort::Oldest:
        order = seqColumn + QStringLiteral(" ASC");
        break;
    case Sort::MostUsed:
        order = QStringLiteral("p.usage_count DESC, p.seq DESC");
        break;
    case Sort::LeastUsed:
        order = QStringLiteral("p.usage_count ASC, p.seq ASC");
        break;
    }
    auto query = runSql(m_database->connection(),
                        QStringLiteral("SELECT p.seq, p.id, substr(p.content, 1, 240), p.tags, p.phase, p.provider, "
                                       "p.model, (SELECT avg(rating) FROM learning_feedback f WHERE f.prompt_id = p.id), "
                                       "p.usage_count, p.created_at FROM %3 %1 ORDER BY %2 LIMIT ?")
                            .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                                 order, from),
                        fromValues + values);
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

Result<QStringList> PromptQueries::distinctValues(const QString& column) const
{
    // Only the indexed columns the filter panel offers: the name is never taken from input as SQL.
    static const QStringList allowed{QStringLiteral("phase"), QStringLiteral("provider"), QStringLiteral("model")};
    if (!allowed.contains(column))
        return Error::usage(QStringLiteral("no such filter column"), column);
    auto query = runSql(m_database->connection(),
                        QStringLiteral("SELECT DISTINCT %1 FROM prompts WHERE %1 IS NOT NULL AND %1 <> '' ORDER BY %1")
                            .arg(column));
    if (!query)
        return query.error();
    QStringList values;
    while (query->next())
        values << query->value(0).toString();
    return values;
}

Result<QStringList> PromptQueries::tags(int limit) const
{
    auto query = runSql(m_database->connection(),
                        QStringLiteral("SELECT tag, count(*) AS n FROM prompt_tags GROUP BY tag ORDER BY n DESC, tag LIMIT ?"),
                        {std::max(1, limit)});
    if (!query)
        return query.error();
    QStringList tags;
    while (query->next())
        tags << query->value(0).toString();
    return tags;
}

Result<QList<SearchHit>> PromptQueries::search(const QString& userQuery, int limit, qint64 firstWindow) const
{
    const QString match = toFtsQuery(userQuery);
    if (match.isEmpty())
        return QList<SearchHit>{};
    limit = std::max(1, limit);
    QSqlDatabase db = m_database->connection();
    auto newest = runSql(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM prompts"));
    if (!newest)
        return newest.error();
    const qint64 maxSeq = newest->next() ? newest->value(0).toLongLong() : 0;

    // Ranked in FTS5 alone (ORDER BY rank LIMIT): no join and no snippet for the rows that lose.
    QList<QPair<qint64, double>> ranked;
    for (qint64 window = std::max<qint64>(1, firstWindow);; window *= 4) {
        const qint64 floor = std::max<qint64>(0, maxSeq - window);
        auto query = runSql(db,
                            QStringLiteral("SELECT rowid, rank FROM prompts_fts WHERE prompts_fts MATCH ? AND rowid > ? "
                                           "ORDER BY rank LIMIT ?"),
                            {match, floor, limit});
        if (!query)
            return query.error();
        ranked.clear();
        while (query->next())
            ranked.append({query->value(0).toLongLong(), query->value(1).toDouble()});
        if (ranked.size() >= limit || floor == 0)
            break;
    }
    if (ranked.isEmpty())
        return QList<SearchHit>{};

    QStringList marks;
    QVariantList values{QString(QChar(kSnippetOpen)), QString(QChar(kSnippetClose)), match};
    for (const auto& [seq, rank] : ranked) {
        marks << QStringLiteral("?");
        values << seq;
    }
    auto rows = runSql(db,
                       QStringLiteral("SELECT f.rowid, snippet(prompts_fts, 0, ?, ?, '…', 16), p.id, p.content "
                                      "FROM prompts_fts f JOIN prompts p ON p.seq = f.rowid "
                                      "WHERE prompts_fts MATCH ? AND f.rowid IN (%1)")
                           .arg(marks.join(QLatin1Char(','))),
                       values);
    if (!rows)
        return rows.error();
    QHash<qint64, SearchHit> bySeq;
    while (rows->next())
        bySeq.insert(rows->value(0).toLongLong(),
                     {rows->value(2).toString(), 0, rows->value(1).toString(), rows->value(3).toString()});
    QList<SearchHit> hits;
    for (const auto& [seq, rank] : ranked)
        if (const auto hit = bySeq.constFind(seq); hit != bySeq.constEnd()) {
            hits.append(*hit);
            hits.last().score = -rank; // bm25: lower is better; shown the other way round
        }
    return hits;
}

} // namespace athanor
