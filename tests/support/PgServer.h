#pragma once

#include "storage/ServerUrl.h"

#include <QString>
#include <QTemporaryDir>

namespace athanor::test {

// A real PostgreSQL from Debian's package, for the server tests: initdb into a temporary folder
// (owned by the postgres user when the tests run as root, which PostgreSQL refuses to run as),
// password authentication on a free loopback port, the socket in the folder, fsync off; stopped
// (pg_ctl stop -m fast) and removed with the object.
class PgServer
{
public:
    PgServer();
    ~PgServer();
    PgServer(const PgServer&) = delete;
    PgServer& operator=(const PgServer&) = delete;

    // Empty when the server is up; otherwise what went wrong (the tests fail with it).
    QString error() const { return m_error; }
    int port() const { return m_port; }
    // The administrator (a superuser) on database "athanor".
    ServerUrl adminUrl() const;

    // The Athanor schema on it (ServerSchema::migrate as the administrator); false with error() set.
    bool initSchema();
    // A new Athanor user (ServerSchema::addUser) and their URL with its password; an empty user
    // name in the URL and error() set when it failed.
    ServerUrl addUser(const QString& name, bool moderator = false);

    // Stops and starts the server again (a test of a dead server); false with error() set.
    bool stop();
    bool start();

private:
    bool runTool(const QString& tool, const QStringList& args, int timeoutMs = 60000);

    QTemporaryDir m_dir;
    QString m_binDir;
    QString m_password;
    int m_port = 0;
    bool m_asPostgres = false;
    bool m_running = false;
    QString m_error;
};

} // namespace athanor::test
