#pragma once

#include "ServerUrl.h"

#include <QSqlDatabase>

namespace athanor {

// A connection to the server for the length of one piece of work: opened under a name of its own
// (so that several can live at once), closed and removed with the object.
class ServerSession
{
public:
    explicit ServerSession(const ServerUrl& url);
    ~ServerSession();
    ServerSession(const ServerSession&) = delete;
    ServerSession& operator=(const ServerSession&) = delete;

    // The open connection, or why it could not be opened (a network error naming the server).
    const Result<QSqlDatabase>& db() const { return m_db; }

private:
    QString m_name;
    Result<QSqlDatabase> m_db;
};

} // namespace athanor
