#pragma once

#include "core/Result.h"
#include "core/catalog/CatalogTypes.h"

#include <memory>

namespace athanor {

class Database;

// Versioned prompt templates. Every version of a template is a row of one family; exactly one
// row per family is current. Editing or restoring adds a version, so history is never rewritten,
// and a version the user made is not official, which keeps catalog upgrades off it.
class TemplateRepository
{
public:
    explicit TemplateRepository(std::shared_ptr<Database> database);

    // Every version of a family, oldest first; empty when the family does not exist.
    Result<QList<PromptTemplate>> versions(const QString& familyId) const;

    // The family's current version.
    Result<PromptTemplate> current(const QString& familyId) const;

    // Stores `edited` as the new current version of its family (`edited.familyId`). Refused,
    // listing every problem, when the name or text is empty, the declared variables are not
    // exactly the placeholders used, or a technique code or intent path is unknown.
    Result<PromptTemplate> saveNewVersion(const PromptTemplate& edited);

    // Copies the content of an older version into a new current version.
    Result<PromptTemplate> restore(const QString& familyId, int version);

    // A template the user made: a new family at version 1.
    Result<PromptTemplate> createUserTemplate(PromptTemplate promptTemplate);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace athanor
