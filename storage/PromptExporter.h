#pragma once

#include "core/Result.h"

#include <QStringList>

#include <memory>

namespace athanor {

class Database;

// Writes prompts to a file: "json" (Athanor's own export: every column, context rows and lineage;
// imports back to the same prompts), "jsonl" (one such prompt object per line), "csv" (a `prompt`
// column with title, tags, model, temperature, id and parent_id) and "markdown" (for reading: one
// section per prompt with its metadata as a list). Streams row by row; written to a temporary file
// and renamed, so a failed export leaves no half-written file.
class PromptExporter
{
public:
    static const QStringList& formats();

    explicit PromptExporter(std::shared_ptr<Database> database);

    // All prompts, or those matching a full-text `query`, or exactly `ids`. Returns how many.
    Result<int> exportTo(const QString& path, const QString& format, const QString& query = {},
                         const QStringList& ids = {}) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace athanor
