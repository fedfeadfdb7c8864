#include "FavoriteCommand.h"

#include "CatalogSupport.h"
#include "storage/CatalogRepository.h"
#include "storage/PreferencesRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace athanor::cli {

void FavoriteCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("CODE"), QStringLiteral("The technique's code."));
    parser.addOption({QStringLiteral("off"), QStringLiteral("Remove it from the favourites.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print {\"code\",\"favorite\",\"favorites\":[...]}.")});
}

int FavoriteCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("give exactly one technique code"), QStringLiteral("athanor-cli favorite"));
    auto database = context.openLibrary();
    if (!database)
        return context.fail(database.error());
    auto catalog = CatalogRepository(*database).load();
    if (!catalog)
        return context.fail(catalog.error());
    const QString code = parser.positionalArguments().first();
    if (auto found = findTechnique(*catalog, code); !found)
        return context.fail(found.error());

    PreferencesRepository preferences(*database);
    const bool on = !parser.isSet(QStringLiteral("off"));
    if (Status s = preferences.setFavourite(code, on); !s)
        return context.fail(s.error());
    auto all = preferences.favourites();
    if (!all)
        return context.fail(all.error());
    QStringList sorted(all->begin(), all->end());
    sorted.sort();
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonObject{{QStringLiteral("code"), code},
                                      {QStringLiteral("favorite"), on},
                                      {QStringLiteral("favorites"), QJsonArray::fromStringList(sorted)}});
    } else {
        context.out() << code << (on ? " is a favourite" : " is no longer a favourite") << "; favourites: "
                      << (sorted.isEmpty() ? QStringLiteral("none") : sorted.join(QStringLiteral(", "))) << '\n';
    }
    return 0;
}

} // namespace athanor::cli
