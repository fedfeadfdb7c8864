#include "InitCommand.h"

#include "storage/DatabaseFile.h"

#include <QJsonObject>

namespace athanor::cli {

void InitCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print {\"path\",\"schema_version\",\"created\"}.")});
}

int InitCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const auto before = DatabaseFileInfo::probe(context.dbPath());
    const bool created = before.state == DatabaseFileInfo::State::Missing || before.state == DatabaseFileInfo::State::Empty;
    auto database = context.openLibrary();
    if (!database)
        return context.fail(database.error());

    const int version = (*database)->schemaVersion();
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonObject{{QStringLiteral("path"), (*database)->path()},
                                      {QStringLiteral("schema_version"), version},
                                      {QStringLiteral("created"), created}});
    } else {
        context.out() << (created ? "created " : "ready ") << (*database)->path() << " (schema " << version << ")\n";
    }
    return 0;
}

} // namespace athanor::cli
