#include "SyncApplier.h"

#include "CatalogSync.h"
#include "Database.h"
#include "ExperimentRepository.h"
#include "SqlHelpers.h"
#include "core/ContentHash.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace athanor {

namespace {

const QStringList kPromptColumns{QStringLiteral("content"),
                                 QStringLiteral("title"),
                                 QStringLiteral("tags"),
                                 QStringLiteral("phase"),
                                 QStringLiteral("provider"),
                                 QStringLiteral("model"),
                                 QStringLiteral("persona_used"),
                                 QStringLiteral("temperature"),
                                 QStringLiteral("max_tokens"),
                                 QStringLiteral("actual_tokens"),
                                 QStringLiteral("parent_id"),
                                 QStringLiteral("session_id"),
                                 QStringLiteral("source"),
                                 QStringLiteral("created_at"),
                                 QStringLiteral("original_input"),
                                 QStringLiteral("generation_request"),
                                 QStringLiteral("generation_context")};
const QStringList kRatingColumns{QStringLiteral("prompt_id"),        QStringLiteral("session_id"),
                                 QStringLiteral("rating"),           QStringLiteral("was_helpful"),
                                 QStringLiteral("met_expectations"), QStringLiteral("suggested_improvement"),
                                 QStringLiteral("context"),          QStringLiteral("created_at")};
const QStringList kJsonColumns{QStringLiteral("tags"), QStringLiteral("generation_request"),
                               QStringLiteral("generation_context"), QStringLiteral("context")};

QString tableOf(const QString& entity)
{
    return entity == QLatin1String("prompt") ? QStringLiteral("prompts")
                                             : QStringLiteral("learning_feedback");
}

const QStringList& columnsOf(const QString& entity)
{
    return entity == QLatin1String("prompt") ? kPromptColumns : kRatingColumns;
}

// The row as the server keeps it: a JSON object of its synced columns, and its content hash.
QString payloadSqlFor(const QString& entity)
{
    // The local user's preferences are one row, known to the server as "local".
    if (entity == QLatin1String("preferences"))
        return QStringLiteral("SELECT json_object('preferences', json(preferences)), NULL FROM users WHERE "
                              "is_local = 1 AND ? = 'local'");
    QStringList parts{QStringLiteral("'id', id")};
    for (const QString& c : columnsOf(entity))
        parts << QStringLiteral("'%1', %2")
                     .arg(c, kJsonColumns.contains(c) ? QStringLiteral("json(%1)").arg(c) : c);
    return QStringLiteral("SELECT json_object(%1), %2 FROM %3 WHERE id = ?")
        .arg(parts.join(QStringLiteral(", ")),
             entity == QLatin1String("prompt") ? QStringLiteral("content_hash") : QStringLiteral("NULL"),
             tableOf(entity));
}

// A payload value as SQLite takes it: JSON columns as their text, null as NULL.
QVariant columnValue(const QJsonObject& payload, const QString& column)
{
    const QJsonValue value = payload.value(column);
    if (value.isNull() || value.isUndefined()) {
        // Columns that may not be empty locally get their default.
        if (column == QLatin1String("tags"))
            return QStringLiteral("[]");
        if (column == QLatin1String("context"))
            return QStringLiteral("{}");
        if (column == QLatin1String("created_at"))
            return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        return {};
    }
    if (kJsonColumns.contains(column))
        return QString::fromUtf8(value.isArray()
                                     ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    return value.toVariant();
}

} // namespace

SyncApplier::SyncApplier(std::shared_ptr<Database> library) : m_library(std::move(library)) {}

const QStringList& SyncApplier::entities()
{
    static const QStringList all{QStringLiteral("prompt"),    QStringLiteral("rating"),
                                 QStringLiteral("preferences"), QStringLiteral("technique"),
                                 QStringLiteral("template"),  QStringLiteral("experiment")};
    return all;
}

bool SyncApplier::merges(const QString& entity)
{
    return entity == QLatin1String("template") || entity == QLatin1String("experiment");
}

Result<bool> SyncApplier::payload(const QString& entity, const QString& id, QJsonObject* payload,
                                  QString* contentHash)
{
    contentHash->clear();
    Result<std::optional<QJsonObject>> found = std::optional<QJsonObject>();
    if (entity == QLatin1String("technique")) {
        found = CatalogSync(m_library).techniquePayload(id);
    } else if (entity == QLatin1String("template")) {
        found = CatalogSync(m_library).templatePayload(id);
    } else if (entity == QLatin1String("experiment")) {
        found = ExperimentRepository(m_library).syncPayload(id);
    } else {
        auto row = exec(payloadSqlFor(entity), {id});
        if (!row)
            return row.error();
        if (!(*row)->next())
            return false;
        *payload = QJsonDocument::fromJson((*row)->value(0).toString().toUtf8()).object();
        *contentHash = (*row)->value(1).toString();
        return true;
    }
    if (!found)
        return found.error();
    if (!*found)
        return false;
    *payload = **found;
    return true;
}

Status SyncApplier::setApplying(const QSqlDatabase& db, bool applying)
{
    auto set =
        runSql(db, QStringLiteral("UPDATE sync_control SET applying = ? WHERE id = 1"), {applying ? 1 : 0});
    return set ? Status() : Status(set.error());
}

Result<QSqlQuery*> SyncApplier::exec(const QString& sql, const QVariantList& values)
{
    // Prepared once per sync: a pull runs each of these statements for every row.
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        QSqlQuery query(m_library->connection());
        if (!query.prepare(sql))
            return Error::data(QCoreApplication::translate("athanor::SyncApplier", "a query failed: %1")
                                   .arg(query.lastError().text()),
                               m_library->path());
        found = m_statements.insert(sql, query);
    }
    QSqlQuery& query = found.value();
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return Error::data(QCoreApplication::translate("athanor::SyncApplier", "a query failed: %1")
                               .arg(query.lastError().text()),
                           m_library->path());
    return &query;
}

Status SyncApplier::linkPending()
{
    // Every pulled link whose parent is here now.
    for (const QString& sql :
         {QStringLiteral(
              "UPDATE prompts SET parent_id = (SELECT l.parent_id FROM sync_pending_links l WHERE "
              "l.child_id = prompts.id) WHERE id IN (SELECT l.child_id FROM sync_pending_links l JOIN "
              "prompts p ON p.id = l.parent_id)"),
          QStringLiteral("DELETE FROM sync_pending_links WHERE parent_id IN (SELECT id FROM prompts)")})
        if (auto linked = exec(sql); !linked)
            return linked.error();
    return {};
}

Result<bool> SyncApplier::apply(const QString& entity, const QJsonObject& row, bool answered)
{
    QSqlDatabase db = m_library->connection();
    const QString id = row.value(QStringLiteral("entity_id")).toString();
    const qint64 version = row.value(QStringLiteral("version")).toInteger();
    auto known =
        exec(QStringLiteral("SELECT version, local_id FROM sync_rows WHERE entity = ? AND entity_id = ?"),
             {entity, id});
    if (!known)
        return known.error();
    QString localId;
    if ((*known)->next()) {
        if ((*known)->value(0).toLongLong() >= version)
            return false; // this library's own change coming back, or older
        localId = (*known)->value(1).toString();
    }
    // A change made here and not pushed yet goes first; the server judges it against its base.
    // (Rows that answer this library's own push are applied whatever is queued.)
    auto queued =
        exec(QStringLiteral("SELECT 1 FROM sync_outbox WHERE entity = ? AND entity_id = ?"), {entity, id});
    if (!queued)
        return queued.error();
    if ((*queued)->next() && !answered)
        return false;

    const QString table = tableOf(entity);
    const QString target = localId.isEmpty() ? id : localId;
    const QJsonObject payload = row.value(QStringLiteral("payload")).toObject();
    QString hash;
    if (entity == QLatin1String("technique") || entity == QLatin1String("template") ||
        entity == QLatin1String("experiment")) {
        const std::optional<QJsonObject> synced = row.value(QStringLiteral("deleted")).toBool()
            ? std::optional<QJsonObject>()
            : std::optional<QJsonObject>(payload);
        Status applied = entity == QLatin1String("technique")
            ? CatalogSync(m_library).applyTechnique(id, synced)
            : entity == QLatin1String("experiment") ? ExperimentRepository(m_library).applySynced(id, synced)
            : synced ? CatalogSync(m_library).applyTemplate(id, *synced)
                     : Status();
        if (!applied)
            return applied.error();
    } else if (entity == QLatin1String("preferences")) {
        // Last writer wins: the favourites and settings another computer saved last.
        const QJsonObject preferences = payload.value(QStringLiteral("preferences")).toObject();
        if (!preferences.isEmpty())
            if (auto set =
                    exec(QStringLiteral("UPDATE users SET preferences = ? WHERE is_local = 1"),
                         {QString::fromUtf8(QJsonDocument(preferences).toJson(QJsonDocument::Compact))});
                !set)
                return set.error();
    } else if (row.value(QStringLiteral("deleted")).toBool()) {
        // A row this library holds under its own id stays: that one is its own server row.
        if (localId.isEmpty())
            if (auto gone = exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {target}); !gone)
                return gone.error();
    } else if (entity == QLatin1String("prompt") &&
               payload.value(QStringLiteral("content")).toString().trimmed().isEmpty()) {
        qWarning("sync: the server's prompt %s has no text; skipped", qPrintable(id));
    } else if (entity == QLatin1String("prompt")) {
        const QString content = payload.value(QStringLiteral("content")).toString();
        hash = contentHash(content);
        // Lineage to a prompt that is not here yet waits in sync_pending_links.
        QString parent = payload.value(QStringLiteral("parent_id")).toString();
        if (!parent.isEmpty()) {
            auto mapped =
                exec(QStringLiteral("SELECT coalesce((SELECT local_id FROM sync_rows WHERE entity = 'prompt' "
                                    "AND entity_id = ? AND local_id IS NOT NULL), ?)"),
                     {parent, parent});
            if (mapped && (*mapped)->next())
                parent = (*mapped)->value(0).toString();
        }
        QVariantList values;
        for (const QString& c : kPromptColumns)
            values << (c == QLatin1String("parent_id") ? QVariant() : columnValue(payload, c));
        auto exists = exec(QStringLiteral("SELECT 1 FROM prompts WHERE id = ?"), {target});
        if (!exists)
            return exists.error();
        const bool here = (*exists)->next();
        QString sameContent;
        if (!here) {
            auto same = exec(QStringLiteral("SELECT id FROM prompts WHERE content_hash = ?"), {hash});
            if (same && (*same)->next())
                sameContent = (*same)->value(0).toString();
        }
        if (!sameContent.isEmpty()) {
            localId = sameContent; // both sides hold this text: the local prompt stands for it
        } else if (here) {
            QStringList sets{QStringLiteral("content_hash = ?")};
            for (const QString& c : kPromptColumns)
                if (c != QLatin1String("parent_id"))
                    sets << QStringLiteral("%1 = ?").arg(c);
            QVariantList updates{hash};
            for (qsizetype i = 0; i < kPromptColumns.size(); ++i)
                if (kPromptColumns.at(i) != QLatin1String("parent_id"))
                    updates << values.at(i);
            updates << target;
            auto updated = exec(
                QStringLiteral("UPDATE prompts SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))),
                updates);
            if (!updated)
                return updated.error();
        } else {
            QStringList marks;
            for (int i = 0; i < kPromptColumns.size() + 2; ++i)
                marks << QStringLiteral("?");
            auto inserted =
                exec(QStringLiteral("INSERT INTO prompts (id, content_hash, %1) VALUES (%2)")
                         .arg(kPromptColumns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                     QVariantList{target, hash} + values);
            if (!inserted)
                return inserted.error();
        }
        if (!parent.isEmpty() && parent != target) {
            auto link =
                exec(QStringLiteral("INSERT INTO sync_pending_links (child_id, parent_id) VALUES (?, ?) "
                                    "ON CONFLICT (child_id) DO UPDATE SET parent_id = excluded.parent_id"),
                     {localId.isEmpty() ? target : localId, parent});
            if (!link)
                return link.error();
        }
    } else {
        // A rating of a prompt that is not here (deleted) is dropped.
        QString prompt = payload.value(QStringLiteral("prompt_id")).toString();
        auto mapped =
            exec(QStringLiteral("SELECT p.id FROM prompts p WHERE p.id = coalesce((SELECT local_id FROM "
                                "sync_rows WHERE entity = 'prompt' AND entity_id = ? AND local_id IS NOT "
                                "NULL), ?)"),
                 {prompt, prompt});
        if (!mapped)
            return mapped.error();
        if ((*mapped)->next()) {
            QVariantList values{id};
            for (const QString& c : kRatingColumns)
                values << (c == QLatin1String("prompt_id") ? (*mapped)->value(0) : columnValue(payload, c));
            QStringList marks;
            for (int i = 0; i < values.size(); ++i)
                marks << QStringLiteral("?");
            auto inserted =
                exec(QStringLiteral(
                         "INSERT INTO learning_feedback (id, %1) VALUES (%2) ON CONFLICT (id) DO NOTHING")
                         .arg(kRatingColumns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                     values);
            if (!inserted)
                return inserted.error();
        }
    }
    auto stored =
        exec(QStringLiteral(
                 "INSERT INTO sync_rows (entity, entity_id, version, content_hash, local_id) "
                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity, entity_id) DO UPDATE SET version = "
                 "excluded.version, content_hash = excluded.content_hash, local_id = excluded.local_id"),
             {entity, id, version, nullIfEmpty(hash), nullIfEmpty(localId)});
    if (!stored)
        return stored.error();
    return true;
}

} // namespace athanor
