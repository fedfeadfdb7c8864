#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace athanor {

// Applies the numbered migrations of one schema (`:/sql/local/NNNN_name.sql`), each in its own
// transaction, and records the version reached in PRAGMA user_version.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    explicit Migrator(QString resourceDir = QStringLiteral(":/sql/local"));

    // The migrations found, in order; versions are 1..N without gaps (checked by tests).
    const QList<Migration>& migrations() const { return m_migrations; }
    int latestVersion() const;

    static int currentVersion(const QSqlDatabase& db);

    // Brings db from its user_version to latestVersion(). A failing migration is rolled back
    // and leaves the database at the last version that succeeded.
    Status migrate(QSqlDatabase& db, const QString& where) const;

private:
    QList<Migration> m_migrations;
};

} // namespace athanor
