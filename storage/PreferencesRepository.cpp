#include "PreferencesRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace athanor {

PreferencesRepository::PreferencesRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Result<QSet<QString>> PreferencesRepository::favourites() const
{
    auto query = runSql(m_database->connection(),
                        QStringLiteral("SELECT value FROM users, json_each(users.preferences, '$.favorite_techniques') "
                                       "WHERE is_local = 1"));
    if (!query)
        return query.error();
    QSet<QString> codes;
    while (query->next())
        codes.insert(query->value(0).toString());
    return codes;
}

Status PreferencesRepository::setFavourite(const QString& code, bool favourite)
{
    auto current = favourites();
    if (!current)
        return current.error();
    QSet<QString> codes = *current;
    if (favourite)
        codes.insert(code);
    else
        codes.remove(code);
    QStringList sorted(codes.begin(), codes.end());
    sorted.sort();
    const QString json = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(sorted)).toJson(QJsonDocument::Compact));
    auto updated = runSql(m_database->connection(),
                          QStringLiteral("UPDATE users SET preferences = json_set(preferences, '$.favorite_techniques', "
                                         "json(?)), updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE is_local = 1"),
                          {json});
    if (!updated)
        return updated.error();
    return {};
}

} // namespace athanor
