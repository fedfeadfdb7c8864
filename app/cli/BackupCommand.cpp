#include "BackupCommand.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace athanor::cli {

void BackupCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("to"),
                      QStringLiteral("The backup file to write (default: backups/athanor-<time>.db beside the "
                                     "library). It must not exist."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print {\"path\",\"bytes\",\"schema\"}.")});
}

int BackupCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    // As it is: a library of an older schema is backed up before anything migrates it.
    auto database = context.openDatabase(Database::OpenMode::ExistingOnly);
    if (!database)
        return context.fail(database.error());
    QString target = parser.value(QStringLiteral("to"));
    if (target.isEmpty())
        target = QFileInfo((*database)->path())
                     .dir()
                     .filePath(QStringLiteral("backups/athanor-%1.db")
                                   .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    target = QFileInfo(target).absoluteFilePath();
    if (Status copied = (*database)->copyTo(target); !copied)
        return context.fail(copied.error());
    const qint64 bytes = QFileInfo(target).size();
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonObject{{QStringLiteral("path"), target},
                                      {QStringLiteral("bytes"), bytes},
                                      {QStringLiteral("schema"), (*database)->schemaVersion()}});
        return 0;
    }
    context.out() << "Backed up " << (*database)->path() << " to " << target << " (" << bytes << " bytes)\n";
    return 0;
}

} // namespace athanor::cli
