#pragma once

#include "ServerUrl.h"
#include "SyncApplier.h"
#include "core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <atomic>
#include <functional>
#include <memory>

namespace athanor {

class Database;

// Offline-first sync of this library with the server (docs/sync.md). Local changes wait in the
// outbox (kept by triggers while sync is enabled); a sync pushes them in batches through
// athanor.sync_push, which answers each change once and remembers the answer, then pulls what
// changed on the server since this library's cursor, one batch per local transaction. Killing
// either side at any moment loses nothing and doubles nothing: an outbox entry leaves only once
// the server's answer is stored locally, and a pulled batch moves the cursor in its own
// transaction.
class SyncEngine
{
public:
    struct Report
    {
        int pushed = 0;
        int pulled = 0;
        int conflicts = 0; // content edited on both sides: the local text kept as a new prompt
        int pending = 0;   // changes still in the outbox
    };
    using Progress = std::function<void(const QString& stage, int done)>;

    static constexpr int kBatch = 500;

    SyncEngine(std::shared_ptr<Database> library, ServerUrl server);

    // Pushes, then pulls. A server that cannot be reached is a network error; the outbox stays.
    Result<Report> run(const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);

    // Changes waiting to be pushed.
    static Result<int> pending(const std::shared_ptr<Database>& library);
    // The server this library syncs with (its URL without a password), empty when none.
    static Result<QString> server(const std::shared_ptr<Database>& library);

private:
    // Turns recording on for this server; the first time (or for another server) every prompt
    // and rating is queued, and what was learnt about the previous server is forgotten.
    Status enable();
    Result<int> pushBatch(const QSqlDatabase& server, Report& report);
    Result<int> pullBatch(const QSqlDatabase& server, const QString& entity, Report& report);
    // A server row answering this library's own push, applied with the outbox triggers quiet.
    Status applyAnswered(const QString& entity, const QJsonObject& row);

    std::shared_ptr<Database> m_library;
    SyncApplier m_applier{m_library};
    ServerUrl m_server;
    QString m_deviceId;
};

} // namespace athanor
