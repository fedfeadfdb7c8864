#pragma once

#include "core/Result.h"
#include "core/catalog/CatalogTypes.h"

#include <memory>

namespace athanor {

class Database;

// The user's own techniques and their edits of catalog techniques. Whatever is saved here is
// marked so that a catalog upgrade never overwrites it.
class TechniqueRepository
{
public:
    explicit TechniqueRepository(std::shared_ptr<Database> database);

    // Validates `technique` against `catalog` (CatalogLint) and saves it: a new code becomes a user
    // technique, an existing one is updated and marked as edited. Patterns and examples are
    // replaced by the given ones.
    Result<Technique> save(Technique technique, const Catalog& catalog);

    // Disables or enables a technique; recommendations leave disabled ones out. Disabling a catalog
    // technique marks it as edited so that an upgrade does not enable it again.
    Status setActive(const QString& code, bool active);

    // A copy of `source` under a free code ("<code>_copy", "<code>_copy2", ...), not yet saved.
    static Technique duplicate(const Technique& source, const Catalog& catalog);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace athanor
