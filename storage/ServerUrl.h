#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace athanor {

// What PostgreSQL said, in one line: its first line without "ERROR:" or "FATAL:" (the CONTEXT
// and DETAIL lines that follow are for server logs, not for people).
QString serverMessage(const QSqlError& error);

// A PostgreSQL connection URL, postgres://user:password@host:port/database?sslmode=MODE, as the
// CLI and the connection dialog take it. A password missing from the URL comes from PGPASSWORD.
struct ServerUrl
{
    QString user;
    QString password;
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString sslMode; // disable, allow, prefer, require, verify-ca, verify-full; empty: libpq's default

    static Result<ServerUrl> parse(const QString& text);
    // The URL again; the password only when asked for (never in logs or messages).
    QString toString(bool withPassword = false) const;

    // A new QPSQL connection named `connectionName`, opened; the error says where and why, with
    // the password left out. Remove it with QSqlDatabase::removeDatabase when done.
    Result<QSqlDatabase> open(const QString& connectionName) const;
};

} // namespace athanor
