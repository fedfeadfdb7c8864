#include "ServerSchema.h"

#include "Migrator.h"
#include "ServerUrl.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace athanor {

namespace {

const QString kResources = QStringLiteral(":/sql/server");

QString reason(const QSqlError& error)
{
    return serverMessage(error);
}

// Ends an open transaction on every way out.
class ServerTransaction
{
public:
    explicit ServerTransaction(QSqlDatabase db) : m_db(std::move(db)) { m_open = m_db.transaction(); }
    ~ServerTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool begun() const { return m_open; }
    bool commit()
    {
        m_open = !m_db.commit();
        return !m_open;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace

ServerSchema::ServerSchema(QSqlDatabase db) : m_db(std::move(db)) {}

Status ServerSchema::run(const QString& sql, const QString& where) const
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return Error::data(reason(query.lastError()), where);
    return {};
}

int ServerSchema::latestVersion() const
{
    return Migrator(kResources).latestVersion();
}

Result<int> ServerSchema::version() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('athanor.schema_migrations') IS NOT NULL")) ||
        !query.next())
        return Error::data(reason(query.lastError()), m_db.hostName());
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM athanor.schema_migrations")) ||
        !query.next())
        return Error::data(reason(query.lastError()), m_db.hostName());
    return query.value(0).toInt();
}

Result<ServerSchema::Migrated> ServerSchema::migrate()
{
    const Migrator migrations(kResources);
    Migrated migrated;
    // The migrations table first, in its own transaction, so that concurrent runs can lock it.
    if (Status made = run(QStringLiteral("CREATE SCHEMA IF NOT EXISTS athanor; "
                                         "CREATE TABLE IF NOT EXISTS athanor.schema_migrations ("
                                         "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                         "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"),
                          QStringLiteral("schema_migrations"));
        !made)
        return made.error();
    auto current = version();
    if (!current)
        return current.error();
    migrated.from = migrated.to = *current;
    if (*current > migrations.latestVersion())
        return Error::data(QCoreApplication::translate(
                               "athanor::ServerSchema",
                               "the server's schema is version %1, newer than this Athanor knows (%2)")
                               .arg(*current)
                               .arg(migrations.latestVersion()),
                           m_db.hostName(),
                           QCoreApplication::translate("athanor::ServerSchema", "update Athanor"));
    for (const Migrator::Migration& m : migrations.migrations()) {
        if (m.version <= migrated.to)
            continue;
        QFile file(m.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error::data(
                QCoreApplication::translate("athanor::ServerSchema", "cannot read the migration"),
                m.resourcePath);
        const QString sql = QString::fromUtf8(file.readAll());
        ServerTransaction transaction(m_db);
        if (!transaction.begun())
            return Error::data(reason(m_db.lastError()), m_db.hostName());
        // Another run may have applied it while this one waited for the lock.
        QSqlQuery check(m_db);
        if (!check.exec(QStringLiteral("LOCK TABLE athanor.schema_migrations IN EXCLUSIVE MODE")) ||
            !check.exec(QStringLiteral("SELECT count(*) FROM athanor.schema_migrations WHERE version = %1")
                            .arg(m.version)) ||
            !check.next())
            return Error::data(reason(check.lastError()), m.name);
        if (check.value(0).toInt() > 0) {
            migrated.to = m.version;
            continue;
        }
        if (Status applied = run(sql, QStringLiteral("migration %1 (%2)").arg(m.version).arg(m.name));
            !applied)
            return applied.error();
        QSqlQuery record(m_db);
        record.prepare(QStringLiteral("INSERT INTO athanor.schema_migrations (version, name) VALUES (?, ?)"));
        record.addBindValue(m.version);
        record.addBindValue(m.name);
        if (!record.exec())
            return Error::data(reason(record.lastError()), m.name);
        if (!transaction.commit())
            return Error::data(reason(m_db.lastError()), m.name);
        migrated.to = m.version;
        migrated.applied << m.name;
    }
    return migrated;
}

Result<ServerSchema::Maintained> ServerSchema::maintain(int monthsAhead)
{
    Maintained done;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT athanor.ensure_partitions(?)"));
    query.addBindValue(std::max(0, monthsAhead));
    if (!query.exec() || !query.next())
        return Error::data(reason(query.lastError()), QStringLiteral("athanor.ensure_partitions"));
    done.partitionsCreated = query.value(0).toInt();
    const QStringList views{QStringLiteral("athanor.mv_daily_active_techniques"),
                            QStringLiteral("athanor.mv_user_technique_affinity")};
    for (const QString& view : views) {
        // CONCURRENTLY: readers keep the old rows until the new ones are in.
        if (Status refreshed =
                run(QStringLiteral("REFRESH MATERIALIZED VIEW CONCURRENTLY %1").arg(view), view);
            !refreshed)
            return refreshed.error();
        done.viewsRefreshed << view;
    }
    return done;
}

Result<ServerSchema::NewUser> ServerSchema::addUser(const QString& name, bool moderator)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    if (!valid.match(name).hasMatch())
        return Error::usage(QCoreApplication::translate(
                                "athanor::ServerSchema",
                                "a user name is lower-case letters, digits and _, starting with a letter"),
                            name);
    // 24 letters and digits: about 143 bits, and nothing that needs quoting in SQL or a URL.
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString password;
    for (int i = 0; i < 24; ++i)
        password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);

    ServerTransaction transaction(m_db);
    if (!transaction.begun())
        return Error::data(reason(m_db.lastError()), m_db.hostName());
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    exists.addBindValue(name);
    if (!exists.exec())
        return Error::data(reason(exists.lastError()), name);
    if (exists.next())
        return Error::data(
            QCoreApplication::translate("athanor::ServerSchema", "a role of that name exists already"), name);
    // The name is checked above and the password is letters and digits: both safe in the text.
    QString sql =
        QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE athanor_user").arg(name, password);
    if (Status created = run(sql, name); !created)
        return created.error();
    if (moderator)
        if (Status granted = run(QStringLiteral("GRANT athanor_moderator TO \"%1\"").arg(name), name);
            !granted)
            return granted.error();
    QSqlQuery user(m_db);
    user.prepare(QStringLiteral("INSERT INTO athanor.users (role_name, username) VALUES (?, ?)"));
    user.addBindValue(name);
    user.addBindValue(name);
    if (!user.exec())
        return Error::data(reason(user.lastError()), name);
    if (!transaction.commit())
        return Error::data(reason(m_db.lastError()), name);
    return NewUser{name, password};
}

} // namespace athanor
