#include "LibraryIndexService.h"

#include "storage/Database.h"
#include "storage/EmbeddingRepository.h"

#include <QElapsedTimer>
#include <QtConcurrent>

namespace athanor {

namespace {

constexpr qint64 kReportIntervalMs = 100;

} // namespace

LibraryIndexService::LibraryIndexService(std::shared_ptr<Database> database, QObject* parent,
                                         std::shared_ptr<const Embedder> embedder)
    : QObject(parent), m_database(database),
      m_repository(std::make_shared<EmbeddingRepository>(std::move(database), std::move(embedder)))
{
    m_pool.setMaxThreadCount(1);
}

LibraryIndexService::~LibraryIndexService()
{
    cancel();
    m_current.waitForFinished();
}

void LibraryIndexService::start()
{
    enqueue({tr("Rebuilding the search index"),
             [](EmbeddingRepository& repository, const Report& report, const std::atomic_bool& cancel) {
                 return rebuildIfNeeded(repository, report, cancel);
             },
             false});
    indexPending();
}

void LibraryIndexService::indexPending()
{
    for (const Job& job : std::as_const(m_queue))
        if (job.pending)
            return; // the waiting one will see these prompts too
    enqueue({tr("Indexing prompts for search"),
             [](EmbeddingRepository& repository, const Report& report, const std::atomic_bool& cancel) {
                 return indexPendingUnlessCancelled(repository, report, cancel);
             },
             true});
}

void LibraryIndexService::removed(const QList<qint64>& seqs)
{
    if (seqs.isEmpty())
        return;
    enqueue({tr("Updating the search index"),
             [seqs](EmbeddingRepository& repository, const Report&, const std::atomic_bool&) -> Result<bool> {
                 if (Status s = repository.removed(seqs); !s)
                     return s.error();
                 return true;
             },
             false});
}

void LibraryIndexService::setEmbedder(std::shared_ptr<const Embedder> embedder)
{
    cancel();
    m_repository = std::make_shared<EmbeddingRepository>(m_database, std::move(embedder));
    emit repositoryChanged();
    start();
}

QString LibraryIndexService::embedderModel() const
{
    return m_repository->embedder().model();
}

void LibraryIndexService::cancel()
{
    m_queue.clear();
    if (m_cancel)
        *m_cancel = true;
}

void LibraryIndexService::enqueue(Job job)
{
    m_queue.append(std::move(job));
    runNext();
}

void LibraryIndexService::runNext()
{
    if (m_running || m_queue.isEmpty())
        return;
    Job job = m_queue.takeFirst();
    m_running = true;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    // `this` outlives the job: the destructor waits for it. Posted calls to a deleted object are dropped.
    // The job keeps the repository it started with, should setEmbedder() replace it meanwhile.
    m_current = QtConcurrent::run(&m_pool, [this, job = std::move(job), cancel, repository = m_repository] {
        QElapsedTimer sinceReport;
        const Report report = [this, &job, &sinceReport](qint64 done, qint64 total) {
            // A rebuild reports every 1024 vectors: the status bar needs no more than ten a second.
            if (sinceReport.isValid() && sinceReport.elapsed() < kReportIntervalMs && done < total)
                return;
            sinceReport.start();
            QMetaObject::invokeMethod(
                this, [this, what = job.what, done, total] { emit progress(what, int(done), int(total)); },
                Qt::QueuedConnection);
        };
        const Result<bool> result = job.work(*repository, report, *cancel);
        const bool cancelled = cancel->load();
        QMetaObject::invokeMethod(
            this, [this, result, cancelled] { finished(result, cancelled); }, Qt::QueuedConnection);
    });
}

void LibraryIndexService::finished(const Result<bool>& result, bool cancelled)
{
    m_running = false;
    if (!result) {
        if (!cancelled)
            emit failed(result.error().message());
    } else if (*result) {
        emit indexChanged();
    }
    if (m_queue.isEmpty())
        emit idle();
    else
        runNext();
}

Result<bool> LibraryIndexService::rebuildIfNeeded(EmbeddingRepository& repository, const Report& report,
                                                  const std::atomic_bool& cancel)
{
    // Opening the saved index reads and checksums the whole file: that too stays off the GUI thread.
    if (!repository.needsRebuild())
        return false;
    report(0, 0);
    if (Status s = repository.rebuildIndex(report, &cancel); !s)
        return s.error();
    return true;
}

Result<bool> LibraryIndexService::indexPendingUnlessCancelled(EmbeddingRepository& repository,
                                                              const Report& report,
                                                              const std::atomic_bool& cancel)
{
    auto pending = repository.pendingCount();
    if (!pending)
        return pending.error();
    if (*pending == 0)
        return false;
    report(0, *pending);
    // A cancel stops it between batches; the batches done stay stored and the index is saved.
    if (const Status s = repository.indexPending(report, &cancel); !s)
        return s.error();
    return true;
}

} // namespace athanor
