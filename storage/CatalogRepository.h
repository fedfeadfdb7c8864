#pragma once

#include "core/Result.h"
#include "core/catalog/CatalogTypes.h"
#include "core/catalog/Recommender.h"

#include <memory>

namespace athanor {

class Database;

// The technique catalog in SQLite: installed from the shipped YAML on first run and whenever
// the shipped catalog version rises (user-made and user-edited rows are never overwritten), and
// loaded back into memory at start-up.
class CatalogRepository
{
public:
    explicit CatalogRepository(std::shared_ptr<Database> database);

    // The catalog version installed in this database, 0 when none.
    int installedVersion() const;

    // Installs the shipped catalog (":/catalog") when this database has an older one or none.
    // Returns whether it installed.
    Result<bool> ensureCurrent();

    // Installs `catalog` in one transaction, whatever the installed version.
    Status install(const Catalog& catalog);

    // Techniques (with patterns and examples), intents, effectiveness rows (one per intent and
    // technique) and the current version of every template.
    Result<Catalog> load() const;

    // The recommender over the stored data (inactive techniques excluded).
    // With what ratings taught (LearningRepository::learned) over the catalog values.
    Result<Recommender> recommender() const;
    // A data error naming what is unknown, with where to find the valid ones.
    Status checkIntent(const QString& path) const;
    Status checkTechniques(const QStringList& codes) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace athanor
