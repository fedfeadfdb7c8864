#include "Migrator.h"

#include "SqlScript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace athanor {

Migrator::Migrator(QString resourceDir)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    const QDir dir(resourceDir);
    for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        m_migrations.append({match.captured(1).toInt(), match.captured(2), dir.filePath(file)});
    }
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

int Migrator::currentVersion(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

Status Migrator::migrate(QSqlDatabase& db, const QString& where) const
{
    const int current = currentVersion(db);
    if (current < 0)
        return Error::data(
            QCoreApplication::translate("athanor::Migrator", "cannot read the schema version: %1")
                .arg(db.lastError().text()),
            where);
    if (current > latestVersion())
        return Error::data(
            QCoreApplication::translate("athanor::Migrator",
                                        "the database was written by a newer version of Athanor (schema %1, "
                                        "this build knows up to %2)")
                .arg(current)
                .arg(latestVersion()),
            where,
            QCoreApplication::translate("athanor::Migrator", "update Athanor, or open another database"));

    for (const Migration& migration : m_migrations) {
        if (migration.version <= current)
            continue;
        QFile file(migration.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error::data(QCoreApplication::translate("athanor::Migrator", "migration %1 is missing")
                                   .arg(migration.resourcePath),
                               where);
        const QStringList statements = splitSqlScript(QString::fromUtf8(file.readAll()));

        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Error::data(
                QCoreApplication::translate("athanor::Migrator", "cannot start migration %1: %2")
                    .arg(migration.version)
                    .arg(query.lastError().text()),
                where);
        auto fail = [&](const QString& reason) -> Status {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return Error::data(
                QCoreApplication::translate("athanor::Migrator", "migration %1 (%2) failed: %3")
                    .arg(migration.version, 4, 10, QLatin1Char('0'))
                    .arg(migration.name, reason),
                where);
        };
        for (const QString& statement : statements) {
            if (!query.exec(statement))
                return fail(query.lastError().text());
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)))
            return fail(query.lastError().text());
        if (!query.exec(QStringLiteral("COMMIT")))
            return fail(query.lastError().text());
    }
    return {};
}

} // namespace athanor
