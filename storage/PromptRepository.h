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

private:
    std::shared_ptr<Database> m_database;
};

} // namespace athanor
