#include "ExactSearch.h"

#include <algorithm>
#include <queue>

namespace athanor {

float ExactSearch::dot(const float* a, const float* b, int dimension)
{
    // Four partial sums let the compiler vectorise without -ffast-math.
    float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int i = 0;
    for (; i + 4 <= dimension; i += 4) {
        s0 += a[i] * b[i];
        s1 += a[i + 1] * b[i + 1];
        s2 += a[i + 2] * b[i + 2];
        s3 += a[i + 3] * b[i + 3];
    }
    for (; i < dimension; ++i)
        s0 += a[i] * b[i];
    return (s0 + s1) + (s2 + s3);
}

QList<VectorHit> ExactSearch::topK(const std::vector<qint64>& labels, const std::vector<float>& rows, int dimension,
                                   const float* query, int k)
{
    if (k <= 0 || dimension <= 0)
        return {};
    // Ordered by "better" so that the worst kept hit is on top, ready to be replaced.
    auto better = [](const VectorHit& a, const VectorHit& b) {
        return a.score != b.score ? a.score > b.score : a.seq < b.seq;
    };
    std::priority_queue<VectorHit, std::vector<VectorHit>, decltype(better)> best(better);
    const size_t n = std::min(labels.size(), rows.size() / size_t(dimension));
    for (size_t i = 0; i < n; ++i) {
        const VectorHit hit{labels[i], dot(rows.data() + i * size_t(dimension), query, dimension)};
        if (best.size() < size_t(k)) {
            best.push(hit);
        } else if (better(hit, best.top())) {
            best.pop();
            best.push(hit);
        }
    }
    QList<VectorHit> result;
    result.reserve(qsizetype(best.size()));
    while (!best.empty()) {
        result.prepend(best.top());
        best.pop();
    }
    return result;
}

} // namespace athanor
