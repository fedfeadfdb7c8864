#include "SqliteStatement.h"

#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <sqlite3.h>

namespace athanor {

namespace {

int bind(sqlite3_stmt* statement, int index, const QVariant& value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QString: {
        // Bound without a copy: the variant outlives the step.
        const QString& text = *static_cast<const QString*>(value.constData());
        return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * sizeof(QChar)),
                                   SQLITE_STATIC);
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * sizeof(QChar)),
                                   SQLITE_TRANSIENT);
    }
    }
}

} // namespace

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3* const*>(handle.data())
               : nullptr;
}

SqliteStatement::SqliteStatement(const QSqlDatabase& db, const QString& sql) : m_db(sqliteHandle(db))
{
    if (!m_db) {
        m_prepared =
            Error::data(QCoreApplication::translate("athanor::SqliteStatement", "not an SQLite connection"),
                        db.databaseName());
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK)
        m_prepared = sqliteFailure(sqlite3_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)),
                                   QStringLiteral("%1"), db.databaseName());
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

Status SqliteStatement::run(const QVariantList& values)
{
    if (!m_prepared)
        return m_prepared;
    sqlite3_reset(m_statement);
    for (int i = 0; i < values.size(); ++i)
        if (bind(m_statement, i + 1, values.at(i)) != SQLITE_OK)
            return Error::data(QString::fromUtf8(sqlite3_errmsg(m_db)));
    if (const int stepped = sqlite3_step(m_statement); stepped != SQLITE_DONE) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_statement);
        return sqliteFailure(stepped, message, QStringLiteral("%1"), QString());
    }
    return {};
}

} // namespace athanor
