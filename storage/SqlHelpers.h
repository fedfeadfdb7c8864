#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace athanor {

// What a failed SQLite call means for the person at the keyboard. A result code that says the
// disk or the file cannot be written (full, read-only, an I/O error, a file that cannot be
// opened) becomes an Error of kind Storage that says so, with what to do; any other failure is
// `fallback` with %1 replaced by SQLite's text (kind Data).
Error sqliteFailure(int code, const QString& sqliteText, const QString& fallback, const QString& where);
// The same for a failed QSqlQuery or QSqlDatabase (Qt's SQLite driver passes SQLite's code).
Error sqlFailure(const QSqlError& error, const QString& fallback, const QString& where);

// Prepares, binds and runs one statement; the error names the database file.
Result<QSqlQuery> runSql(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begun() const { return m_begun; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_begun;
    bool m_open = false;
};

// NULL for an empty string, the string otherwise.
QVariant nullIfEmpty(const QString& text);

} // namespace athanor
