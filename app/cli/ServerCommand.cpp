#include "ServerCommand.h"

#include "storage/ServerSchema.h"
#include "storage/ServerSession.h"
#include "storage/ServerUrl.h"

#include <QJsonArray>
#include <QJsonObject>

namespace athanor::cli {

void ServerCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("init, maintain or add-user NAME."));
    parser.addOption(
        {QStringLiteral("url"),
         QStringLiteral("The server as its administrator: postgres://user[:password]@host:port/database"
                        "[?sslmode=MODE] (the password may come from PGPASSWORD)."),
         QStringLiteral("URL")});
    parser.addOption({QStringLiteral("moderator"), QStringLiteral("add-user: the new user also moderates.")});
    parser.addOption({QStringLiteral("months"),
                      QStringLiteral("maintain: partitions for this month and N more (default 3)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption(
        {QStringLiteral("json"),
         QStringLiteral("init: {\"from\",\"version\",\"applied\"}; maintain: "
                        "{\"partitions_created\",\"views_refreshed\"}; add-user: {\"user\",\"url\"}.")});
}

int ServerCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QString where = QStringLiteral("athanor-cli server");
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool addUser = action == QLatin1String("add-user");
    if (!(action == QLatin1String("init") || action == QLatin1String("maintain") || addUser) ||
        args.size() != (addUser ? 2 : 1))
        return context.usage(
            QStringLiteral("say what to do: server init, server maintain, or server add-user NAME"), where);
    if (!parser.isSet(QStringLiteral("url")))
        return context.usage(QStringLiteral("--url names the server (postgres://user@host:port/database)"),
                             where);
    auto url = ServerUrl::parse(parser.value(QStringLiteral("url")));
    if (!url)
        return context.fail(url.error());
    ServerSession connection(*url);
    if (!connection.db())
        return context.fail(connection.db().error());
    ServerSchema schema(*connection.db());
    const bool json = parser.isSet(QStringLiteral("json"));

    if (action == QLatin1String("init")) {
        auto migrated = schema.migrate();
        if (!migrated)
            return context.fail(migrated.error());
        if (json) {
            context.printJson(
                QJsonObject{{QStringLiteral("from"), migrated->from},
                            {QStringLiteral("version"), migrated->to},
                            {QStringLiteral("applied"), QJsonArray::fromStringList(migrated->applied)}});
        } else if (migrated->applied.isEmpty()) {
            context.out() << "the server's schema is up to date (version " << migrated->to << ")\n";
        } else {
            context.out() << "the server's schema went from version " << migrated->from << " to "
                          << migrated->to << ": " << migrated->applied.join(QStringLiteral(", ")) << '\n';
        }
        return 0;
    }
    if (action == QLatin1String("maintain")) {
        bool ok = false;
        const int months = parser.value(QStringLiteral("months")).toInt(&ok);
        if (!ok || months < 0 || months > 120)
            return context.usage(QStringLiteral("--months takes a number from 0 to 120"), where);
        auto maintained = schema.maintain(months);
        if (!maintained)
            return context.fail(maintained.error());
        if (json)
            context.printJson(QJsonObject{
                {QStringLiteral("partitions_created"), maintained->partitionsCreated},
                {QStringLiteral("views_refreshed"), QJsonArray::fromStringList(maintained->viewsRefreshed)}});
        else
            context.out() << maintained->partitionsCreated << " partition(s) created, "
                          << maintained->viewsRefreshed.size() << " view(s) refreshed\n";
        return 0;
    }
    auto user = schema.addUser(args.at(1), parser.isSet(QStringLiteral("moderator")));
    if (!user)
        return context.fail(user.error());
    ServerUrl theirs = *url;
    theirs.user = user->name;
    theirs.password = user->password;
    // Printed once: Athanor keeps no copy of the password.
    if (json)
        context.printJson(QJsonObject{{QStringLiteral("user"), user->name},
                                      {QStringLiteral("url"), theirs.toString(true)}});
    else
        context.out() << "user " << user->name << " created; their connection URL (shown once):\n"
                      << theirs.toString(true) << '\n';
    return 0;
}

} // namespace athanor::cli
