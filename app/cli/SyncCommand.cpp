#include "SyncCommand.h"

#include "storage/SyncEngine.h"

#include <QJsonObject>

namespace athanor::cli {

void SyncCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(
        {QStringLiteral("server"),
         QStringLiteral("The server, as you: postgres://user[:password]@host:port/database[?sslmode=MODE] "
                        "(the password may come from PGPASSWORD). Default: the last one synced with."),
         QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("status"),
         QStringLiteral("Only say which server and how many changes wait, without connecting.")});
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("Print {\"pushed\",\"pulled\",\"conflicts\",\"pending\"} "
                                                "(with --status: {\"server\",\"pending\"}).")});
}

int SyncCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QString where = QStringLiteral("athanor-cli sync");
    if (!parser.positionalArguments().isEmpty())
        return context.usage(QStringLiteral("sync takes no arguments"), where);
    auto database = context.openLibrary();
    if (!database)
        return context.fail(database.error());
    auto stored = SyncEngine::server(*database);
    if (!stored)
        return context.fail(stored.error());
    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("status"))) {
        auto pending = SyncEngine::pending(*database);
        if (!pending)
            return context.fail(pending.error());
        if (json)
            context.printJson(QJsonObject{
                {QStringLiteral("server"), stored->isEmpty() ? QJsonValue() : QJsonValue(*stored)},
                {QStringLiteral("pending"), *pending}});
        else
            context.out() << (stored->isEmpty() ? QStringLiteral("not syncing")
                                                : QStringLiteral("syncing with ") + *stored)
                          << "; " << *pending << " change(s) waiting\n";
        return 0;
    }
    const QString text =
        parser.isSet(QStringLiteral("server")) ? parser.value(QStringLiteral("server")) : *stored;
    if (text.isEmpty())
        return context.usage(
            QStringLiteral("no server yet: give --server postgres://user@host:port/database"), where);
    auto url = ServerUrl::parse(text);
    if (!url)
        return context.fail(url.error());
    auto report = SyncEngine(*database, *url).run();
    if (!report)
        return context.fail(report.error());
    if (json)
        context.printJson(QJsonObject{{QStringLiteral("pushed"), report->pushed},
                                      {QStringLiteral("pulled"), report->pulled},
                                      {QStringLiteral("conflicts"), report->conflicts},
                                      {QStringLiteral("pending"), report->pending}});
    else
        context.out() << report->pushed << " pushed, " << report->pulled << " pulled, " << report->conflicts
                      << " conflict(s), " << report->pending << " waiting\n";
    return 0;
}

} // namespace athanor::cli
