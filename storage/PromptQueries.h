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
    };

    explicit PromptQueries(std::shared_ptr<Database> database);

    // Up to `limit` prompts, newest first, strictly older than `beforeSeq` (0: from the newest).
    Result<QList<PromptSummary>> page(const Filter& filter, qint64 beforeSeq, int limit) const;

    // FTS5 with bm25 ranking and highlighted snippets. Whatever the user typed is searched as plain
    // words (see toFtsQuery): no syntax error, no injection.
    Result<QList<SearchHit>> search(const QString& userQuery, int limit) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace athanor
