#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlError>

#include <sqlite3.h>

namespace athanor {

Error sqliteFailure(int code, const QString& sqliteText, const QString& fallback, const QString& where)
{
    const QString freeSpace = QCoreApplication::translate(
        "athanor::SqlHelpers", "free some disk space, then try again: nothing of the unfinished change was kept");
    switch (code & 0xff) { // the primary code of an extended one
    case SQLITE_FULL:
        return Error::storage(QCoreApplication::translate("athanor::SqlHelpers", "the disk is full"), where,
                              freeSpace);
    case SQLITE_IOERR:
        // A write the disk refused: out of space, past a file size limit, or a failing disk.
        return Error::storage(
            QCoreApplication::translate("athanor::SqlHelpers", "the disk could not be written (is it full?): %1")
                .arg(sqliteText),
            where, freeSpace);
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
        return Error::storage(
            QCoreApplication::translate("athanor::SqlHelpers",
                                        "the library is read-only: Athanor cannot write to the file or its folder"),
            where,
            QCoreApplication::translate("athanor::SqlHelpers", "allow writing to the file and to its folder, or "
                                                               "work on a copy in a folder you can write to"));
    default:
        return Error::data(fallback.arg(sqliteText), where);
    }
}

Error sqlFailure(const QSqlError& error, const QString& fallback, const QString& where)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return sqliteFailure(numeric ? code : SQLITE_ERROR, text, fallback, where);
}

Result<QSqlQuery> runSql(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return sqlFailure(query.lastError(),
                          QCoreApplication::translate("athanor::SqlHelpers", "cannot prepare a query: %1"),
                          db.databaseName());
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlFailure(query.lastError(), QCoreApplication::translate("athanor::SqlHelpers", "a query failed: %1"),
                          db.databaseName());
    return query;
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        m_open = true;
    else
        m_begun = sqlFailure(query.lastError(),
                             QCoreApplication::translate("athanor::Transaction", "cannot start a transaction: %1"),
                             m_db.databaseName());
}

Transaction::~Transaction()
{
    if (m_open)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT")))
        return sqlFailure(query.lastError(), QCoreApplication::translate("athanor::Transaction", "cannot commit: %1"),
                          m_db.databaseName());
    m_open = false;
    return {};
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace athanor
