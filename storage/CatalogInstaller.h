#pragma once

#include "core/Result.h"
#include "core/catalog/CatalogTypes.h"

#include <QSqlDatabase>

namespace athanor {

// Writes a catalog into the database inside the caller's transaction: techniques with their
// patterns and worked examples, the intent taxonomy, one effectiveness row per intent and
// technique, and official templates. Rows the user made or edited are left as they are.
class CatalogInstaller
{
public:
    explicit CatalogInstaller(QSqlDatabase db) : m_db(std::move(db)) {}
    Status install(const Catalog& catalog);

private:
    QSqlDatabase m_db;
};

} // namespace athanor
