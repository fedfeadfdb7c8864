#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlError>

namespace athanor {

Result<QSqlQuery> runSql(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return Error::data(QCoreApplication::translate("athanor::SqlHelpers", "cannot prepare a query: %1")
                               .arg(query.lastError().text()),
                           db.databaseName());
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error::data(QCoreApplication::translate("athanor::SqlHelpers", "a query failed: %1")
                               .arg(query.lastError().text()),
                           db.databaseName());
    return query;
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        m_open = true;
    else
        m_begun =
            Error::data(QCoreApplication::translate("athanor::Transaction", "cannot start a transaction: %1")
                            .arg(query.lastError().text()),
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
        return Error::data(QCoreApplication::translate("athanor::Transaction", "cannot commit: %1")
                               .arg(query.lastError().text()),
                           m_db.databaseName());
    m_open = false;
    return {};
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace athanor
