#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace athanor {

// The SQLite connection under a QSQLITE connection, or null for another driver.
sqlite3* sqliteHandle(const QSqlDatabase& db);

// A statement prepared on the SQLite connection itself, for the few loops that run it hundreds of
// thousands of times (an import's staged rows): binding through QSqlQuery costs more than the
// insert. Values bind as QSqlQuery binds them: a null or invalid variant (or null string) is NULL.
class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase& db, const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    Status prepared() const { return m_prepared; }
    // Binds `values` to ?1…?N and runs the statement once.
    Status run(const QVariantList& values);

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    Status m_prepared;
};

} // namespace athanor
