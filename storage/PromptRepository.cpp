#include "PromptRepository.h"

#include "Database.h"
#include "SqlHelpers.h"
#include "core/ContentHash.h"
#include "core/Ids.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace athanor {
namespace {

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

template <typename T>
QVariant nullable(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace

PromptRepository::PromptRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Result<QString> PromptRepository::add(Prompt prompt)
{
    if (normalizedContent(prompt.content).isEmpty())
        return Error::data(
            QCoreApplication::translate("athanor::PromptRepository", "a prompt cannot be empty"));
    if (prompt.id.isEmpty())
        prompt.id = newUuid();
    const QString hash = contentHash(prompt.content);

    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
        "INSERT INTO prompts (id, content, content_hash, title, tags, phase, provider, model, persona_used, "
        "temperature, max_tokens, actual_tokens, parent_id, session_id, source, original_input, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "coalesce(?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), coalesce(?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))"));
    query.addBindValue(prompt.id);
    query.addBindValue(prompt.content);
    query.addBindValue(hash);
    query.addBindValue(nullable(prompt.title));
    query.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(prompt.tags)).toJson(QJsonDocument::Compact)));
    query.addBindValue(nullable(prompt.phase));
    query.addBindValue(nullable(prompt.provider));
    query.addBindValue(nullable(prompt.model));
    query.addBindValue(nullable(prompt.persona));
    query.addBindValue(nullable(prompt.temperature));
    query.addBindValue(nullable(prompt.maxTokens));
    query.addBindValue(nullable(prompt.actualTokens));
    query.addBindValue(nullable(prompt.parentId));
    query.addBindValue(nullable(prompt.sessionId));
    query.addBindValue(nullable(prompt.source));
    query.addBindValue(nullable(prompt.originalInput));
    query.addBindValue(nullable(prompt.createdAt));
    query.addBindValue(nullable(prompt.createdAt));
    if (!query.exec()) {
        if (auto existing = findByContent(prompt.content))
            return Error::data(
                QCoreApplication::translate("athanor::PromptRepository",
                                            "a prompt with the same content exists already (%1)")
                    .arg(*existing),
                prompt.source);
        return Error::data(
            QCoreApplication::translate("athanor::PromptRepository", "cannot save the prompt: %1")
                .arg(query.lastError().databaseText()),
            prompt.source);
    }
    return prompt.id;
}

std::optional<Prompt> PromptRepository::find(const QString& id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT id, content, title, tags, phase, provider, model, persona_used, temperature, "
                                 "max_tokens, actual_tokens, parent_id, session_id, source, original_input, created_at "
                                 "FROM prompts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Prompt prompt;
    prompt.id = query.value(0).toString();
    prompt.content = query.value(1).toString();
    prompt.title = query.value(2).toString();
    for (const QJsonValue& tag : QJsonDocument::fromJson(query.value(3).toByteArray()).array())
        prompt.tags << tag.toString();
    prompt.phase = query.value(4).toString();
    prompt.provider = query.value(5).toString();
    prompt.model = query.value(6).toString();
    prompt.persona = query.value(7).toString();
    if (!query.isNull(8))
        prompt.temperature = query.value(8).toDouble();
    if (!query.isNull(9))
        prompt.maxTokens = query.value(9).toInt();
    if (!query.isNull(10))
        prompt.actualTokens = query.value(10).toInt();
    prompt.parentId = query.value(11).toString();
    prompt.sessionId = query.value(12).toString();
    prompt.source = query.value(13).toString();
    prompt.originalInput = query.value(14).toString();
    prompt.createdAt = query.value(15).toString();
    return prompt;
}

std::optional<QString> PromptRepository::findByContent(const QString& content) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT id FROM prompts WHERE content_hash = ?"));
    query.addBindValue(contentHash(content));
    if (query.exec() && query.next())
        return query.value(0).toString();
    return std::nullopt;
}

Result<qint64> PromptRepository::count() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM prompts")) || !query.next())
        return Error::data(
            QCoreApplication::translate("athanor::PromptRepository", "cannot count prompts: %1")
                .arg(query.lastError().text()),
            m_database->path());
    return query.value(0).toLongLong();
}

Status PromptRepository::remove(const QString& id)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM prompts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Error::data(
            QCoreApplication::translate("athanor::PromptRepository", "cannot delete the prompt: %1")
                .arg(query.lastError().text()),
            id);
    if (query.numRowsAffected() == 0)
        return Error::data(QCoreApplication::translate("athanor::PromptRepository", "no prompt with this id"),
                           id);
    return {};
}

Status PromptRepository::removeMany(const QStringList& ids)
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    for (const QString& id : ids) {
        auto deleted = runSql(db, QStringLiteral("DELETE FROM prompts WHERE id = ?"), {id});
        if (!deleted)
            return deleted.error();
        if (deleted->numRowsAffected() == 0)
            return Error::data(QCoreApplication::translate("athanor::PromptRepository",
                                                           "no prompt with this id; nothing was deleted"),
                               id);
    }
    return transaction.commit();
}

namespace {

Status changeTags(const std::shared_ptr<Database>& database, const QString& id, const QStringList& tags, bool add)
{
    auto current = runSql(database->connection(), QStringLiteral("SELECT tags FROM prompts WHERE id = ?"), {id});
    if (!current)
        return current.error();
    if (!current->next())
        return Error::data(QCoreApplication::translate("athanor::PromptRepository", "no prompt with this id"),
                           id);
    QStringList result;
    for (const QJsonValue& tag : QJsonDocument::fromJson(current->value(0).toByteArray()).array())
        result << tag.toString();
    for (const QString& raw : tags) {
        const QString tag = raw.trimmed();
        if (tag.isEmpty())
            continue;
        if (add && !result.contains(tag))
            result << tag;
        else if (!add)
            result.removeAll(tag);
    }
    const QString json = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(result)).toJson(QJsonDocument::Compact));
    auto updated = runSql(database->connection(),
                          QStringLiteral("UPDATE prompts SET tags = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                                         "WHERE id = ?"),
                          {json, id});
    return updated ? Status() : Status(updated.error());
}

} // namespace

Status PromptRepository::addTags(const QString& id, const QStringList& tags)
{
    return changeTags(m_database, id, tags, true);
}

Status PromptRepository::removeTags(const QString& id, const QStringList& tags)
{
    return changeTags(m_database, id, tags, false);
}

Status PromptRepository::setTags(const QString& id, const QStringList& tags)
{
    QStringList unique;
    for (const QString& raw : tags)
        if (const QString tag = raw.trimmed(); !tag.isEmpty() && !unique.contains(tag))
            unique << tag;
    const QString json = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(unique)).toJson(QJsonDocument::Compact));
    auto updated = runSql(m_database->connection(),
                          QStringLiteral("UPDATE prompts SET tags = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                                         "WHERE id = ?"),
                          {json, id});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return Error::data(QCoreApplication::translate("athanor::PromptRepository", "no prompt with this id"),
                           id);
    return {};
}

Result<QStringList> PromptRepository::children(const QString& id) const
{
    auto query = runSql(m_database->connection(),
                        QStringLiteral("SELECT id FROM prompts WHERE parent_id = ? ORDER BY created_at, seq"), {id});
    if (!query)
        return query.error();
    QStringList ids;
    while (query->next())
        ids << query->value(0).toString();
    return ids;
}

Status PromptRepository::addContext(const QString& id, const QString& type, const QString& content)
{
    auto inserted = runSql(m_database->connection(),
                           QStringLiteral("INSERT INTO prompt_context (id, prompt_id, context_type, content) VALUES (?,?,?,?)"),
                           {newUuid(), id, type, content});
    return inserted ? Status() : Status(inserted.error());
}

Result<QList<QPair<QString, QString>>> PromptRepository::context(const QString& id) const
{
    auto query = runSql(m_database->connection(),
                        QStringLiteral("SELECT context_type, content FROM prompt_context WHERE prompt_id = ? "
                                       "ORDER BY created_at, rowid"),
                        {id});
    if (!query)
        return query.error();
    QList<QPair<QString, QString>> rows;
    while (query->next())
        rows.append({query->value(0).toString(), query->value(1).toString()});
    return rows;
}

} // namespace athanor
