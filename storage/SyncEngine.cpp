#include "SyncEngine.h"

#include "Database.h"
#include "SqlHelpers.h"
#include "core/ContentHash.h"
#include "core/Ids.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace athanor {

namespace {

// The synced columns of each entity (besides id); those holding JSON travel as JSON values.
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
QString payloadSql(const QString& entity)
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

Error serverError(const QSqlQuery& query, const QString& where)
{
    return Error::network(
        QStringLiteral("the server did not take the sync: %1").arg(serverMessage(query.lastError())), where);
}

// While pulled rows are applied, the outbox triggers stay quiet (this transaction only).
Status setApplying(const QSqlDatabase& db, bool applying)
{
    auto set =
        runSql(db, QStringLiteral("UPDATE sync_control SET applying = ? WHERE id = 1"), {applying ? 1 : 0});
    return set ? Status() : Status(set.error());
}

} // namespace

SyncEngine::SyncEngine(std::shared_ptr<Database> library, ServerUrl server)
    : m_library(std::move(library)), m_server(std::move(server))
{
}

Result<QSqlQuery*> SyncEngine::exec(const QString& sql, const QVariantList& values)
{
    // Prepared once per sync: a pull runs each of these statements for every row.
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        QSqlQuery query(m_library->connection());
        if (!query.prepare(sql))
            return Error::data(QStringLiteral("a query failed: %1").arg(query.lastError().text()),
                               m_library->path());
        found = m_statements.insert(sql, query);
    }
    QSqlQuery& query = found.value();
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return Error::data(QStringLiteral("a query failed: %1").arg(query.lastError().text()),
                           m_library->path());
    return &query;
}

Status SyncEngine::linkPending()
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

Result<int> SyncEngine::pending(const std::shared_ptr<Database>& library)
{
    auto count = runSql(library->connection(), QStringLiteral("SELECT count(*) FROM sync_outbox"));
    if (!count)
        return count.error();
    return count->next() ? count->value(0).toInt() : 0;
}

Result<QString> SyncEngine::server(const std::shared_ptr<Database>& library)
{
    auto row = runSql(library->connection(),
                      QStringLiteral("SELECT server FROM sync_control WHERE id = 1 AND enabled = 1"));
    if (!row)
        return row.error();
    return row->next() ? row->value(0).toString() : QString();
}

Status SyncEngine::enable()
{
    QSqlDatabase db = m_library->connection();
    auto row = runSql(db, QStringLiteral("SELECT enabled, server, device_id FROM sync_control WHERE id = 1"));
    if (!row)
        return row.error();
    const QString key = m_server.toString(false);
    if (row->next()) {
        m_deviceId = row->value(2).toString();
        if (row->value(0).toInt() == 1 && row->value(1).toString() == key)
            return {};
    }
    if (m_deviceId.isEmpty())
        m_deviceId = newUuid();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun();
    // Another server (or the first): forget what the last one was told, and queue everything.
    const QStringList statements{
        QStringLiteral("DELETE FROM sync_rows"),
        QStringLiteral("DELETE FROM sync_cursors"),
        QStringLiteral("DELETE FROM sync_pending_links"),
        QStringLiteral("DELETE FROM sync_outbox"),
        QStringLiteral("INSERT INTO sync_outbox (change_id, entity, entity_id, op) "
                       "SELECT lower(hex(randomblob(16))), 'prompt', id, 'upsert' FROM prompts ORDER BY seq"),
        QStringLiteral("INSERT INTO sync_outbox (change_id, entity, entity_id, op) "
                       "SELECT lower(hex(randomblob(16))), 'rating', id, 'upsert' FROM learning_feedback "
                       "ORDER BY created_at, rowid")};
    for (const QString& sql : statements)
        if (auto done = runSql(db, sql); !done)
            return done.error();
    if (auto set = runSql(
            db, QStringLiteral("UPDATE sync_control SET enabled = 1, server = ?, device_id = ? WHERE id = 1"),
            {key, m_deviceId});
        !set)
        return set.error();
    return transaction.commit();
}

Result<SyncEngine::Report> SyncEngine::run(const Progress& progress, const std::atomic_bool* cancel)
{
    if (Status enabled = enable(); !enabled)
        return enabled.error();
    const QString name = QStringLiteral("athanor-sync-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Report report;
    Status status;
    {
        auto opened = m_server.open(name);
        if (!opened) {
            QSqlDatabase::removeDatabase(name);
            return opened.error();
        }
        const QSqlDatabase server = *opened;
        QSqlQuery check(server);
        if (!check.exec(
                QStringLiteral("SELECT to_regprocedure('athanor.sync_push(text, jsonb)') IS NOT NULL")) ||
            !check.next() || !check.value(0).toBool()) {
            status = Error::data(QStringLiteral("the server has no sync tables yet"), m_server.toString(),
                                 QStringLiteral("its administrator runs: athanor-cli server init"));
        }
        while (status.ok() && !(cancel && cancel->load())) {
            Result<int> pushed = pushBatch(server, report);
            if (!pushed) {
                status = pushed.error();
                break;
            }
            if (progress)
                progress(QStringLiteral("push"), report.pushed);
            if (*pushed == 0)
                break;
        }
        for (const QString& entity :
             {QStringLiteral("prompt"), QStringLiteral("rating"), QStringLiteral("preferences")}) {
            while (status.ok() && !(cancel && cancel->load())) {
                Result<int> pulled = pullBatch(server, entity, report);
                if (!pulled) {
                    status = pulled.error();
                    break;
                }
                if (progress)
                    progress(QStringLiteral("pull"), report.pulled);
                if (*pulled == 0)
                    break;
            }
        }
        // Preferences: a library that joins takes the server's when it has some (pulled above);
        // otherwise this library's are the first, sent now.
        if (status.ok() && !(cancel && cancel->load())) {
            auto known = runSql(
                m_library->connection(),
                QStringLiteral("SELECT (SELECT count(*) FROM sync_rows WHERE entity = 'preferences') + "
                               "(SELECT count(*) FROM sync_outbox WHERE entity = 'preferences')"));
            if (known && known->next() && known->value(0).toInt() == 0) {
                auto queued =
                    runSql(m_library->connection(),
                           QStringLiteral("INSERT INTO sync_outbox (change_id, entity, entity_id, op) SELECT "
                                          "lower(hex(randomblob(16))), 'preferences', 'local', 'upsert' "
                                          "FROM users WHERE is_local = 1"));
                Result<int> pushed = queued ? pushBatch(server, report) : Result<int>(queued.error());
                if (!pushed)
                    status = pushed.error();
            }
        }
        QSqlDatabase(server).close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!status)
        return status.error();
    auto waiting = pending(m_library);
    if (!waiting)
        return waiting.error();
    report.pending = *waiting;
    return report;
}

Result<int> SyncEngine::pushBatch(const QSqlDatabase& server, Report& report)
{
    QSqlDatabase db = m_library->connection();
    auto rows = runSql(
        db,
        QStringLiteral("SELECT o.change_id, o.entity, o.entity_id, o.op, coalesce(r.version, 0), "
                       "r.content_hash FROM sync_outbox o LEFT JOIN sync_rows r ON r.entity = o.entity "
                       "AND r.entity_id = o.entity_id ORDER BY o.seq LIMIT ?"),
        {kBatch});
    if (!rows)
        return rows.error();
    struct Sent
    {
        QString changeId, entity, entityId, hash;
    };
    QList<Sent> sent;
    QJsonArray changes;
    while (rows->next()) {
        Sent s{rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(), QString()};
        QString op = rows->value(3).toString();
        const QString baseHash = rows->value(5).toString();
        QJsonObject change{
            {QStringLiteral("change_id"), s.changeId},
            {QStringLiteral("entity"), s.entity},
            {QStringLiteral("entity_id"), s.entityId},
            {QStringLiteral("base_version"), rows->value(4).toLongLong()},
            {QStringLiteral("base_hash"), baseHash.isEmpty() ? QJsonValue() : QJsonValue(baseHash)}};
        if (op == QLatin1String("upsert")) {
            auto payload = runSql(db, payloadSql(s.entity), {s.entityId});
            if (!payload)
                return payload.error();
            if (payload->next()) {
                change.insert(QStringLiteral("payload"),
                              QJsonDocument::fromJson(payload->value(0).toString().toUtf8()).object());
                s.hash = payload->value(1).toString();
            } else {
                op = QStringLiteral("delete"); // gone since it was queued
            }
        }
        change.insert(QStringLiteral("op"), op);
        // A delete is judged against the content this library last saw.
        const QString hash = op == QLatin1String("delete") ? baseHash : s.hash;
        change.insert(QStringLiteral("content_hash"), hash.isEmpty() ? QJsonValue() : QJsonValue(hash));
        changes.append(change);
        sent.append(s);
    }
    if (sent.isEmpty())
        return 0;

    QSqlQuery call(server);
    call.prepare(QStringLiteral("SELECT athanor.sync_push(?, CAST(? AS jsonb))::text"));
    call.addBindValue(m_deviceId);
    call.addBindValue(QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    if (!call.exec() || !call.next())
        return serverError(call, m_server.toString());
    const QJsonArray results = QJsonDocument::fromJson(call.value(0).toString().toUtf8()).array();
    if (results.size() != sent.size())
        return Error::data(
            QStringLiteral("the server answered %1 of %2 changes").arg(results.size()).arg(sent.size()),
            m_server.toString());

    // The answers are stored, and the answered entries leave the outbox, in one transaction: a
    // crash before the commit sends the same change ids again, which the server answers the same.
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();
    for (qsizetype i = 0; i < sent.size(); ++i) {
        const Sent& s = sent.at(i);
        const QJsonObject answer = results.at(i).toObject();
        const QString status = answer.value(QStringLiteral("status")).toString();
        const qint64 version = answer.value(QStringLiteral("version")).toInteger();
        if (status == QLatin1String("applied")) {
            ++report.pushed;
            // Merged: the server kept newer content; the pull brings the row as it is now.
            if (!answer.value(QStringLiteral("merged")).toBool()) {
                auto known =
                    runSql(db,
                           QStringLiteral("INSERT INTO sync_rows (entity, entity_id, version, content_hash) "
                                          "VALUES (?, ?, ?, ?) ON CONFLICT (entity, entity_id) DO UPDATE SET "
                                          "version = excluded.version, content_hash = excluded.content_hash"),
                           {s.entity, s.entityId, version, nullIfEmpty(s.hash)});
                if (!known)
                    return known.error();
            }
        } else if (status == QLatin1String("conflict") && s.entity == QLatin1String("prompt")) {
            ++report.conflicts;
            // Both sides edited the text: the server's stays under this id, and this library's
            // text lives on as a new prompt whose parent it is (the outbox sends it next).
            auto mine = runSql(db, QStringLiteral("SELECT content, title, tags FROM prompts WHERE id = ?"),
                               {s.entityId});
            if (!mine)
                return mine.error();
            QString content, title, tags;
            if (mine->next()) {
                content = mine->value(0).toString();
                title = mine->value(1).toString();
                tags = mine->value(2).toString();
            }
            const QJsonObject row{{QStringLiteral("entity_id"), s.entityId},
                                  {QStringLiteral("version"), version},
                                  {QStringLiteral("deleted"), false},
                                  {QStringLiteral("payload"), answer.value(QStringLiteral("payload"))}};
            if (Status applied = applyAnswered(s.entity, row, report); !applied)
                return applied.error();
            if (!content.isEmpty()) {
                QJsonArray tagList = QJsonDocument::fromJson(tags.toUtf8()).array();
                if (!tagList.contains(QStringLiteral("sync-conflict")))
                    tagList.append(QStringLiteral("sync-conflict"));
                auto copy = runSql(
                    db,
                    QStringLiteral(
                        "INSERT INTO prompts (id, content, content_hash, title, tags, parent_id, source) "
                        "VALUES (?, ?, ?, ?, ?, ?, 'sync-conflict') ON CONFLICT DO NOTHING"),
                    {newUuid(), content, contentHash(content), nullIfEmpty(title),
                     QString::fromUtf8(QJsonDocument(tagList).toJson(QJsonDocument::Compact)), s.entityId});
                if (!copy)
                    return copy.error();
            }
        } else if (status == QLatin1String("stale") || status == QLatin1String("conflict")) {
            // A delete after a change on the server: the row comes back as the server has it.
            QSqlQuery fetch(server);
            fetch.prepare(
                QStringLiteral("SELECT version, deleted, payload::text FROM athanor.sync_rows WHERE "
                               "owner_id = athanor.current_user_id() AND entity = ? AND entity_id = ?"));
            fetch.addBindValue(s.entity);
            fetch.addBindValue(s.entityId);
            if (!fetch.exec())
                return serverError(fetch, m_server.toString());
            if (fetch.next()) {
                const QJsonObject row{{QStringLiteral("entity_id"), s.entityId},
                                      {QStringLiteral("version"), fetch.value(0).toLongLong()},
                                      {QStringLiteral("deleted"), fetch.value(1).toBool()},
                                      {QStringLiteral("payload"),
                                       QJsonDocument::fromJson(fetch.value(2).toString().toUtf8()).object()}};
                if (Status applied = applyAnswered(s.entity, row, report); !applied)
                    return applied.error();
            }
        }
        if (auto done =
                runSql(db, QStringLiteral("DELETE FROM sync_outbox WHERE change_id = ?"), {s.changeId});
            !done)
            return done.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return int(sent.size());
}

Result<int> SyncEngine::pullBatch(const QSqlDatabase& server, const QString& entity, Report& report)
{
    QSqlDatabase db = m_library->connection();
    auto cursor =
        runSql(db, QStringLiteral("SELECT server_seq FROM sync_cursors WHERE entity = ?"), {entity});
    if (!cursor)
        return cursor.error();
    const qint64 after = cursor->next() ? cursor->value(0).toLongLong() : 0;
    QSqlQuery rows(server);
    // The entity as a literal (one of two names from this file): each has its own partial index.
    rows.prepare(
        QStringLiteral("SELECT entity_id, version, server_seq, deleted, payload::text FROM athanor.sync_rows "
                       "WHERE owner_id = athanor.current_user_id() AND entity = '%1' AND server_seq > ? "
                       "ORDER BY server_seq LIMIT ?")
            .arg(entity == QLatin1String("prompt")   ? QStringLiteral("prompt")
                 : entity == QLatin1String("rating") ? QStringLiteral("rating")
                                                     : QStringLiteral("preferences")));
    rows.addBindValue(after);
    rows.addBindValue(kBatch);
    if (!rows.exec())
        return serverError(rows, m_server.toString());
    QList<QJsonObject> batch;
    qint64 last = after;
    while (rows.next()) {
        batch.append({{QStringLiteral("entity_id"), rows.value(0).toString()},
                      {QStringLiteral("version"), rows.value(1).toLongLong()},
                      {QStringLiteral("deleted"), rows.value(3).toBool()},
                      {QStringLiteral("payload"),
                       QJsonDocument::fromJson(rows.value(4).toString().toUtf8()).object()}});
        last = rows.value(2).toLongLong();
    }
    if (batch.isEmpty())
        return 0;
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();
    if (Status quiet = setApplying(db, true); !quiet)
        return quiet.error();
    for (const QJsonObject& row : std::as_const(batch))
        if (Status applied = applyRow(entity, row, report); !applied)
            return applied.error();
    if (Status linked = linkPending(); !linked)
        return linked.error();
    if (Status loud = setApplying(db, false); !loud)
        return loud.error();
    if (auto moved =
            runSql(db,
                   QStringLiteral("INSERT INTO sync_cursors (entity, server_seq) VALUES (?, ?) "
                                  "ON CONFLICT (entity) DO UPDATE SET server_seq = excluded.server_seq"),
                   {entity, last});
        !moved)
        return moved.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return int(batch.size());
}

Status SyncEngine::applyAnswered(const QString& entity, const QJsonObject& row, Report& report)
{
    // The server's row goes in quietly; what the caller writes afterwards (a conflict copy) is queued.
    QSqlDatabase db = m_library->connection();
    if (Status quiet = setApplying(db, true); !quiet)
        return quiet;
    if (Status applied = applyRow(entity, row, report, true); !applied)
        return applied;
    if (Status linked = linkPending(); !linked)
        return linked;
    return setApplying(db, false);
}

Status SyncEngine::applyRow(const QString& entity, const QJsonObject& row, Report& report, bool answered)
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
            return {}; // this library's own change coming back, or older
        localId = (*known)->value(1).toString();
    }
    // A change made here and not pushed yet goes first; the server judges it against its base.
    // (Rows that answer this library's own push are applied whatever is queued.)
    auto queued =
        exec(QStringLiteral("SELECT 1 FROM sync_outbox WHERE entity = ? AND entity_id = ?"), {entity, id});
    if (!queued)
        return queued.error();
    if ((*queued)->next() && !answered)
        return {};

    const QString table = tableOf(entity);
    const QString target = localId.isEmpty() ? id : localId;
    const QJsonObject payload = row.value(QStringLiteral("payload")).toObject();
    QString hash;
    if (entity == QLatin1String("preferences")) {
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
    if (!answered)
        ++report.pulled;
    return {};
}

} // namespace athanor
