#pragma once

#include "CliCommand.h"
#include "core/catalog/CatalogTypes.h"

namespace athanor::cli {

// What the catalog commands share: the loaded catalog, and lookups whose errors suggest the
// closest names.
Result<Catalog> loadCatalog(CliContext& context);
Result<const Technique*> findTechnique(const Catalog& catalog, const QString& code);
Result<const PromptTemplate*> findTemplate(const Catalog& catalog, const QString& nameOrId);

} // namespace athanor::cli
