#include "SyncEngine.h"

#include "Database.h"
#include "ServerSession.h"
#include "SqlHelpers.h"
#include "core/ContentHash.h"
#include "core/Ids.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace athanor {

namespace {

// The synced columns of each entity (besides id); those holding JSON travel as JSON values.
Error serverError(const QSqlQuery& query, const QString& where)
{
    return Error::network(
        QCoreApplication::translate("athanor::SyncEngine", "the server did not take the sync: %1")
            .arg(serverMessage(query.lastError())),
        where);
}

// While pulled rows are applied, the outbox triggers stay quiet (this transaction only).
} // namespace

SyncEngine::SyncEngine(std::shared_ptr<Database> library, ServerUrl server)
    : m_library(std::move(library)), m_server(std::move(server))
{
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
                       "ORDER BY created_at, rowid"),
        QStringLiteral("INSERT INTO sync_outbox (change_id, entity, entity_id, op) "
                       "SELECT lower(hex(randomblob(16))), 'technique', code, 'upsert' FROM techniques "
                       "WHERE origin = 'user' OR user_modified = 1 ORDER BY rowid"),
        // A family's key as migration 12's trigger makes it.
        QStringLiteral("INSERT INTO sync_outbox (change_id, entity, entity_id, op) "
                       "SELECT lower(hex(randomblob(16))), 'template', coalesce((SELECT 'catalog:' || f.name "
                       "FROM prompt_templates f WHERE f.family_id = t.family_id AND f.version = 1 AND "
                       "f.is_official = 1), t.family_id), 'upsert' FROM prompt_templates t "
                       "WHERE t.is_official = 0 GROUP BY t.family_id ORDER BY min(t.rowid)"),
        QStringLiteral("INSERT INTO sync_outbox (change_id, entity, entity_id, op) "
                       "SELECT lower(hex(randomblob(16))), 'experiment', id, 'upsert' FROM ab_experiments "
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
    Report report;
    Status status;
    {
        ServerSession session(m_server);
        if (!session.db())
            return session.db().error();
        const QSqlDatabase& server = *session.db();
        QSqlQuery check(server);
        if (!check.exec(
                QStringLiteral("SELECT to_regprocedure('athanor.sync_push(text, jsonb)') IS NOT NULL")) ||
            !check.next() || !check.value(0).toBool()) {
            status = Error::data(
                QCoreApplication::translate("athanor::SyncEngine", "the server has no sync tables yet"),
                m_server.toString(),
                QCoreApplication::translate("athanor::SyncEngine",
                                            "its administrator runs: athanor-cli server init"));
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
        for (const QString& entity : SyncApplier::entities()) {
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
    }
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
            QJsonObject payload;
            auto found = m_applier.payload(s.entity, s.entityId, &payload, &s.hash);
            if (!found)
                return found.error();
            if (*found) {
                change.insert(QStringLiteral("payload"), payload);
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
            QCoreApplication::translate("athanor::SyncEngine", "the server answered %1 of %2 changes")
                .arg(results.size())
                .arg(sent.size()),
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
            // Merged: the server kept newer content, or merged this change with others; the pull
            // brings the row as it is now.
            if (!answer.value(QStringLiteral("merged")).toBool() && !SyncApplier::merges(s.entity)) {
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
            if (Status applied = applyAnswered(s.entity, row); !applied)
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
                if (Status applied = applyAnswered(s.entity, row); !applied)
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
    // The entity as a literal (a name from SyncApplier's fixed list): each has its own partial
    // index.
    if (!SyncApplier::entities().contains(entity))
        return Error::usage(
            QCoreApplication::translate("athanor::SyncEngine", "no such synced entity: %1").arg(entity));
    rows.prepare(
        QStringLiteral("SELECT entity_id, version, server_seq, deleted, payload::text FROM athanor.sync_rows "
                       "WHERE owner_id = athanor.current_user_id() AND entity = '%1' AND server_seq > ? "
                       "ORDER BY server_seq LIMIT ?")
            .arg(entity));
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
    if (Status quiet = SyncApplier::setApplying(db, true); !quiet)
        return quiet.error();
    for (const QJsonObject& row : std::as_const(batch)) {
        auto applied = m_applier.apply(entity, row, false);
        if (!applied)
            return applied.error();
        report.pulled += *applied ? 1 : 0;
    }
    if (Status linked = m_applier.linkPending(); !linked)
        return linked.error();
    if (Status loud = SyncApplier::setApplying(db, false); !loud)
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

Status SyncEngine::applyAnswered(const QString& entity, const QJsonObject& row)
{
    // The server's row goes in quietly; what the caller writes afterwards (a conflict copy) is queued.
    QSqlDatabase db = m_library->connection();
    if (Status quiet = SyncApplier::setApplying(db, true); !quiet)
        return quiet;
    if (auto applied = m_applier.apply(entity, row, true); !applied)
        return applied.error();
    if (Status linked = m_applier.linkPending(); !linked)
        return linked;
    return SyncApplier::setApplying(db, false);
}

} // namespace athanor
