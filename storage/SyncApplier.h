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
// holds the same text), ratings of prompts that are here, the local user's preferences, custom
// techniques and template versions (CatalogSync), experiments (ExperimentRepository) — with
// lineage linked once its parent arrives.
class SyncApplier
{
public:
    explicit SyncApplier(std::shared_ptr<Database> library);

    // The entities that sync, in the order they are pulled (techniques before the templates that
    // name them).
    static const QStringList& entities();
    // What a row looks like to the server: false when it is gone (since it was queued).
    Result<bool> payload(const QString& entity, const QString& id, QJsonObject* payload, QString* contentHash);
    // Entities whose server row merges every write (templates, experiments): a push's answer is
    // not this library's state, so the pull brings the merged row back.
    static bool merges(const QString& entity);
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
