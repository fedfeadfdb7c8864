#include "TechniquesCommand.h"

#include "CatalogSupport.h"
#include "core/catalog/CatalogJson.h"

#include <QJsonArray>

namespace athanor::cli {

void TechniquesCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("category"), QStringLiteral("Only techniques of this category."),
                      QStringLiteral("category")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array of techniques.")});
}

int TechniquesCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto catalog = loadCatalog(context);
    if (!catalog)
        return context.fail(catalog.error());
    const QString category = parser.value(QStringLiteral("category"));
    QList<Technique> selected;
    QStringList categories;
    for (const Technique& t : catalog->techniques) {
        if (!categories.contains(t.category))
            categories << t.category;
        if (category.isEmpty() || t.category == category)
            selected << t;
    }
    if (!category.isEmpty() && !categories.contains(category))
        return context.fail(Error::data(QStringLiteral("unknown category '%1'").arg(category), QStringLiteral("--category"),
                                        QStringLiteral("categories: %1").arg(categories.join(QStringLiteral(", ")))));

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Technique& t : selected)
            array.append(catalogjson::fromTechnique(t));
        context.printJson(array);
        return 0;
    }
    for (const Technique& t : selected)
        context.out() << t.code.leftJustified(24) << t.category.leftJustified(16) << "complexity " << t.complexity
                      << "  base " << QString::number(t.baseEffectiveness, 'f', 2) << "  " << t.name << '\n';
    return 0;
}

} // namespace athanor::cli
