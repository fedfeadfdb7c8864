#include "PromptQueries.h"

#include "Database.h"
#include "SqlHelpers.h"
#include "core/search/FtsQuery.h"

#include <QCoreApplication>
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
        return Error::usage(QCoreApplication::translate("athanor::PromptQueries", "no such filter column"),
                            column);
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

Result<QList<SearchHit>> PromptQueries::search(const QString& userQuery, int limit, int rankedMatches) const
{
    const QStringList phrases = toFtsPhrases(userQuery);
    if (phrases.isEmpty())
        return QList<SearchHit>{};
    const QString match = phrases.join(QLatin1Char(' '));
    limit = std::max(1, limit);
    QSqlDatabase db = m_database->connection();
    auto newest = runSql(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM prompts"));
    if (!newest)
        return newest.error();
    const qint64 maxSeq = newest->next() ? newest->value(0).toLongLong() : 0;

    // Each phrase's share of documents, on the newest prompts: bounded work, where counting it
    // over the whole index (as bm25() does) reads a common word's entire doclist.
    const qint64 floor = std::max<qint64>(0, maxSeq - kSampleRows);
    auto sampled = runSql(db, QStringLiteral("SELECT count(*) FROM prompts WHERE seq > ?"), {floor});
    if (!sampled)
        return sampled.error();
    const double sample = sampled->next() ? std::max<qint64>(1, sampled->value(0).toLongLong()) : 1;
    QVariantList values;
    QStringList marks;
    for (const QString& phrase : phrases) {
        // A prefix longer than the prefix index's (3 and 4 characters) merges the doclists of every
        // word it starts; its share is taken from the word itself, which is nearly the same.
        QString counted = phrase;
        if (counted.endsWith(QLatin1Char('*')) && counted.size() - 3 > kIndexedPrefixLength)
            counted.chop(1);
        auto count = runSql(db, QStringLiteral("SELECT count(*) FROM prompts_fts WHERE prompts_fts MATCH ? AND rowid > ?"),
                            {counted, floor});
        if (!count)
            return count.error();
        values << (count->next() ? double(count->value(0).toLongLong()) / sample : 0.0);
        marks << QStringLiteral("?");
    }
    values << match << std::max(limit, rankedMatches) << limit;
    // Ranked in FTS5 alone: no join and no snippet for the rows that lose.
    auto query = runSql(db,
                        QStringLiteral("SELECT rowid, score FROM (SELECT rowid, athanor_rank(prompts_fts, %1) AS score "
                                       "FROM prompts_fts WHERE prompts_fts MATCH ? ORDER BY rowid DESC LIMIT ?) "
                                       "ORDER BY score, rowid DESC LIMIT ?")
                            .arg(marks.join(QLatin1Char(','))),
                        values);
    if (!query)
        return query.error();
    QList<QPair<qint64, double>> ranked;
    while (query->next())
        ranked.append({query->value(0).toLongLong(), query->value(1).toDouble()});
    if (ranked.isEmpty())
        return QList<SearchHit>{};

    // Snippets for the winners only. FTS5 would evaluate the query once per value of an IN list (a
    // prefix merge each time: 20 × 7 ms for "work*" at 1M); a rowid range evaluates it once, and the
    // unary + keeps the IN list out of FTS5's hands so that it only filters.
    qint64 lowest = ranked.first().first;
    qint64 highest = lowest;
    marks.clear();
    QVariantList seqs;
    for (const auto& [seq, rank] : ranked) {
        marks << QStringLiteral("?");
        seqs << seq;
        lowest = std::min(lowest, seq);
        highest = std::max(highest, seq);
    }
    values = QVariantList{QString(QChar(kSnippetOpen)), QString(QChar(kSnippetClose)), match, lowest, highest} + seqs;
    auto rows = runSql(db,
                       QStringLiteral("SELECT f.rowid, CASE WHEN length(p.content) <= %2 THEN "
                                      "snippet(prompts_fts, 0, ?, ?, '…', 16) END, p.id, p.content "
                                      "FROM prompts_fts f JOIN prompts p ON p.seq = f.rowid "
                                      "WHERE prompts_fts MATCH ? AND f.rowid BETWEEN ? AND ? AND +f.rowid IN (%1)")
                           .arg(marks.join(QLatin1Char(',')))
                           .arg(kLongContentChars),
                       values);
    if (!rows)
        return rows.error();
    QHash<qint64, SearchHit> bySeq;
    while (rows->next()) {
        const QString content = rows->value(3).toString();
        // FTS5's snippet() is quadratic in the matches of a row: long prompts get ours.
        const QString snippet = rows->value(1).isNull() ? snippetOf(content, phrases) : rows->value(1).toString();
        bySeq.insert(rows->value(0).toLongLong(), {rows->value(2).toString(), 0, snippet, content});
    }
    QList<SearchHit> hits;
    for (const auto& [seq, rank] : ranked)
        if (const auto hit = bySeq.constFind(seq); hit != bySeq.constEnd()) {
            hits.append(*hit);
            hits.last().score = -rank; // bm25: lower is better; shown the other way round
        }
    return hits;
}

} // namespace athanor
