#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace athanor {

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
