#include "DoctorCommand.h"

#include "storage/DatabaseReport.h"

namespace athanor::cli {

void DoctorCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("json"),
                      QStringLiteral("Print {\"schema_version\",\"integrity\",\"journal_mode\",\"tables\":{NAME: ROWS}}.")});
}

int DoctorCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto database = context.openDatabase(Database::OpenMode::ExistingOnly);
    if (!database)
        return context.fail(database.error());
    auto report = DatabaseReport::collect(**database);
    if (!report)
        return context.fail(report.error());

    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(report->toJson());
    } else {
        QTextStream& out = context.out();
        out << "database:     " << (*database)->path() << '\n'
            << "schema:       " << report->schemaVersion << '\n'
            << "integrity:    " << report->integrity << '\n'
            << "journal mode: " << report->journalMode << '\n'
            << "tables:\n";
        for (const auto& [name, rows] : report->tables)
            out << "  " << name.leftJustified(34) << rows << '\n';
    }
    return report->integrity == QLatin1String("ok") ? 0 : 2;
}

} // namespace athanor::cli
