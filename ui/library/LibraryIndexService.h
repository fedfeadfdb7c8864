#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>

namespace athanor {

class Database;
class Embedder;
class EmbeddingRepository;

// Keeps the library's vector index current for the GUI. One EmbeddingRepository is shared by
// everyone (searches included); index work runs off the GUI thread, one job at a time, in the
// order asked. Destroying the service cancels what runs and waits for it, so quitting is prompt.
class LibraryIndexService : public QObject
{
    Q_OBJECT
public:
    // Without an embedder, the offline LocalEmbedder.
    explicit LibraryIndexService(std::shared_ptr<Database> database, QObject* parent = nullptr,
                                 std::shared_ptr<const Embedder> embedder = {});
    ~LibraryIndexService() override;

    // For similar() / similarToText() searches, which callers run off the GUI thread.
    std::shared_ptr<EmbeddingRepository> repository() const { return m_repository; }
    // The embedding model searches use ("local-hash-v1", "ollama:nomic-embed-text", ...).
    QString embedderModel() const;
    // True while a job runs or waits.
    bool isIndexing() const { return m_running || !m_queue.isEmpty(); }

public slots:
    // Verifies the saved index; a missing, damaged or stale one is rebuilt; then indexPending().
    void start();
    // Embeds and indexes prompts that have no embedding yet (after imports and edits).
    void indexPending();
    // Takes deleted prompts (their former seq) out of the index.
    void removed(const QList<qint64>& seqs);
    // Stops the running job at its next checkpoint and drops the waiting ones.
    void cancel();
    // Searches move to this embedder's vectors and index (built or brought up to date now); the
    // other models' indexes stay on disk for when they are chosen again.
    void setEmbedder(std::shared_ptr<const Embedder> embedder);

signals:
    // `total` 0: how much is unknown.
    void progress(const QString& what, int done, int total);
    void indexChanged();
    // setEmbedder() replaced repository(): holders of the old one should fetch it again.
    void repositoryChanged();
    void failed(const QString& message);
    // Nothing runs or waits any more.
    void idle();

private:
    using Report = std::function<void(qint64 done, qint64 total)>;
    // Runs on a worker thread; `report` posts progress to the GUI thread. True: the index changed.
    using Work = std::function<Result<bool>(EmbeddingRepository& repository, const Report& report,
                                            const std::atomic_bool& cancel)>;
    struct Job
    {
        QString what;
        Work work;
        bool pending = false; // an indexPending(): one waiting is enough
    };

    void enqueue(Job job);
    void runNext();
    void finished(const Result<bool>& result, bool cancelled);
    static Result<bool> rebuildIfNeeded(EmbeddingRepository& repository, const Report& report,
                                        const std::atomic_bool& cancel);
    static Result<bool> indexPendingUnlessCancelled(EmbeddingRepository& repository, const Report& report,
                                                    const std::atomic_bool& cancel);

    std::shared_ptr<Database> m_database;
    std::shared_ptr<EmbeddingRepository> m_repository;
    // Its own thread: a rebuild may take minutes and must not hold up the global pool, which
    // answers the panes' queries.
    QThreadPool m_pool;
    QList<Job> m_queue;
    QFuture<void> m_current;
    bool m_running = false;
    // Shared with the running job, which may outlive a cancel(); replaced for each job.
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace athanor
