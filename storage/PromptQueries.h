#pragma once

#include "core/Prompt.h"
#include "core/Result.h"

#include <memory>

namespace athanor {

class Database;

// Read-only queries over the library that views and the CLI page through: keyset pages (never a
// full load, never OFFSET over a million rows) and full-text search.
class PromptQueries
{
public:
    struct Filter
    {
        QString tag;      // only prompts with this tag
        QString phase;
        QString provider;
        QString model;
        int minRating = 0; // 0: any
        QString from;      // created_at >= (ISO date or time)
        QString to;        // created_at <  (ISO date or time)
        bool operator==(const Filter&) const = default;
    };

    // The orders a library of a million rows can page through on an index (a keyset on
    // (key, seq)); orders that would need a full sort are not offered.
    enum class Sort { Newest, Oldest, MostUsed, LeastUsed };

    // Where the previous page ended: its last row's seq and uses. A default cursor starts at the top.
    struct Cursor
    {
        qint64 seq = 0;
        int uses = 0;
        static Cursor after(const PromptSummary& last) { return {last.seq, last.uses}; }
    };

    explicit PromptQueries(std::shared_ptr<Database> database);

    // Up to `limit` prompts, newest first, strictly older than `beforeSeq` (0: from the newest).
    Result<QList<PromptSummary>> page(const Filter& filter, qint64 beforeSeq, int limit) const;
    // Up to `limit` prompts in `sort` order, after `cursor`.
    Result<QList<PromptSummary>> page(const Filter& filter, Sort sort, const Cursor& cursor, int limit) const;
    // The distinct non-empty values of a column the filters offer (phase, provider, model), sorted.
    Result<QStringList> distinctValues(const QString& column) const;
    // The tags in use, most used first, at most `limit` of them.
    Result<QStringList> tags(int limit) const;

    // FTS5 with BM25 ranking and highlighted snippets. Whatever the user typed is searched as plain
    // words (see toFtsQuery): no syntax error, no injection.
    //
    // A common word matches most of a large library, and ranking costs time per match: the newest
    // `rankedMatches` matches are ranked (all of them for a rarer query), so a very common word is
    // ranked among recent prompts only. BM25's document frequencies are estimated on the newest
    // kSampleRows prompts rather than counted over the whole index (athanor_rank, FtsRanking.h).
    Result<QList<SearchHit>> search(const QString& userQuery, int limit, int rankedMatches = kRankedMatches) const;
    static constexpr int kRankedMatches = 2000;
    static constexpr qint64 kSampleRows = 5000;
    // The longest prefix the full-text index has a prefix index for (migration 0006).
    static constexpr qsizetype kIndexedPrefixLength = 4;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace athanor
