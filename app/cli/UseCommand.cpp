#include "UseCommand.h"

#include "storage/PromptRepository.h"
#include "storage/UsageRepository.h"

#include <QJsonObject>

namespace athanor::cli {

void UseCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The prompt's id."));
    parser.addOption({QStringLiteral("context"),
                      QStringLiteral("Where it is used, kept with the usage event (default: cli)."),
                      QStringLiteral("TEXT"), QStringLiteral("cli")});
    parser.addOption({QStringLiteral("json"),
                      QStringLiteral("Print {\"id\",\"content\",\"used\",\"last_used_at\",\"relevance\"}.")});
}

int UseCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("give one prompt id"), QStringLiteral("athanor-cli use"));
    const QString id = parser.positionalArguments().first().trimmed();
    auto database = context.openLibrary();
    if (!database)
        return context.fail(database.error());
    const std::optional<Prompt> prompt = PromptRepository(*database).find(id);
    if (!prompt)
        return context.fail(Error::data(QStringLiteral("no prompt with id %1").arg(id), (*database)->path()));
    UsageRepository usage(*database);
    const UsageRepository::Event event{id, UsageRepository::Kind::Used,
                                       parser.value(QStringLiteral("context")), QString(), std::nullopt};
    if (Status recorded = usage.record(event); !recorded)
        return context.fail(recorded.error());
    if (!parser.isSet(QStringLiteral("json"))) {
        context.out() << prompt->content;
        if (!prompt->content.endsWith(QLatin1Char('\n')))
            context.out() << '\n';
        return 0;
    }
    auto summary = usage.summary(id);
    if (!summary)
        return context.fail(summary.error());
    context.printJson(QJsonObject{{QStringLiteral("id"), id},
                                  {QStringLiteral("content"), prompt->content},
                                  {QStringLiteral("used"), summary->used},
                                  {QStringLiteral("last_used_at"), summary->lastUsedAt},
                                  {QStringLiteral("relevance"), summary->relevance}});
    return 0;
}

} // namespace athanor::cli
