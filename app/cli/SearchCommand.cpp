#include "SearchCommand.h"

#include "core/search/FtsQuery.h"
#include "storage/PromptQueries.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace athanor::cli {

void SearchCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("QUERY"), QStringLiteral("Words to look for (searched as plain words)."));
    parser.addOption({QStringLiteral("limit"), QStringLiteral("How many hits (default 20)."), QStringLiteral("k"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print [{\"id\",\"score\",\"snippet\",\"content\"}].")});
}

int SearchCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QString where = QStringLiteral("athanor-cli search");
    if (parser.positionalArguments().isEmpty())
        return context.usage(QStringLiteral("give the words to search for"), where);
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return context.usage(QStringLiteral("--limit takes a whole number of 1 or more"), where);
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    auto hits = PromptQueries(*database).search(parser.positionalArguments().join(QLatin1Char(' ')), limit);
    if (!hits)
        return context.fail(hits.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit& hit : *hits)
            array.append(QJsonObject{{QStringLiteral("id"), hit.id},
                                     {QStringLiteral("score"), std::round(hit.score * 10000.0) / 10000.0},
                                     {QStringLiteral("snippet"), snippetAsMarkdown(hit.snippet)},
                                     {QStringLiteral("content"), hit.content}});
        context.printJson(array);
        return 0;
    }
    for (const SearchHit& hit : *hits)
        context.out() << hit.id << "  " << snippetAsMarkdown(hit.snippet).simplified() << '\n';
    return 0;
}

} // namespace athanor::cli
