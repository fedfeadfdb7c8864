#include "ServerUrl.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace athanor {

QString serverMessage(const QSqlError& error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    for (const QLatin1String prefix : {QLatin1String("ERROR:"), QLatin1String("FATAL:")})
        if (text.startsWith(prefix))
            text = text.mid(prefix.size()).trimmed();
    return text;
}

Result<ServerUrl> ServerUrl::parse(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("postgres") && scheme != QLatin1String("postgresql")))
        return Error::usage(
            QCoreApplication::translate("athanor::ServerUrl",
                                        "not a PostgreSQL URL (postgres://user@host:port/database)"),
            QUrl(text).toString(QUrl::RemovePassword));
    ServerUrl server;
    server.user = url.userName();
    server.password = url.password();
    if (server.password.isEmpty())
        server.password = qEnvironmentVariable("PGPASSWORD");
    if (!url.host().isEmpty())
        server.host = url.host();
    server.port = url.port(5432);
    server.database = url.path().mid(1);
    if (server.user.isEmpty() || server.database.isEmpty())
        return Error::usage(QCoreApplication::translate(
                                "athanor::ServerUrl",
                                "the URL needs a user and a database (postgres://user@host:port/database)"),
                            url.toString(QUrl::RemovePassword));
    const QUrlQuery query(url);
    server.sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!server.sslMode.isEmpty() && !modes.contains(server.sslMode))
        return Error::usage(QCoreApplication::translate("athanor::ServerUrl", "sslmode must be one of %1")
                                .arg(modes.join(QStringLiteral(", "))),
                            url.toString(QUrl::RemovePassword));
    return server;
}

QString ServerUrl::toString(bool withPassword) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgres"));
    url.setUserName(user);
    if (withPassword)
        url.setPassword(password);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString();
}

Result<QSqlDatabase> ServerUrl::open(const QString& connectionName) const
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::data(QCoreApplication::translate("athanor::ServerUrl",
                                                       "Qt's PostgreSQL driver (QPSQL) is not installed"),
                           toString(),
                           QCoreApplication::translate("athanor::ServerUrl", "install libqt6sql6-psql"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=athanor")};
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        QString why = serverMessage(db.lastError());
        // libpq may echo the connection string; keep the password out of every message.
        if (!password.isEmpty())
            why.replace(password, QStringLiteral("***"));
        return Error::network(
            QCoreApplication::translate("athanor::ServerUrl", "cannot connect to the server: %1").arg(why),
            toString());
    }
    return db;
}

} // namespace athanor
