#include "ShowCommand.h"

#include "PromptJson.h"
#include "storage/PromptRepository.h"

#include <QJsonArray>

namespace athanor::cli {

void ShowCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The prompt's id."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the prompt with \"context\" and \"children\".")});
}

int ShowCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("give exactly one prompt id"), QStringLiteral("athanor-cli show"));
    const QString id = parser.positionalArguments().first();
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    PromptRepository prompts(*database);
    const auto prompt = prompts.find(id);
    if (!prompt)
        return context.fail(Error::data(QStringLiteral("no prompt with this id"), id));
    auto children = prompts.children(id);
    auto rows = prompts.context(id);
    if (!children || !rows)
        return context.fail(!children ? children.error() : rows.error());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object = promptToJson(*prompt);
        QJsonArray contextArray;
        for (const auto& [type, content] : *rows)
            contextArray.append(QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("content"), content}});
        object.insert(QStringLiteral("context"), contextArray);
        object.insert(QStringLiteral("children"), QJsonArray::fromStringList(*children));
        context.printJson(object);
        return 0;
    }
    QTextStream& out = context.out();
    out << "id:      " << prompt->id << '\n';
    if (!prompt->title.isEmpty())
        out << "title:   " << prompt->title << '\n';
    if (!prompt->tags.isEmpty())
        out << "tags:    " << prompt->tags.join(QStringLiteral(", ")) << '\n';
    if (!prompt->parentId.isEmpty())
        out << "parent:  " << prompt->parentId << '\n';
    for (const QString& child : *children)
        out << "child:   " << child << '\n';
    out << "created: " << prompt->createdAt << "\n\n" << prompt->content << '\n';
    return 0;
}

} // namespace athanor::cli
