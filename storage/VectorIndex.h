#pragma once

#include "core/Result.h"
#include "core/embeddings/ExactSearch.h"

#include <QMutex>
#include <QReadWriteLock>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace athanor {

// An approximate nearest-neighbour index (hnswlib HNSW, inner product on normalised vectors)
// over the embeddings of one model, labelled by prompts.seq. The graph keeps each vector as int8
// codes with a scale, as EmbeddingCodec stores them, plus int8 codes of the rounding leftovers
// (half the memory of floats; a stored embedding loses nothing). The graph is walked with an int8
// dot product (AVX2 when the CPU has it, chosen at run time) on the first codes only; the final
// candidates are scored exactly against the float query.
// Saved next to the database as `<db>.<model>.hnsw` plus `<db>.<model>.manifest.json`, which
// records what the index covers (count, max seq, a checksum the caller computes from the
// database) and a checksum of the index file itself: hnswlib reads a damaged file without
// complaint when only its data bytes are damaged, and would then crash while searching.
//
// Thread-safe: searches share a read lock, changes take the write lock; build() constructs the
// new graph without the lock, so searches go on answering from the old one meanwhile.
class VectorIndex
{
public:
    enum class State {
        Ready,   // loaded, built or started empty: search() answers
        Missing, // no saved index (or no manifest)
        Corrupt, // the file or the manifest is damaged, or hnswlib refused the file
        Stale,   // intact, but it covers other rows than the database holds now
    };

    // What the index covers, as the database sees it; compared with the manifest by open().
    struct Coverage
    {
        qint64 count = 0;
        qint64 maxSeq = 0;
        QString checksum;
        bool operator==(const Coverage&) const = default;
    };

    using Progress = std::function<void(qint64 done, qint64 total)>;

    static constexpr int kM = 16;
    // 64 rather than hnswlib's 200: on the synthetic library it builds three times faster for
    // the same recall at ef 64 (tests/bench, docs/performance.md).
    static constexpr int kEfConstruction = 64;
    // The search breadth: at a million synthetic prompts, ef 64 finds 0.94 of the exact top 10 and
    // ef 128 0.96 in 0.9 ms (docs/performance.md); smaller libraries only get faster.
    static constexpr int kDefaultEf = 128;

    VectorIndex(const QString& databasePath, const QString& model, int dimension);
    ~VectorIndex();
    VectorIndex(const VectorIndex&) = delete;
    VectorIndex& operator=(const VectorIndex&) = delete;

    static QString indexPath(const QString& databasePath, const QString& model);
    static QString manifestPath(const QString& databasePath, const QString& model);
    QString indexPath() const { return m_indexPath; }
    QString manifestPath() const { return m_manifestPath; }

    // Loads the saved index when its manifest matches `expected` and its file is intact.
    // Otherwise the index is left empty, state() says why and the error describes it (with the
    // hint to rebuild); the saved files are left alone until the next save().
    Status open(const Coverage& expected);
    State state() const;
    // Starts an empty, ready index (for a library without embeddings yet).
    void reset();

    // Adds or replaces the vector of `seq` (dimension() floats, normalised); grows as needed.
    Status add(qint64 seq, const std::vector<float>& vector);
    // add() for many vectors (labels.size() * dimension() floats), on every core at once; searches
    // wait until all are in.
    Status addMany(const std::vector<qint64>& labels, const std::vector<float>& rows);
    // Leaves `seq` out of every later search; unknown labels are ignored.
    Status markDeleted(qint64 seq);
    // The k best live vectors, best first. An index that is not Ready answers an error.
    Result<QList<VectorHit>> search(const float* vector, int k) const;

    // Replaces the whole index with `labels` / `rows` (labels.size() * dimension() floats).
    // `cancel` is polled; a cancelled build leaves the previous index as it was.
    Status build(const std::vector<qint64>& labels, const std::vector<float>& rows, const Progress& progress = {},
                 const std::atomic_bool* cancel = nullptr);
    // Writes the index to a temporary file, renames it into place, then writes the manifest.
    // `coverage.count` must equal count(): the manifest must describe what the file holds.
    Status save(const Coverage& coverage);

    void setEf(int ef);
    int ef() const;
    int dimension() const { return m_dimension; }
    QString model() const { return m_model; }
    // Live (not deleted) vectors.
    qint64 count() const;

private:
    struct Hnsw;
    Status fail(State state, const QString& what);
    // `floats` is `vectors` rows of this index's dimension, or an error saying what was given.
    Status checkRows(size_t vectors, size_t floats) const;

    QString m_databasePath;
    QString m_model;
    int m_dimension;
    QString m_indexPath;
    QString m_manifestPath;
    mutable QReadWriteLock m_lock;
    QMutex m_saveMutex; // one save at a time; searches go on under the read lock
    std::unique_ptr<Hnsw> m_hnsw;
    State m_state = State::Missing;
    int m_ef = kDefaultEf;
};

} // namespace athanor
