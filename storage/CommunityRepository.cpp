#include "CommunityRepository.h"

#include "Database.h"
#include "PromptRepository.h"
#include "ServerUrl.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace athanor {

namespace {

const QString kColumns = QStringLiteral(
    "id::text, coalesce(author, ''), title, coalesce(description, ''), original_prompt, enhanced_prompt, "
    "array_to_json(techniques_used)::text, category, array_to_json(tags)::text, likes, saves, remix_count, "
    "is_featured, "
    "is_verified, moderation_status, to_char(created_at AT TIME ZONE 'UTC', "
    "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
    "trending, liked, saved");

QStringList stringsOf(const QString& json)
{
    QStringList list;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        list << v.toString();
    return list;
}

QString jsonOf(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

CommunityPrompt promptFrom(const QSqlQuery& row)
{
    CommunityPrompt p;
    p.id = row.value(0).toString();
    p.author = row.value(1).toString();
    p.title = row.value(2).toString();
    p.description = row.value(3).toString();
    p.original = row.value(4).toString();
    p.enhanced = row.value(5).toString();
    p.techniques = stringsOf(row.value(6).toString());
    p.category = row.value(7).toString();
    p.tags = stringsOf(row.value(8).toString());
    p.likes = row.value(9).toInt();
    p.saves = row.value(10).toInt();
    p.remixes = row.value(11).toInt();
    p.featured = row.value(12).toBool();
    p.verified = row.value(13).toBool();
    p.status = row.value(14).toString();
    p.createdAt = row.value(15).toString();
    p.trending = row.value(16).toLongLong();
    p.liked = row.value(17).toBool();
    p.saved = row.value(18).toBool();
    return p;
}

Error serverError(const QSqlQuery& query, const QString& what)
{
    return Error::network(
        QCoreApplication::translate("athanor::CommunityRepository", "the server refused to %1: %2")
            .arg(what, serverMessage(query.lastError())),
        QStringLiteral("community"));
}

} // namespace

std::optional<CommunityRepository::Sort> CommunityRepository::parseSort(const QString& name)
{
    if (name == QLatin1String("trending"))
        return Sort::Trending;
    if (name == QLatin1String("new"))
        return Sort::New;
    if (name == QLatin1String("top"))
        return Sort::Top;
    return std::nullopt;
}

CommunityRepository::CommunityRepository(std::shared_ptr<Database> library) : m_library(std::move(library)) {}

Result<QList<CommunityPrompt>> CommunityRepository::list(const QSqlDatabase& server, Sort sort,
                                                         const QString& search, int limit, bool queue)
{
    QSqlQuery query(server);
    query.prepare(QStringLiteral("SELECT %1 FROM athanor.community_list(?, ?, ?, ?)").arg(kColumns));
    query.addBindValue(sort == Sort::New   ? QStringLiteral("new")
                       : sort == Sort::Top ? QStringLiteral("top")
                                           : QStringLiteral("trending"));
    query.addBindValue(search.trimmed());
    query.addBindValue(std::clamp(limit, 1, 500));
    query.addBindValue(queue);
    if (!query.exec())
        //: Completes "the server refused to %1: %2".
        return serverError(
            query, QCoreApplication::translate("athanor::CommunityRepository", "list the community library"));
    QList<CommunityPrompt> prompts;
    while (query.next())
        prompts << promptFrom(query);
    if (Status cached = cache(prompts); !cached)
        return cached.error();
    return prompts;
}

Status CommunityRepository::cache(const QList<CommunityPrompt>& prompts)
{
    QSqlDatabase db = m_library->connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    for (const CommunityPrompt& p : prompts) {
        auto cached = runSql(
            db,
            QStringLiteral(
                "INSERT INTO community_prompts (id, title, description, original_prompt, enhanced_prompt, "
                "techniques_used, "
                "category, tags, likes, saves, remix_count, is_featured, is_verified, moderation_status, "
                "created_at, "
                "updated_at, cached_at, author_name, trending, liked, saved) VALUES "
                "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?, "
                "strftime('%Y-%m-%dT%H:%M:%fZ','now'), strftime('%Y-%m-%dT%H:%M:%fZ','now'), ?, max(?, 0), "
                "?, ?) "
                "ON CONFLICT (id) DO UPDATE SET title = excluded.title, description = excluded.description, "
                "original_prompt = excluded.original_prompt, enhanced_prompt = excluded.enhanced_prompt, "
                "techniques_used = excluded.techniques_used, category = excluded.category, tags = "
                "excluded.tags, "
                "likes = excluded.likes, saves = excluded.saves, remix_count = excluded.remix_count, "
                "is_featured = excluded.is_featured, is_verified = excluded.is_verified, "
                "moderation_status = excluded.moderation_status, updated_at = excluded.updated_at, "
                "cached_at = excluded.cached_at, author_name = excluded.author_name, "
                "trending = CASE WHEN ? < 0 THEN community_prompts.trending ELSE excluded.trending END, "
                "liked = excluded.liked, saved = excluded.saved"),
            {p.id,
             p.title,
             nullIfEmpty(p.description),
             p.original,
             p.enhanced,
             jsonOf(p.techniques),
             p.category.isEmpty() ? QStringLiteral("general") : p.category,
             jsonOf(p.tags),
             p.likes,
             p.saves,
             p.remixes,
             p.featured ? 1 : 0,
             p.verified ? 1 : 0,
             p.status,
             p.createdAt,
             nullIfEmpty(p.author),
             p.trending,
             p.liked ? 1 : 0,
             p.saved ? 1 : 0,
             p.trending});
        if (!cached)
            return cached.error();
    }
    return transaction.commit();
}

Result<QList<CommunityPrompt>> CommunityRepository::cached(Sort sort, const QString& search, int limit) const
{
    const QString order = sort == Sort::New ? QStringLiteral("created_at DESC")
                          : sort == Sort::Top
                              ? QStringLiteral("likes + saves DESC, created_at DESC")
                              : QStringLiteral("trending DESC, is_featured DESC, created_at DESC");
    // Every word, anywhere in the title, the description or the text (the cache is small).
    QStringList where{QStringLiteral("1")};
    QVariantList values;
    for (const QString& word : search.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        where << QStringLiteral(
            "(title || ' ' || coalesce(description, '') || ' ' || enhanced_prompt) LIKE ? ESCAPE '\\'");
        QString escaped = word;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        values << QStringLiteral("%") + escaped + QStringLiteral("%");
    }
    values << std::clamp(limit, 1, 500);
    auto rows = runSql(
        m_library->connection(),
        QStringLiteral("SELECT id, coalesce(author_name, ''), title, coalesce(description, ''), "
                       "original_prompt, enhanced_prompt, techniques_used, category, tags, likes, saves, "
                       "remix_count, is_featured, is_verified, moderation_status, created_at, trending, "
                       "liked, saved FROM community_prompts WHERE %1 ORDER BY %2 LIMIT ?")
            .arg(where.join(QStringLiteral(" AND ")), order),
        values);
    if (!rows)
        return rows.error();
    QList<CommunityPrompt> prompts;
    while (rows->next())
        prompts << promptFrom(*rows);
    return prompts;
}

Result<bool> CommunityRepository::isModerator(const QSqlDatabase& server)
{
    QSqlQuery query(server);
    if (!query.exec(QStringLiteral("SELECT athanor.is_moderator()")) || !query.next())
        //: Completes "the server refused to %1: %2".
        return serverError(query,
                           QCoreApplication::translate("athanor::CommunityRepository", "say who moderates"));
    return query.value(0).toBool();
}

Result<CommunityPrompt> CommunityRepository::cachedOne(const QString& id) const
{
    auto rows = runSql(
        m_library->connection(),
        QStringLiteral("SELECT id, coalesce(author_name, ''), title, coalesce(description, ''), "
                       "original_prompt, enhanced_prompt, techniques_used, category, tags, likes, saves, "
                       "remix_count, is_featured, is_verified, moderation_status, created_at, trending, "
                       "liked, saved FROM community_prompts WHERE id = ?"),
        {id});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return Error::data(
            QCoreApplication::translate("athanor::CommunityRepository", "no community prompt %1 in the cache")
                .arg(id),
            m_library->path());
    return promptFrom(*rows);
}

Result<CommunityPrompt> CommunityRepository::publish(const QSqlDatabase& server, const QString& promptId,
                                                     const QString& title, const QString& description,
                                                     const QString& category)
{
    PromptRepository prompts(m_library);
    const std::optional<Prompt> prompt = prompts.find(promptId);
    if (!prompt)
        return Error::data(
            QCoreApplication::translate("athanor::CommunityRepository", "no prompt with id %1").arg(promptId),
            m_library->path());
    const QString name = title.trimmed().isEmpty() ? prompt->title.trimmed() : title.trimmed();
    if (name.isEmpty())
        return Error::usage(
            QCoreApplication::translate("athanor::CommunityRepository", "a published prompt needs a title"),
            promptId);
    // The techniques of the enhancement that made it, when one did.
    QStringList techniques;
    auto applied =
        runSql(m_library->connection(),
               QStringLiteral("SELECT t.code FROM prompt_history ph, json_each(ph.techniques_applied) j "
                              "JOIN techniques t ON t.id = j.value WHERE ph.enhanced_prompt_id = ? "
                              "ORDER BY ph.created_at DESC, j.key"),
               {promptId});
    while (applied && applied->next())
        if (!techniques.contains(applied->value(0).toString()))
            techniques << applied->value(0).toString();
    QSqlQuery insert(server);
    insert.prepare(QStringLiteral(
        "INSERT INTO athanor.community_prompts (title, description, original_prompt, enhanced_prompt, "
        "techniques_used, "
        "category, tags) VALUES (?, ?, ?, ?, ARRAY(SELECT json_array_elements_text(CAST(? AS json))), ?, "
        "ARRAY(SELECT json_array_elements_text(CAST(? AS json)))) RETURNING id::text"));
    insert.addBindValue(name);
    insert.addBindValue(description.trimmed().isEmpty() ? QVariant() : QVariant(description.trimmed()));
    insert.addBindValue(prompt->originalInput.isEmpty() ? prompt->content : prompt->originalInput);
    insert.addBindValue(prompt->content);
    insert.addBindValue(jsonOf(techniques));
    insert.addBindValue(category.trimmed().isEmpty() ? QStringLiteral("general") : category.trimmed());
    insert.addBindValue(jsonOf(prompt->tags));
    if (!insert.exec() || !insert.next())
        //: Completes "the server refused to %1: %2".
        return serverError(insert,
                           QCoreApplication::translate("athanor::CommunityRepository", "publish the prompt"));
    return fetch(server, insert.value(0).toString());
}

Result<CommunityPrompt> CommunityRepository::fetch(const QSqlDatabase& server, const QString& id)
{
    // The caller's own prompts and approved ones are visible; community_list has the rest.
    QSqlQuery query(server);
    query.prepare(
        QStringLiteral("SELECT p.id::text, coalesce(u.username, ''), p.title, coalesce(p.description, ''), "
                       "p.original_prompt, "
                       "p.enhanced_prompt, array_to_json(p.techniques_used)::text, p.category, "
                       "array_to_json(p.tags)::text, p.likes, "
                       "p.saves, p.remix_count, p.is_featured, p.is_verified, p.moderation_status, "
                       "to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), -1, "
                       "EXISTS (SELECT 1 FROM athanor.community_interactions i WHERE i.prompt_id = p.id AND "
                       "i.kind = 'like'), "
                       "EXISTS (SELECT 1 FROM athanor.community_interactions i WHERE i.prompt_id = p.id AND "
                       "i.kind = 'save') "
                       "FROM athanor.community_prompts p LEFT JOIN athanor.users u ON u.id = p.author_id "
                       "WHERE p.id = CAST(? AS uuid)"));
    query.addBindValue(id);
    if (!query.exec())
        //: Completes "the server refused to %1: %2".
        return serverError(
            query, QCoreApplication::translate("athanor::CommunityRepository", "read the community prompt"));
    if (!query.next())
        return Error::data(QCoreApplication::translate("athanor::CommunityRepository",
                                                       "no community prompt %1 (or not one you may see)")
                               .arg(id),
                           QStringLiteral("community"));
    // Trending counts everyone's interactions, which only community_list may see: -1 keeps the
    // cached score.
    if (Status cached = cache({promptFrom(query)}); !cached)
        return cached.error();
    return cachedOne(id);
}

Result<CommunityPrompt> CommunityRepository::interact(const QSqlDatabase& server, const QString& id,
                                                      const QString& what, bool on)
{
    QSqlQuery call(server);
    call.prepare(QStringLiteral("SELECT athanor.interact(CAST(? AS uuid), ?, ?)"));
    call.addBindValue(id);
    call.addBindValue(what);
    call.addBindValue(on);
    if (!call.exec())
        return serverError(call, what);
    return fetch(server, id);
}

Result<QString> CommunityRepository::remix(const QSqlDatabase& server, const QString& id)
{
    QSqlQuery call(server);
    call.prepare(QStringLiteral("SELECT athanor.remix(CAST(? AS uuid))"));
    call.addBindValue(id);
    if (!call.exec())
        //: Completes "the server refused to %1: %2".
        return serverError(call, QCoreApplication::translate("athanor::CommunityRepository", "remix"));
    auto original = fetch(server, id);
    if (!original)
        return original.error();
    PromptRepository prompts(m_library);
    if (const std::optional<QString> existing = prompts.findByContent(original->enhanced))
        return *existing; // already in the library
    Prompt copy;
    copy.content = original->enhanced;
    copy.title =
        QCoreApplication::translate("athanor::CommunityRepository", "Remix of %1").arg(original->title);
    copy.tags = original->tags;
    copy.source = QStringLiteral("community");
    copy.originalInput = original->original;
    auto added = prompts.add(copy);
    if (!added)
        return added.error();
    const QJsonObject lineage{{QStringLiteral("id"), original->id},
                              {QStringLiteral("title"), original->title},
                              {QStringLiteral("author"), original->author}};
    if (Status linked =
            prompts.addContext(*added, QStringLiteral("remix_of"),
                               QString::fromUtf8(QJsonDocument(lineage).toJson(QJsonDocument::Compact)));
        !linked)
        return linked.error();
    return *added;
}

Result<CommunityPrompt> CommunityRepository::moderate(const QSqlDatabase& server, const QString& id,
                                                      const QString& status, std::optional<bool> featured,
                                                      std::optional<bool> verified)
{
    QSqlQuery call(server);
    call.prepare(QStringLiteral("SELECT athanor.moderate(CAST(? AS uuid), ?, ?, ?)"));
    call.addBindValue(id);
    call.addBindValue(status.isEmpty() ? QVariant() : QVariant(status));
    call.addBindValue(featured ? QVariant(*featured) : QVariant());
    call.addBindValue(verified ? QVariant(*verified) : QVariant());
    if (!call.exec())
        //: Completes "the server refused to %1: %2".
        return serverError(call, QCoreApplication::translate("athanor::CommunityRepository", "moderate"));
    return fetch(server, id);
}

} // namespace athanor
