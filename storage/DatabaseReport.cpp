#include "DatabaseReport.h"

#include "Database.h"
#include "Migrator.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace athanor {

Result<DatabaseReport> DatabaseReport::collect(const Database& database)
{
    QSqlDatabase db = database.connection();
    DatabaseReport report;
    report.schemaVersion = Migrator::currentVersion(db);

    QSqlQuery query(db);
    auto fail = [&](const QString& step) {
        return Error::data(QCoreApplication::translate("athanor::DatabaseReport", "%1 failed: %2")
                               .arg(step, query.lastError().text()),
                           database.path());
    };

    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        //: A step of the database check; completes "%1 failed: %2".
        return fail(QCoreApplication::translate("athanor::DatabaseReport", "integrity check"));
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    report.integrity = problems.join(QStringLiteral("; "));

    if (!query.exec(QStringLiteral("PRAGMA journal_mode")) || !query.next())
        //: A step of the database check; completes "%1 failed: %2".
        return fail(QCoreApplication::translate("athanor::DatabaseReport", "reading the journal mode"));
    report.journalMode = query.value(0).toString();

    // table_list tells real tables from FTS shadow tables and views.
    if (!query.exec(QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                                   "AND name NOT LIKE 'sqlite_%' ORDER BY name")))
        //: A step of the database check; completes "%1 failed: %2".
        return fail(QCoreApplication::translate("athanor::DatabaseReport", "listing tables"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    for (const QString& name : names) {
        QSqlQuery count(db);
        // The name comes from the catalog, quoted as an identifier.
        const QString quoted = QStringLiteral("\"%1\"").arg(QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")));
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted)) || !count.next())
            return Error::data(
                QCoreApplication::translate("athanor::DatabaseReport", "counting %1 failed: %2")
                    .arg(name, count.lastError().text()),
                database.path());
        report.tables.append({name, count.value(0).toLongLong()});
    }
    return report;
}

QJsonObject DatabaseReport::toJson() const
{
    QJsonObject tableCounts;
    for (const auto& [name, rows] : tables)
        tableCounts.insert(name, rows);
    return QJsonObject{{QStringLiteral("schema_version"), schemaVersion},
                       {QStringLiteral("integrity"), integrity},
                       {QStringLiteral("journal_mode"), journalMode},
                       {QStringLiteral("tables"), tableCounts}};
}

} // namespace athanor
