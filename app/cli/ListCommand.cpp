#include "ListCommand.h"

#include "PromptJson.h"
#include "storage/PromptQueries.h"

#include <QJsonArray>

namespace athanor::cli {

void ListCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("limit"), QStringLiteral("How many (default 50)."), QStringLiteral("n"),
                      QStringLiteral("50")});
    parser.addOption({QStringLiteral("tag"), QStringLiteral("Only prompts with this tag."), QStringLiteral("tag")});
    parser.addOption({QStringLiteral("json"),
                      QStringLiteral("Print [{\"id\",\"preview\",\"tags\",\"phase\",\"provider\",\"model\",\"rating\","
                                     "\"uses\",\"created_at\"}].")});
}

int ListCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return context.usage(QStringLiteral("--limit takes a whole number of 1 or more"), QStringLiteral("athanor-cli list"));
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    PromptQueries::Filter filter;
    filter.tag = parser.value(QStringLiteral("tag"));
    auto rows = PromptQueries(*database).page(filter, 0, limit);
    if (!rows)
        return context.fail(rows.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const PromptSummary& s : *rows)
            array.append(summaryToJson(s));
        context.printJson(array);
        return 0;
    }
    for (const PromptSummary& s : *rows)
        context.out() << s.id << "  " << s.createdAt.left(10) << "  "
                      << s.preview.simplified().left(70) << (s.tags.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(s.tags.join(QStringLiteral(", ")))) << '\n';
    return 0;
}

} // namespace athanor::cli
