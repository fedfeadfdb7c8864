#pragma once

#include "core/Result.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace athanor {

class Database;

// What deleting prompts takes away: the prompts' rows, the rows deleted with them (ON DELETE
// CASCADE) and the references other rows held to them (ON DELETE SET NULL). Kept in memory by
// the Library's undo stack.
struct PromptSnapshot
{
    struct Rows
    {
        QString table;
        QStringList columns;
        QList<QVariantList> values;
    };
    struct Reference
    {
        QString table;
        QString column;
        qint64 rowid = 0;
        QString promptId;
    };
    QStringList ids;
    QList<qint64> seqs;
    QList<Rows> rows; // prompts first
    QList<Reference> references;
};

// Deletes prompts so that the delete can be undone: restore() puts back the same rows with the
// same ids and seq, the rows that cascaded, and the links other prompts and records had to them.
// The foreign keys are read from the schema, so tables added by later migrations are covered.
class PromptArchive
{
public:
    explicit PromptArchive(std::shared_ptr<Database> database);

    // All of them or none, in one transaction: an unknown id is an error and nothing is deleted.
    Result<PromptSnapshot> remove(const QStringList& ids);
    // One transaction. The restored prompts lose their embeddings, so that indexing them again
    // puts them back in the vector index.
    Status restore(const PromptSnapshot& snapshot);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace athanor
