#pragma once

#include <QList>
#include <QtGlobal>

#include <vector>

namespace athanor {

// One neighbour found by a similarity search: a row's label (prompts.seq) and its cosine
// similarity with the query (the inner product of two normalised vectors).
struct VectorHit
{
    qint64 seq = 0;
    float score = 0.0f;
};

// Brute-force nearest neighbours: the exact answer the HNSW index approximates. Used when the
// index is missing or being rebuilt, and by tests and benchmarks to measure recall.
class ExactSearch
{
public:
    static float dot(const float* a, const float* b, int dimension);

    // The k rows with the highest inner product with `query`, best first (ties: lower label
    // first). `rows` holds labels.size() vectors of `dimension` floats, one after the other.
    static QList<VectorHit> topK(const std::vector<qint64>& labels, const std::vector<float>& rows, int dimension,
                                 const float* query, int k);
};

} // namespace athanor
