#include "CommandRegistry.h"

#include "ClassifyCommand.h"
#include "DeleteCommand.h"
#include "DoctorCommand.h"
#include "EnhanceCommand.h"
#include "ExportCommand.h"
#include "GenerateCommand.h"
#include "ImportCommand.h"
#include "FavoriteCommand.h"
#include "InitCommand.h"
#include "IntentsCommand.h"
#include "ListCommand.h"
#include "CorrectCommand.h"
#include "ExperimentCommand.h"
#include "LearningCommand.h"
#include "ModelsCommand.h"
#include "RateCommand.h"
#include "StatsCommand.h"
#include "ServerCommand.h"
#include "SyncCommand.h"
#include "CommunityCommand.h"
#include "TrainCommand.h"
#include "UseCommand.h"
#include "BackupCommand.h"
#include "PricesCommand.h"
#include "RecommendCommand.h"
#include "RenderCommand.h"
#include "SimilarCommand.h"
#include "DuplicatesCommand.h"
#include "SearchCommand.h"
#include "ShowCommand.h"
#include "TagCommand.h"
#include "TechniqueCommand.h"
#include "TechniquesCommand.h"
#include "TemplatesCommand.h"
#include "core/AthanorVersion.h"
#include "core/TextDistance.h"

#include <QCoreApplication>

#include <algorithm>

namespace athanor::cli {

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<DoctorCommand>());
    m_commands.push_back(std::make_unique<TechniquesCommand>());
    m_commands.push_back(std::make_unique<TechniqueCommand>());
    m_commands.push_back(std::make_unique<IntentsCommand>());
    m_commands.push_back(std::make_unique<RecommendCommand>());
    m_commands.push_back(std::make_unique<FavoriteCommand>());
    m_commands.push_back(std::make_unique<TemplatesCommand>());
    m_commands.push_back(std::make_unique<RenderCommand>());
    m_commands.push_back(std::make_unique<ClassifyCommand>());
    m_commands.push_back(std::make_unique<EnhanceCommand>());
    m_commands.push_back(std::make_unique<SimilarCommand>());
    m_commands.push_back(std::make_unique<DuplicatesCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ListCommand>());
    m_commands.push_back(std::make_unique<ShowCommand>());
    m_commands.push_back(std::make_unique<UseCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<TagCommand>());
    m_commands.push_back(std::make_unique<DeleteCommand>());
    m_commands.push_back(std::make_unique<ModelsCommand>());
    m_commands.push_back(std::make_unique<PricesCommand>());
    m_commands.push_back(std::make_unique<RateCommand>());
    m_commands.push_back(std::make_unique<LearningCommand>());
    m_commands.push_back(std::make_unique<StatsCommand>());
    m_commands.push_back(std::make_unique<CorrectCommand>());
    m_commands.push_back(std::make_unique<TrainCommand>());
    m_commands.push_back(std::make_unique<ExperimentCommand>());
    m_commands.push_back(std::make_unique<GenerateCommand>());
    m_commands.push_back(std::make_unique<ServerCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<CommunityCommand>());
}

const CliCommand* CommandRegistry::find(const QString& name) const
{
    for (const auto& command : m_commands)
        if (command->name() == name)
            return command.get();
    return nullptr;
}

QStringList CommandRegistry::closest(const QString& name) const
{
    QStringList names;
    for (const auto& command : m_commands)
        names << command->name();
    return closestMatches(name, names, 3);
}

namespace {

QString globalHelp(const CommandRegistry& registry)
{
    QString text = QStringLiteral("Usage: athanor-cli [--db PATH] COMMAND [options]\n\n"
                                  "Athanor %1: a workbench for prompt engineering, on the command line.\n\n"
                                  "Global options:\n"
                                  "  --db PATH      the database to use (default: $ATHANOR_DB, else %2)\n"
                                  "  -h, --help     this help; COMMAND --help for a command's own\n"
                                  "  -v, --version  the version\n\n"
                                  "Commands:\n")
                       .arg(QStringLiteral(ATHANOR_VERSION_STRING), Database::defaultPath());
    for (const auto& command : registry.commands())
        text += QStringLiteral("  %1%2\n").arg(command->name().leftJustified(14), command->summary());
    text += QStringLiteral("\nExit codes: 0 success, 1 usage error, 2 data or input error, 3 network or server error.\n");
    return text;
}

} // namespace

int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const CommandRegistry registry;
    QString dbPath;
    qsizetype index = 0;
    // Global options stand before the command name.
    while (index < arguments.size() && arguments.at(index).startsWith(QLatin1Char('-'))) {
        const QString arg = arguments.at(index);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            out << globalHelp(registry);
            return 0;
        }
        if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            out << "athanor-cli " << ATHANOR_VERSION_STRING << '\n';
            return 0;
        }
        if (arg == QLatin1String("--db")) {
            if (index + 1 >= arguments.size()) {
                err << "error: --db needs a path (athanor-cli)\n";
                return 1;
            }
            dbPath = arguments.at(++index);
        } else if (arg.startsWith(QLatin1String("--db="))) {
            dbPath = arg.mid(5);
        } else {
            err << "error: unknown option " << arg << " (athanor-cli)\n"
                << "hint: athanor-cli --help lists the options\n";
            return 1;
        }
        ++index;
    }
    if (index >= arguments.size()) {
        err << "error: no command given (athanor-cli)\n"
            << "hint: athanor-cli --help lists the commands\n";
        return 1;
    }

    const QString name = arguments.at(index);
    const CliCommand* command = registry.find(name);
    if (!command) {
        err << "error: unknown command '" << name << "' (athanor-cli)\n";
        const QStringList close = registry.closest(name);
        err << "hint: " << (close.isEmpty() ? QStringLiteral("athanor-cli --help lists the commands")
                                            : QStringLiteral("did you mean: %1?").arg(close.join(QStringLiteral(", "))))
            << '\n';
        return 1;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The database to use."), QStringLiteral("path"));
    parser.addOption(help);
    parser.addOption(db);
    command->configure(parser);

    // The program name comes first for QCommandLineParser.
    QStringList commandArgs{QStringLiteral("athanor-cli %1").arg(name)};
    commandArgs << arguments.mid(index + 1);
    if (!parser.parse(commandArgs)) {
        err << "error: " << parser.errorText() << " (athanor-cli " << name << ")\n"
            << "hint: athanor-cli " << name << " --help\n";
        return 1;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return 0;
    }
    if (parser.isSet(db))
        dbPath = parser.value(db);
    if (dbPath.isEmpty())
        dbPath = Database::defaultPath();

    CliContext context(dbPath, out, err);
    return command->run(parser, context);
}

} // namespace athanor::cli
