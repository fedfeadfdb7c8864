#include "DeleteCommand.h"

#include "storage/PromptRepository.h"

#include <QJsonObject>

namespace athanor::cli {

void DeleteCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("One or more prompt ids."), QStringLiteral("ID..."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print {\"deleted\": N}.")});
}

int DeleteCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QStringList ids = parser.positionalArguments();
    if (ids.isEmpty())
        return context.usage(QStringLiteral("give at least one prompt id"), QStringLiteral("athanor-cli delete"));
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    if (Status s = PromptRepository(*database).removeMany(ids); !s)
        return context.fail(s.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonObject{{QStringLiteral("deleted"), int(ids.size())}});
    else
        context.out() << "deleted " << ids.size() << (ids.size() == 1 ? " prompt\n" : " prompts\n");
    return 0;
}

} // namespace athanor::cli
