#include "ImportCommand.h"

#include "storage/ImportJob.h"

#include <QJsonArray>
#include <QJsonObject>

namespace athanor::cli {

void ImportCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files or folders (walked recursively)."),
                                 QStringLiteral("PATH..."));
    parser.addOption({QStringLiteral("tag"), QStringLiteral("Add this tag to every imported prompt (repeatable)."),
                      QStringLiteral("tag")});
    parser.addOption({QStringLiteral("json"),
                      QStringLiteral("Print {\"imported\",\"duplicates\",\"failed\":[{\"file\",\"line\",\"reason\"}]}, "
                                     "plus \"stopped\":{\"reason\",\"where\",\"hint\",\"not_tried\"} when the "
                                     "library could not be written (a full disk, a read-only file).")});
    parser.addOption({QStringLiteral("progress"),
                      QStringLiteral("Print \"progress DONE/TOTAL\" to standard error as each file is stored: the "
                                     "first DONE files (in path order) are in the library.")});
}

int ImportCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    if (parser.positionalArguments().isEmpty())
        return context.usage(QStringLiteral("give at least one file or folder"), QStringLiteral("athanor-cli import"));
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    ImportJob::Options options;
    options.tags = parser.values(QStringLiteral("tag"));
    ImportJob::Progress progress;
    if (parser.isSet(QStringLiteral("progress")))
        progress = [&context](int done, int total, const QString&) {
            context.err() << "progress " << done << '/' << total << '\n';
            context.err().flush();
        };
    const ImportReport report = ImportJob(*database, options).run(parser.positionalArguments(), progress);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray failed;
        for (const ImportFailure& f : report.failed)
            failed.append(QJsonObject{{QStringLiteral("file"), f.file},
                                      {QStringLiteral("line"), f.line},
                                      {QStringLiteral("reason"), f.reason}});
        QJsonObject out{{QStringLiteral("imported"), report.imported},
                        {QStringLiteral("duplicates"), report.duplicates},
                        {QStringLiteral("failed"), failed}};
        if (report.stopped)
            out.insert(QStringLiteral("stopped"), QJsonObject{{QStringLiteral("reason"), report.stopped->what},
                                                              {QStringLiteral("where"), report.stopped->where},
                                                              {QStringLiteral("hint"), report.stopped->hint},
                                                              {QStringLiteral("not_tried"), report.notTried}});
        context.printJson(out);
    } else {
        context.out() << "imported " << report.imported << ", duplicates " << report.duplicates << ", failed files "
                      << report.failed.size() << '\n';
        context.out().flush();
        for (const ImportFailure& f : report.failed)
            context.err() << f.file << (f.line > 0 ? QStringLiteral(":%1").arg(f.line) : QString()) << ": " << f.reason
                          << '\n';
        if (report.stopped) {
            context.err() << "stopped: " << report.notTried << " more files were not tried\n";
            return context.fail(*report.stopped);
        }
    }
    return report.failed.isEmpty() ? 0 : 2;
}

} // namespace athanor::cli
