#include "ExportCommand.h"

#include "storage/PromptExporter.h"

#include <QFileInfo>
#include <QJsonObject>

namespace athanor::cli {

void ExportCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("format"), QStringLiteral("json, jsonl, csv or markdown."), QStringLiteral("format")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("query"), QStringLiteral("Only prompts matching these words (full text)."),
                      QStringLiteral("words")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print {\"exported\",\"path\",\"format\"}.")});
}

int ExportCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QString where = QStringLiteral("athanor-cli export");
    if (!parser.isSet(QStringLiteral("format")) || !parser.isSet(QStringLiteral("out")))
        return context.usage(QStringLiteral("--format and --out are required"), where);
    const QString format = parser.value(QStringLiteral("format"));
    if (!PromptExporter::formats().contains(format))
        return context.usage(QStringLiteral("--format takes one of %1").arg(PromptExporter::formats().join(QStringLiteral(", "))),
                             where);
    auto database = context.openDatabase(Database::OpenMode::ExistingOnly);
    if (!database)
        return context.fail(database.error());
    const QString path = QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath();
    auto count = PromptExporter(*database).exportTo(path, format, parser.value(QStringLiteral("query")));
    if (!count)
        return context.fail(count.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonObject{{QStringLiteral("exported"), *count},
                                      {QStringLiteral("path"), path},
                                      {QStringLiteral("format"), format}});
    else
        context.out() << "exported " << *count << " prompts to " << path << '\n';
    return 0;
}

} // namespace athanor::cli
