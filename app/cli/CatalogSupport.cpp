#include "CatalogSupport.h"

#include "core/TextDistance.h"
#include "storage/CatalogRepository.h"

namespace athanor::cli {

Result<Catalog> loadCatalog(CliContext& context)
{
    auto database = context.openLibrary();
    if (!database)
        return database.error();
    return CatalogRepository(*database).load();
}

Result<const Technique*> findTechnique(const Catalog& catalog, const QString& code)
{
    if (const Technique* t = catalog.technique(code))
        return t;
    const QStringList close = closestMatches(code, catalog.techniqueCodes(), 3);
    return Error::data(QStringLiteral("unknown technique '%1'").arg(code), QStringLiteral("technique"),
                       close.isEmpty() ? QStringLiteral("athanor-cli techniques lists them")
                                       : QStringLiteral("did you mean: %1?").arg(close.join(QStringLiteral(", "))));
}

Result<const PromptTemplate*> findTemplate(const Catalog& catalog, const QString& nameOrId)
{
    QStringList names;
    for (const PromptTemplate& t : catalog.templates) {
        if (t.id == nameOrId || t.name.compare(nameOrId, Qt::CaseInsensitive) == 0)
            return &t;
        names << t.name;
    }
    const QStringList close = closestMatches(nameOrId, names, 3);
    return Error::data(QStringLiteral("unknown template '%1'").arg(nameOrId), QStringLiteral("template"),
                       close.isEmpty() ? QStringLiteral("athanor-cli templates lists them")
                                       : QStringLiteral("did you mean: %1?").arg(close.join(QStringLiteral(", "))));
}

} // namespace athanor::cli
