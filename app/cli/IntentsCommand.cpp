#include "IntentsCommand.h"

#include "CatalogSupport.h"
#include "core/catalog/CatalogJson.h"

#include <QJsonArray>

namespace athanor::cli {

void IntentsCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array of intents.")});
}

int IntentsCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto catalog = loadCatalog(context);
    if (!catalog)
        return context.fail(catalog.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Intent& i : catalog->intents)
            array.append(catalogjson::fromIntent(i));
        context.printJson(array);
        return 0;
    }
    for (const Intent& i : catalog->intents)
        context.out() << QString(2 * (i.level() - 1), QLatin1Char(' ')) << i.path << "  " << i.name << '\n';
    return 0;
}

} // namespace athanor::cli
