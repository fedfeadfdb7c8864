#include "Database.h"

#include "DatabaseFile.h"
#include "FtsRanking.h"
#include "Migrator.h"
#include "SqlHelpers.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace athanor {
namespace {

QAtomicInteger<quint64> g_instanceCounter;

QString damagedHint()
{
    return QCoreApplication::translate("athanor::Database", "restore a backup, or open another database");
}

// A file another program made: Athanor never migrates into it.
Error foreignFile(const QString& path)
{
    return Error::data(
        QCoreApplication::translate("athanor::Database", "not an Athanor database: an SQLite file of another program"),
        path, QCoreApplication::translate("athanor::Database", "choose another file, or start a new database"));
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path)), m_prefix(QStringLiteral("athanor-%1").arg(g_instanceCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    // Removing closes each connection; connections of other threads are idle by now.
    for (const QString& name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

QString Database::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("ATHANOR_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString folder = dataFolderSetting();
    return QDir(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : folder)
        .filePath(QStringLiteral("athanor.db"));
}

QString Database::dataFolderSetting()
{
    return QSettings().value(QStringLiteral("storage/folder")).toString();
}

void Database::setDataFolderSetting(const QString& folder)
{
    QSettings settings;
    if (folder.isEmpty())
        settings.remove(QStringLiteral("storage/folder"));
    else
        settings.setValue(QStringLiteral("storage/folder"), QDir::cleanPath(folder));
}

Status Database::copyTo(const QString& path) const
{
    if (QFileInfo::exists(path))
        return Error::usage(QCoreApplication::translate("athanor::Database", "there is a file there already"),
                            path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::data(QCoreApplication::translate("athanor::Database", "cannot create the folder"),
                           QFileInfo(path).absolutePath());
    QSqlQuery copy(connection());
    copy.prepare(QStringLiteral("VACUUM INTO ?"));
    copy.addBindValue(QFileInfo(path).absoluteFilePath());
    if (!copy.exec()) {
        QFile::remove(path); // nothing half-written stays
        return Error::data(
            QCoreApplication::translate("athanor::Database", "the library could not be copied: %1")
                .arg(copy.lastError().text()),
            path);
    }
    return {};
}

Result<std::shared_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const DatabaseFileInfo info = DatabaseFileInfo::probe(absolute);
    Migrator migrator;

    switch (info.state) {
    case DatabaseFileInfo::State::Missing:
    case DatabaseFileInfo::State::Empty:
        if (mode == OpenMode::ExistingOnly)
            return Error::data(
                QCoreApplication::translate("athanor::Database", "no database here"), absolute,
                QCoreApplication::translate("athanor::Database", "create one with: athanor-cli --db %1 init")
                    .arg(absolute));
        break;
    case DatabaseFileInfo::State::NotSQLite:
        return Error::data(
            QCoreApplication::translate("athanor::Database",
                                        "not an Athanor database: the file is not an SQLite database"),
            absolute,
            QCoreApplication::translate("athanor::Database", "choose another file, or start a new database"));
    case DatabaseFileInfo::State::Truncated:
        return Error::data(
            QCoreApplication::translate("athanor::Database",
                                        "the database file is damaged: it is shorter than its header says "
                                        "(%1 bytes)")
                .arg(info.size),
            absolute, damagedHint());
    case DatabaseFileInfo::State::SQLite:
        if (info.isForeign())
            return foreignFile(absolute);
        if (info.userVersion > migrator.latestVersion())
            return Error::data(
                QCoreApplication::translate("athanor::Database",
                                            "the database was written by a newer version of Athanor "
                                            "(schema %1, this build knows up to %2)")
                    .arg(info.userVersion)
                    .arg(migrator.latestVersion()),
                absolute,
                QCoreApplication::translate("athanor::Database", "update Athanor, or open another database"));
        break;
    }

    if (mode == OpenMode::CreateOrMigrate) {
        const QDir dir = QFileInfo(absolute).dir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
            return Error::data(
                QCoreApplication::translate("athanor::Database", "cannot create the folder for the database"),
                dir.absolutePath());
    }

    std::shared_ptr<Database> database(new Database(absolute));
    auto opened = database->openConnection(database->connectionName());
    if (!opened)
        return opened.error();
    QSqlDatabase db = opened.value();
    if (Status readable = database->verifyReadable(db); !readable)
        return readable.error();

    const int version = Migrator::currentVersion(db);
    if (version == 0) {
        // A version-0 file with tables belongs to some other program: never migrate into it.
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next() && query.value(0).toInt() > 0)
            return foreignFile(absolute);
    }
    if (mode == OpenMode::CreateOrMigrate) {
        // A copy of the library as it was, before a migration changes it (kept; the newest
        // copy of each old schema wins).
        if (version > 0 && version < migrator.latestVersion()) {
            const QString backup = QStringLiteral("%1.schema%2.bak").arg(absolute).arg(version);
            QFile::remove(backup);
            if (Status copied = database->copyTo(backup); !copied)
                return Error::data(QCoreApplication::translate("athanor::Database",
                                                               "the library was not migrated: its backup failed: %1")
                                       .arg(copied.error().message()),
                                   backup,
                                   QCoreApplication::translate("athanor::Database",
                                                               "free some disk space, then open it again"));
            database->m_migrationBackup = backup;
        }
        if (Status migrated = migrator.migrate(db, absolute); !migrated)
            return migrated.error();
    }
    return database;
}

Status Database::verifyReadable(QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return Error::data(
            QCoreApplication::translate("athanor::Database", "the database file is damaged: %1")
                .arg(query.lastError().databaseText()),
            m_path, damagedHint());
    return {};
}

int Database::schemaVersion() const
{
    return Migrator::currentVersion(connection());
}

QString Database::connectionName() const
{
    // A number per thread, never reused: a thread address can be, once a pool thread has exited.
    static QAtomicInteger<quint64> threadCounter;
    thread_local const quint64 threadNumber = threadCounter.fetchAndAddRelaxed(1) + 1;
    return QStringLiteral("%1-t%2").arg(m_prefix).arg(threadNumber);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    auto opened = openConnection(name);
    return opened.ok() ? opened.value() : QSqlDatabase();
}

Result<QSqlDatabase> Database::openConnection(const QString& name) const
{
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.insert(name);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return sqlFailure(db.lastError(), QCoreApplication::translate("athanor::Database", "cannot open the database: %1"),
                          m_path);

    QSqlQuery query(db);
    // journal_mode is the first statement to read the file: a damaged file fails here.
    const QStringList pragmas = {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
                                 QStringLiteral("PRAGMA busy_timeout = 5000"),
                                 QStringLiteral("PRAGMA synchronous = NORMAL")};
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma)) {
            Error failure = sqlFailure(query.lastError(),
                                       QCoreApplication::translate("athanor::Database",
                                                                   "the database file is damaged or unreadable: %1"),
                                       m_path);
            if (failure.kind != Error::Kind::Storage) // a read-only file is not a damaged one
                failure.hint = damagedHint();
            db.close();
            return failure;
        }
    }
    if (Status ranking = registerFtsRanking(db); !ranking) {
        db.close();
        return ranking.error();
    }
    return db;
}

} // namespace athanor
