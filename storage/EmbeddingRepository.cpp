#include "EmbeddingRepository.h"

#include "Database.h"
#include "SqlHelpers.h"
#include "core/ContentHash.h"
#include "core/embeddings/EmbeddingCodec.h"
#include "core/embeddings/ExactSearch.h"
#include "core/embeddings/LocalEmbedder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <optional>
#include <QHash>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <thread>

namespace athanor {
namespace {

// Rows without an embedding of `model`; written so that SQLite can answer it from
// idx_prompts_embedding_model (three ranges) rather than reading every row. Qt's SQLite driver
// counts placeholders itself, so the model is bound three times rather than as ?1.
const char* kPendingCondition = "(embedding_model IS NULL OR embedding_model < ? OR embedding_model > ?)";

constexpr int kExactChunk = 4096;
// Below this many texts a batch is embedded on the calling thread: starting threads would cost
// more than it saves.
constexpr qsizetype kParallelEmbedMinimum = 64;

void sortHits(QList<VectorHit>& hits)
{
    std::sort(hits.begin(), hits.end(), [](const VectorHit& a, const VectorHit& b) {
        return a.score != b.score ? a.score > b.score : a.seq < b.seq;
    });
}

} // namespace

EmbeddingRepository::EmbeddingRepository(std::shared_ptr<Database> database, std::shared_ptr<const Embedder> embedder)
    : m_database(std::move(database)),
      m_embedder(embedder ? std::move(embedder) : std::make_shared<const LocalEmbedder>()),
      m_index(m_database->path(), m_embedder->model(), m_embedder->dimension())
{
}

EmbeddingRepository::~EmbeddingRepository() = default;

Result<VectorIndex::Coverage> EmbeddingRepository::coverage() const
{
    auto rows = runSql(m_database->connection(),
                       QStringLiteral("SELECT seq, content_hash FROM prompts WHERE embedding_model = ? ORDER BY seq"),
                       {m_embedder->model()});
    if (!rows)
        return rows.error();
    VectorIndex::Coverage coverage;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (rows->next()) {
        const qint64 seq = rows->value(0).toLongLong();
        hash.addData(QByteArray::number(seq) + ':' + rows->value(1).toByteArray() + '\n');
        ++coverage.count;
        coverage.maxSeq = std::max(coverage.maxSeq, seq);
    }
    coverage.checksum = QString::fromLatin1(hash.result().toHex());
    return coverage;
}

Status EmbeddingRepository::ensureOpen()
{
    QMutexLocker lock(&m_openMutex);
    if (m_opened)
        return {};
    auto expected = coverage();
    if (!expected)
        return expected.error();
    // A missing, damaged or stale index is not an error here: searches fall back to exact ones.
    if (!m_index.open(*expected) && m_index.state() == VectorIndex::State::Missing && expected->count == 0)
        m_index.reset(); // nothing to rebuild: start empty
    m_opened = true;
    return {};
}

bool EmbeddingRepository::needsRebuild()
{
    return !ensureOpen() || m_index.state() != VectorIndex::State::Ready;
}

Result<qint64> EmbeddingRepository::pendingCount() const
{
    auto query = runSql(m_database->connection(),
                        QStringLiteral("SELECT count(*) FROM prompts WHERE %1").arg(QLatin1String(kPendingCondition)),
                        {m_embedder->model(), m_embedder->model()});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Status EmbeddingRepository::indexPending(const VectorIndex::Progress& progress, const std::atomic_bool* cancel)
{
    QMutexLocker writing(&m_writeMutex);
    if (Status opened = ensureOpen(); !opened)
        return opened;
    auto total = pendingCount();
    if (!total)
        return total.error();
    if (*total == 0)
        return {};

    QSqlDatabase db = m_database->connection();
    const QString model = m_embedder->model();
    const bool indexing = m_index.state() == VectorIndex::State::Ready;
    qint64 lastSeq = 0;
    qint64 done = 0;
    bool cancelled = false;
    for (;;) {
        if (cancel && cancel->load()) {
            cancelled = true;
            break;
        }
        // Keyset paging: a row whose update did not take cannot bring the loop back to it.
        auto rows = runSql(db,
                           QStringLiteral("SELECT seq, content FROM prompts WHERE seq > ? AND %1 ORDER BY seq LIMIT ?")
                               .arg(QLatin1String(kPendingCondition)),
                           {lastSeq, model, model, kBatchSize});
        if (!rows)
            return rows.error();
        std::vector<qint64> seqs;
        QStringList texts;
        while (rows->next()) {
            seqs.push_back(rows->value(0).toLongLong());
            texts << rows->value(1).toString();
        }
        if (seqs.empty())
            break;
        lastSeq = seqs.back();

        Result<std::vector<QByteArray>> encoded = embedAndEncode(texts);
        if (!encoded)
            return encoded.error(); // the batches before this one are kept
        const std::vector<QByteArray>& blobs = *encoded;
        {
            Transaction transaction(db);
            if (!transaction.begun())
                return transaction.begun();
            QSqlQuery update(db);
            update.prepare(QStringLiteral(
                "UPDATE prompts SET embedding = ?, embedding_model = ?, embedding_provider = ? WHERE seq = ?"));
            for (size_t i = 0; i < seqs.size(); ++i) {
                update.addBindValue(blobs[i]);
                update.addBindValue(model);
                update.addBindValue(m_embedder->provider());
                update.addBindValue(seqs[i]);
                if (!update.exec())
                    return Error::data(QCoreApplication::translate("athanor::EmbeddingRepository",
                                                                   "cannot store an embedding"),
                                       m_database->path());
            }
            if (Status committed = transaction.commit(); !committed)
                return committed;
        }
        if (indexing) {
            // The index holds the stored (quantised) vectors, so that it and the exact search
            // compare the same numbers. One call adds the batch on every core.
            const int dimension = m_embedder->dimension();
            std::vector<float> rowsOfBatch;
            rowsOfBatch.reserve(seqs.size() * size_t(dimension));
            for (const QByteArray& blob : blobs) {
                auto stored = EmbeddingCodec::decode(blob, dimension);
                if (!stored)
                    return stored.error();
                rowsOfBatch.insert(rowsOfBatch.end(), stored->begin(), stored->end());
            }
            if (Status added = m_index.addMany(seqs, rowsOfBatch); !added)
                return added;
        }
        done += qint64(seqs.size());
        if (progress)
            progress(std::min(done, *total), *total);
    }
    const Status cancelStatus = cancelled ? Status(Error::data(QCoreApplication::translate(
                                                "athanor::EmbeddingRepository", "indexing was cancelled")))
                                          : Status();
    if (!indexing)
        return cancelStatus;
    // Saved even when cancelled: the batches done are in the index, and the next start need
    // not rebuild it.
    auto covered = coverage();
    if (!covered)
        return covered.error();
    if (Status saved = m_index.save(*covered); !saved)
        return saved;
    return cancelStatus;
}

Result<std::vector<QByteArray>> EmbeddingRepository::embedAndEncode(const QStringList& texts) const
{
    // Embedding is pure computation and the embedder is safe to call from any thread: the batch
    // is cut into one contiguous slice per core (embedMany per slice, so a remote embedder still
    // sends few requests).
    std::vector<QByteArray> blobs(size_t(texts.size()));
    const qsizetype threads =
        texts.size() < kParallelEmbedMinimum ? 1 : std::clamp<qsizetype>(QThread::idealThreadCount(), 1, 16);
    const qsizetype slice = (texts.size() + threads - 1) / threads;
    std::vector<std::optional<Error>> errors(static_cast<size_t>(threads));
    auto work = [&](qsizetype first) {
        const QStringList part = texts.mid(first, slice);
        Result<std::vector<std::vector<float>>> vectors = m_embedder->tryEmbedMany(part);
        if (!vectors) {
            errors[size_t(first / slice)] = vectors.error();
            return;
        }
        for (size_t i = 0; i < vectors->size(); ++i)
            blobs[size_t(first) + i] = EmbeddingCodec::encode((*vectors)[i]);
    };
    std::vector<std::thread> workers;
    for (qsizetype t = 1; t < threads && t * slice < texts.size(); ++t)
        workers.emplace_back(work, t * slice);
    work(0);
    for (std::thread& worker : workers)
        worker.join();
    for (const std::optional<Error>& error : errors)
        if (error)
            return *error;
    return blobs;
}

Status EmbeddingRepository::removed(const QList<qint64>& seqs)
{
    QMutexLocker writing(&m_writeMutex);
    if (Status opened = ensureOpen(); !opened)
        return opened;
    if (m_index.state() != VectorIndex::State::Ready || seqs.isEmpty())
        return {};
    for (qint64 seq : seqs)
        if (Status marked = m_index.markDeleted(seq); !marked)
            return marked;
    auto covered = coverage();
    if (!covered)
        return covered.error();
    return m_index.save(*covered);
}

Status EmbeddingRepository::rebuildIndex(const VectorIndex::Progress& progress, const std::atomic_bool* cancel)
{
    QMutexLocker writing(&m_writeMutex);
    if (Status opened = ensureOpen(); !opened)
        return opened;
    QSqlDatabase db = m_database->connection();
    const int dimension = m_embedder->dimension();
    // One statement reads vectors and checksum alike, so the manifest describes exactly what
    // the new index holds.
    auto rows = runSql(db,
                       QStringLiteral("SELECT seq, content_hash, embedding FROM prompts WHERE embedding_model = ? "
                                      "ORDER BY seq"),
                       {m_embedder->model()});
    if (!rows)
        return rows.error();
    std::vector<qint64> labels;
    std::vector<float> vectors;
    QList<qint64> damaged;
    VectorIndex::Coverage coverage;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (rows->next()) {
        const qint64 seq = rows->value(0).toLongLong();
        auto vector = EmbeddingCodec::decode(rows->value(2).toByteArray(), dimension);
        if (!vector) {
            damaged << seq;
            continue;
        }
        labels.push_back(seq);
        vectors.insert(vectors.end(), vector->begin(), vector->end());
        hash.addData(QByteArray::number(seq) + ':' + rows->value(1).toByteArray() + '\n');
        ++coverage.count;
        coverage.maxSeq = std::max(coverage.maxSeq, seq);
    }
    rows->finish();
    coverage.checksum = QString::fromLatin1(hash.result().toHex());
    // A damaged embedding is dropped: the next indexPending() computes it again.
    for (qint64 seq : std::as_const(damaged)) {
        auto cleared = runSql(db,
                              QStringLiteral("UPDATE prompts SET embedding = NULL, embedding_model = NULL, "
                                             "embedding_provider = NULL WHERE seq = ?"),
                              {seq});
        if (!cleared)
            return cleared.error();
    }
    if (Status built = m_index.build(labels, vectors, progress, cancel); !built)
        return built;
    return m_index.save(coverage);
}

Result<QList<VectorHit>> EmbeddingRepository::exactSearch(const std::vector<float>& query, int k) const
{
    auto rows = runSql(m_database->connection(), QStringLiteral("SELECT seq, embedding FROM prompts WHERE embedding_model = ?"),
                       {m_embedder->model()});
    if (!rows)
        return rows.error();
    const int dimension = m_embedder->dimension();
    QList<VectorHit> best;
    std::vector<qint64> labels;
    std::vector<float> chunk;
    // Decoded a chunk at a time: the whole library as floats would take 1.5 kB per prompt.
    auto flush = [&] {
        best += ExactSearch::topK(labels, chunk, dimension, query.data(), k);
        sortHits(best);
        if (best.size() > k)
            best.resize(k);
        labels.clear();
        chunk.clear();
    };
    while (rows->next()) {
        auto vector = EmbeddingCodec::decode(rows->value(1).toByteArray(), dimension);
        if (!vector)
            continue; // a damaged blob is re-embedded by the next rebuild; it cannot be compared
        labels.push_back(rows->value(0).toLongLong());
        chunk.insert(chunk.end(), vector->begin(), vector->end());
        if (labels.size() == size_t(kExactChunk))
            flush();
    }
    flush();
    return best;
}

Result<QList<SimilarPrompt>> EmbeddingRepository::resolve(const QList<VectorHit>& hits, int k, qint64 excludeSeq) const
{
    QList<SimilarPrompt> result;
    if (hits.isEmpty())
        return result;
    QStringList marks;
    QVariantList seqs;
    for (const VectorHit& hit : hits) {
        marks << QStringLiteral("?");
        seqs << hit.seq;
    }
    auto rows = runSql(m_database->connection(),
                       QStringLiteral("SELECT seq, id, content FROM prompts WHERE seq IN (%1)").arg(marks.join(QLatin1Char(','))),
                       seqs);
    if (!rows)
        return rows.error();
    QHash<qint64, std::pair<QString, QString>> found;
    while (rows->next())
        found.insert(rows->value(0).toLongLong(), {rows->value(1).toString(), rows->value(2).toString()});
    for (const VectorHit& hit : hits) {
        // A prompt deleted since it was indexed is simply not found.
        const auto row = found.constFind(hit.seq);
        if (hit.seq == excludeSeq || row == found.constEnd())
            continue;
        result.append({row->first, hit.seq, hit.score, row->second});
        if (result.size() == k)
            break;
    }
    return result;
}

Result<QList<SimilarPrompt>> EmbeddingRepository::search(const std::vector<float>& query, int k, qint64 excludeSeq)
{
    if (k <= 0)
        return Error::usage(QCoreApplication::translate("athanor::EmbeddingRepository",
                                                        "the number of results must be at least 1"));
    if (Status opened = ensureOpen(); !opened)
        return opened.error();
    // One more than asked: the query prompt itself is usually its own best match.
    const int wanted = k + 1;
    if (m_index.state() == VectorIndex::State::Ready) {
        auto hits = m_index.search(query.data(), wanted);
        if (hits)
            return resolve(*hits, k, excludeSeq);
    }
    auto hits = exactSearch(query, wanted);
    if (!hits)
        return hits.error();
    return resolve(*hits, k, excludeSeq);
}

Result<QList<SimilarPrompt>> EmbeddingRepository::similar(const QString& promptId, int k)
{
    auto row = runSql(m_database->connection(),
                      QStringLiteral("SELECT seq, content, embedding, embedding_model FROM prompts WHERE id = ?"),
                      {promptId});
    if (!row)
        return row.error();
    if (!row->next())
        return Error::data(
            QCoreApplication::translate("athanor::EmbeddingRepository", "no prompt with this id"), promptId);
    const qint64 seq = row->value(0).toLongLong();
    std::vector<float> query;
    if (row->value(3).toString() == m_embedder->model()) {
        if (auto stored = EmbeddingCodec::decode(row->value(2).toByteArray(), m_embedder->dimension()))
            query = std::move(*stored);
    }
    if (query.empty()) { // not embedded yet (or damaged): embed it now
        Result<std::vector<float>> embedded = m_embedder->tryEmbed(row->value(1).toString());
        if (!embedded)
            return embedded.error();
        query = std::move(*embedded);
    }
    return search(query, k, seq);
}

Result<QList<SimilarPrompt>> EmbeddingRepository::similarToText(const QString& text, int k)
{
    if (normalizedContent(text).trimmed().isEmpty())
        return Error::data(
            QCoreApplication::translate("athanor::EmbeddingRepository", "the text to compare with is empty"));
    qint64 excludeSeq = -1;
    auto same = runSql(m_database->connection(), QStringLiteral("SELECT seq FROM prompts WHERE content_hash = ?"),
                       {contentHash(text)});
    if (!same)
        return same.error();
    if (same->next())
        excludeSeq = same->value(0).toLongLong();
    Result<std::vector<float>> query = m_embedder->tryEmbed(text);
    if (!query)
        return query.error();
    return search(*query, k, excludeSeq);
}

} // namespace athanor
