#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <memory>
#include <optional>

namespace athanor {

class Database;

// The catalog rows a user makes, as sync sends and applies them (docs/sync.md):
//   technique  one the user made or edited, by code, as CatalogJson::fromTechnique;
//   template   a family's user-made versions, {"versions":[fromTemplate...]}, by family key:
//              its id, or "catalog:<name>" for a shipped template (family ids differ between
//              libraries; the name of the official first version does not).
// Applying writes inside the caller's transaction.
class CatalogSync
{
public:
    explicit CatalogSync(std::shared_ptr<Database> library);

    // Nothing when there is no such row to send (gone since it was queued).
    Result<std::optional<QJsonObject>> techniquePayload(const QString& code) const;
    Result<std::optional<QJsonObject>> templatePayload(const QString& familyKey) const;

    // A null payload deletes (a user technique; template families are never deleted).
    Status applyTechnique(const QString& code, const std::optional<QJsonObject>& payload);
    // Adds the versions this library lacks; both sides then number the family's user versions
    // by when they were made (so two computers that each added a version agree on the numbers),
    // and the newest is current.
    Status applyTemplate(const QString& familyKey, const QJsonObject& payload);

private:
    // The local family id of a key; empty when this library has no such shipped template.
    Result<QString> familyOf(const QString& familyKey) const;

    std::shared_ptr<Database> m_library;
};

} // namespace athanor
