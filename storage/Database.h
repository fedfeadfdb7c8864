#pragma once

#include "core/Result.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace athanor {

// The local SQLite database: one file, one connection per thread (QSqlDatabase connections
// must not cross threads), each with WAL, foreign keys and a busy timeout.
class Database
{
public:
    enum class OpenMode {
        CreateOrMigrate, // create the file if needed and bring it to the latest schema
        ExistingOnly,    // the file must exist; nothing is created or migrated
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Checks the file before SQLite touches it: a file that is not SQLite, is truncated or was
    // written by a newer Athanor is refused with a clear error and left byte-identical.
    static Result<std::shared_ptr<Database>> open(const QString& path, OpenMode mode = OpenMode::CreateOrMigrate);

    // Where Athanor keeps its database: $ATHANOR_DB, else athanor.db in the data folder of the
    // settings, else in the platform's app-data folder.
    static QString defaultPath();
    // The folder setting (Settings ▸ General) that defaultPath() uses; empty for the app-data folder.
    static QString dataFolderSetting();
    static void setDataFolderSetting(const QString& folder);

    // A consistent copy of the whole library at `path` (VACUUM INTO), which must not exist yet.
    Status copyTo(const QString& path) const;

    QString path() const { return m_path; }
    // The copy made before this open migrated the library (<path>.schema<N>.bak), else empty.
    QString migrationBackup() const { return m_migrationBackup; }
    int schemaVersion() const;

    // This thread's connection, opened and configured on first use.
    QSqlDatabase connection() const;

private:
    explicit Database(QString path);
    QString connectionName() const;
    Result<QSqlDatabase> openConnection(const QString& name) const;
    Status verifyReadable(QSqlDatabase& db) const;

    QString m_path;
    QString m_migrationBackup;
    QString m_prefix;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connectionNames;
};

} // namespace athanor
