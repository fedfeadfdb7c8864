#include "PgServer.h"

#include "storage/ServerSchema.h"
#include "storage/ServerSession.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QUuid>
#include <unistd.h>

namespace athanor::test {

namespace {

// The newest /usr/lib/postgresql/N/bin.
QString findBinDir()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& version : versions)
        if (QFile::exists(root.filePath(version + QStringLiteral("/bin/pg_ctl"))))
            return root.filePath(version + QStringLiteral("/bin"));
    return {};
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

PgServer::PgServer()
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        m_error = QStringLiteral(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/pg_ctl): run scripts/deps.sh");
        return;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return;
    }
    m_asPostgres = ::geteuid() == 0;
    m_password = QUuid::createUuid().toString(QUuid::Id128);
    const QString passwordFile = m_dir.filePath(QStringLiteral("pw"));
    QFile pw(passwordFile);
    if (!pw.open(QIODevice::WriteOnly) || pw.write(m_password.toUtf8() + '\n') < 0) {
        m_error = QStringLiteral("cannot write %1").arg(passwordFile);
        return;
    }
    pw.close();
    if (m_asPostgres) {
        // PostgreSQL will not run as root: the folder becomes the postgres user's.
        QProcess::execute(QStringLiteral("chown"),
                          {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_dir.path()});
        QFile::setPermissions(m_dir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    if (!runTool(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-U"),
                  QStringLiteral("athanor_admin"), QStringLiteral("--pwfile"), passwordFile,
                  QStringLiteral("-A"), QStringLiteral("scram-sha-256"), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")}))
        return;
    m_port = freePort();
    if (!start())
        return;
    // The database the tests use, created by the administrator.
    QProcess createdb;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), m_password);
    createdb.setProcessEnvironment(env);
    createdb.start(QDir(m_binDir).filePath(QStringLiteral("createdb")),
                   {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                    QString::number(m_port), QStringLiteral("-U"), QStringLiteral("athanor_admin"),
                    QStringLiteral("athanor")});
    if (!createdb.waitForFinished(60000) || createdb.exitCode() != 0)
        m_error =
            QStringLiteral("createdb failed: %1").arg(QString::fromUtf8(createdb.readAllStandardError()));
}

PgServer::~PgServer()
{
    stop();
}

bool PgServer::runTool(const QString& tool, const QStringList& args, int timeoutMs)
{
    QProcess process;
    const QString path = QDir(m_binDir).filePath(tool);
    if (m_asPostgres)
        process.start(
            QStringLiteral("runuser"),
            QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), path} + args);
    else
        process.start(path, args);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2 %3")
                      .arg(tool, QString::fromUtf8(process.readAllStandardError()),
                           QString::fromUtf8(process.readAllStandardOutput()))
                      .trimmed();
        return false;
    }
    return true;
}

bool PgServer::start()
{
    if (m_running)
        return true;
    const QString options =
        QStringLiteral("-F -k %1 -p %2 -c listen_addresses=127.0.0.1 -c max_connections=40")
            .arg(m_dir.path())
            .arg(m_port);
    m_running = runTool(QStringLiteral("pg_ctl"),
                        {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-o"),
                         options, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
                         QStringLiteral("-w"), QStringLiteral("start")});
    return m_running;
}

bool PgServer::stop()
{
    if (!m_running)
        return true;
    m_running = !runTool(QStringLiteral("pg_ctl"),
                         {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                          QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
    return !m_running;
}

bool PgServer::initSchema()
{
    ServerSession session(adminUrl());
    if (!session.db()) {
        m_error = session.db().error().message();
        return false;
    }
    auto migrated = ServerSchema(*session.db()).migrate();
    if (!migrated)
        m_error = migrated.error().message();
    return migrated.ok();
}

ServerUrl PgServer::addUser(const QString& name, bool moderator)
{
    ServerUrl url = adminUrl();
    ServerSession session(url);
    if (!session.db()) {
        m_error = session.db().error().message();
        url.user.clear();
        return url;
    }
    auto user = ServerSchema(*session.db()).addUser(name, moderator);
    if (!user) {
        m_error = user.error().message();
        url.user.clear();
        return url;
    }
    url.user = user->name;
    url.password = user->password;
    return url;
}

ServerUrl PgServer::adminUrl() const
{
    ServerUrl url;
    url.user = QStringLiteral("athanor_admin");
    url.password = m_password;
    url.host = QStringLiteral("127.0.0.1");
    url.port = m_port;
    url.database = QStringLiteral("athanor");
    url.sslMode = QStringLiteral("disable");
    return url;
}

} // namespace athanor::test
