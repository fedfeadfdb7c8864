#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace athanor {

// The server's schema (resources/sql/server/NNNN_name.sql) on an open QPSQL connection of its
// administrator: numbered migrations, each in one transaction, recorded in
// athanor.schema_migrations; upkeep (month partitions of the prompt history, materialised views);
// and the users, each a PostgreSQL login role in the athanor_user group (docs/server.md).
class ServerSchema
{
public:
    explicit ServerSchema(QSqlDatabase db);

    // The version the server is at, 0 for a server never initialised.
    Result<int> version() const;
    int latestVersion() const;

    struct Migrated
    {
        int from = 0;
        int to = 0;
        QStringList applied; // names of the migrations run now
    };
    // Brings the server to latestVersion(); a server newer than this build is refused untouched.
    // Concurrent runs wait for each other (a lock on the migrations table).
    Result<Migrated> migrate();

    struct Maintained
    {
        int partitionsCreated = 0;
        QStringList viewsRefreshed;
    };
    // Partitions for this month and the next `monthsAhead`, then the materialised views.
    Result<Maintained> maintain(int monthsAhead = 3);

    struct NewUser
    {
        QString name;
        QString password; // shown once, never stored by Athanor
    };
    // A login role in athanor_user (and athanor_moderator), with a generated password, and its
    // athanor.users row. Names: lower-case letters, digits and _, starting with a letter.
    Result<NewUser> addUser(const QString& name, bool moderator);

private:
    Status run(const QString& sql, const QString& where) const;

    QSqlDatabase m_db;
};

} // namespace athanor
