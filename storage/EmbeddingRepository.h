#pragma once

#include "VectorIndex.h"
#include "core/Result.h"
#include "core/embeddings/Embedder.h"

#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace athanor {

class Database;

// A prompt found by similarity search; score is the cosine similarity (-1..1).
struct SimilarPrompt
{
    QString id;
    qint64 seq = 0;
    float score = 0.0f;
    QString content;
};

// The embeddings of the library's prompts (prompts.embedding, int8 with a scale: see
// EmbeddingCodec) and the vector index over them, kept in step. Runs on the calling thread's
// connection; callers run it off the GUI thread. One object may be shared by several threads:
// the index has its own lock.
//
// When the saved index is missing, damaged or out of date, searches are answered exactly from
// the stored vectors (slower), needsRebuild() says so, and rebuildIndex() makes a new one.
class EmbeddingRepository
{
public:
    // Without an embedder, the offline LocalEmbedder.
    explicit EmbeddingRepository(std::shared_ptr<Database> database, std::shared_ptr<const Embedder> embedder = {});
    ~EmbeddingRepository();

    const Embedder& embedder() const { return *m_embedder; }
    VectorIndex& index() { return m_index; }

    // Embeds every prompt without an embedding of this model, one transaction per batch, and
    // adds them to the index (saved afterwards). Call after imports and enhancements. A cancel
    // stops it between batches: what was done is kept (and the index saved), and it says so.
    Status indexPending(const VectorIndex::Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
    // Prompts that indexPending() would embed.
    Result<qint64> pendingCount() const;
    // Takes deleted prompts (their former seq) out of the index. Call after deleting them.
    Status removed(const QList<qint64>& seqs);

    // The k prompts most similar to a stored prompt, best first, the prompt itself excluded.
    Result<QList<SimilarPrompt>> similar(const QString& promptId, int k);
    // The k prompts most similar to a text, best first; a stored prompt with exactly this
    // content is excluded (it is the query).
    Result<QList<SimilarPrompt>> similarToText(const QString& text, int k);

    // True when searches are exact because the index is missing, damaged or out of date.
    bool needsRebuild();
    // Builds the index from the stored embeddings and saves it; searches keep answering meanwhile.
    Status rebuildIndex(const VectorIndex::Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
    // What the database holds for this model, as the index manifest records it.
    Result<VectorIndex::Coverage> coverage() const;

    static constexpr int kBatchSize = 256;

private:
    Status ensureOpen();
    Result<QList<SimilarPrompt>> search(const std::vector<float>& query, int k, qint64 excludeSeq);
    Result<QList<VectorHit>> exactSearch(const std::vector<float>& query, int k) const;
    Result<QList<SimilarPrompt>> resolve(const QList<VectorHit>& hits, int k, qint64 excludeSeq) const;
    // The stored form (EmbeddingCodec) of each text's embedding, computed on every core.
    Result<std::vector<QByteArray>> embedAndEncode(const QStringList& texts) const;

    std::shared_ptr<Database> m_database;
    std::shared_ptr<const Embedder> m_embedder;
    VectorIndex m_index;
    QMutex m_openMutex;
    // indexPending, removed and rebuildIndex one at a time: a rebuild replaces the whole index,
    // and additions made to the old one meanwhile would be lost.
    QMutex m_writeMutex;
    bool m_opened = false;
};

} // namespace athanor
