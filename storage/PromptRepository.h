#pragma once

#include "core/Prompt.h"
#include "core/Result.h"

#include <memory>

namespace athanor {

class Database;

// Rows of the prompts table and their context. Runs on the calling thread's connection.
class PromptRepository
{
public:
    explicit PromptRepository(std::shared_ptr<Database> database);

    // Inserts a prompt; its content hash must be new (the error says which prompt has it).
    Result<QString> add(Prompt prompt);
    std::optional<Prompt> find(const QString& id) const;
    // The id of the prompt with the same normalised content, if any.
    std::optional<QString> findByContent(const QString& content) const;
    Result<qint64> count() const;
    Status remove(const QString& id);
    // Deletes all of them or none: an unknown id is an error and nothing is deleted.
    Status removeMany(const QStringList& ids);

    // Adds or removes tags (kept unique, in the order first given).
    Status addTags(const QString& id, const QStringList& tags);
    Status removeTags(const QString& id, const QStringList& tags);
    // Replaces the tags (trimmed, unique, empty ones dropped).
    Status setTags(const QString& id, const QStringList& tags);

    // Context rows of a prompt (a system prompt, format metadata, ...): (type, content), in order.
    Status addContext(const QString& id, const QString& type, const QString& content);
    Result<QList<QPair<QString, QString>>> context(const QString& id) const;

    // The prompts whose parent is `id`, oldest first.
    Result<QStringList> children(const QString& id) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace athanor
