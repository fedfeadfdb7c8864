#include "TagCommand.h"

#include "storage/PromptRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace athanor::cli {

void TagCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The prompt's id."));
    parser.addPositionalArgument(QStringLiteral("TAG"), QStringLiteral("One or more tags."), QStringLiteral("TAG..."));
    parser.addOption({QStringLiteral("remove"), QStringLiteral("Remove the tags instead of adding them.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print {\"id\",\"tags\":[...]}.")});
}

int TagCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return context.usage(QStringLiteral("give a prompt id and at least one tag"), QStringLiteral("athanor-cli tag"));
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    PromptRepository prompts(*database);
    const Status changed = parser.isSet(QStringLiteral("remove")) ? prompts.removeTags(args.first(), args.mid(1))
                                                                  : prompts.addTags(args.first(), args.mid(1));
    if (!changed)
        return context.fail(changed.error());
    const QStringList tags = prompts.find(args.first())->tags;
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonObject{{QStringLiteral("id"), args.first()}, {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}});
    else
        context.out() << args.first() << ": " << tags.join(QStringLiteral(", ")) << '\n';
    return 0;
}

} // namespace athanor::cli
