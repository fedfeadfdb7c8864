#pragma once

#include "core/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>

namespace athanor {

class Database;

// The library side of a sync (docs/sync.md): what each synced row looks like to the server, and
// the server's rows applied to this library — prompts by id (or mapped to the local prompt that
// holds the same text), ratings of prompts that are here, the local user's preferences — with
// lineage linked once its parent arrives.
class SyncApplier
{
public:
    explicit SyncApplier(std::shared_ptr<Database> library);

    // SELECT of one row's payload (JSON) and content hash, bound to its id.
    static QString payloadSql(const QString& entity);
    // While server rows are applied the outbox triggers stay quiet (this transaction only).
    static Status setApplying(const QSqlDatabase& db, bool applying);

    // Applies a server row inside the caller's (quiet) transaction: pulled, or `answered` to this
    // library's own push (a conflict or a refused delete). False when it was skipped: this
    // library's own change coming back, or a local change queued that goes first.
    Result<bool> apply(const QString& entity, const QJsonObject& row, bool answered);
    // Lineage pulled before its parent, linked once the parent is here.
    Status linkPending();

private:
    // A statement on the library, prepared once (a pull runs each for every row).
    Result<QSqlQuery*> exec(const QString& sql, const QVariantList& values = {});

    std::shared_ptr<Database> m_library;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace athanor
