#include "TextDistance.h"

#include <algorithm>
#include <vector>

namespace athanor {

int editDistance(const QString& a, const QString& b)
{
    const QString x = a.toLower();
    const QString y = b.toLower();
    std::vector<int> previous(y.size() + 1);
    std::vector<int> current(y.size() + 1);
    for (qsizetype j = 0; j <= y.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const int substitution = previous[j - 1] + (x.at(i - 1) == y.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[y.size()];
}

QStringList closestMatches(const QString& word, const QStringList& candidates, int limit)
{
    struct Scored
    {
        int distance;
        qsizetype order;
        QString text;
    };
    std::vector<Scored> scored;
    const int threshold = std::max(2, int(word.size()) / 3);
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const QString& candidate = candidates.at(i);
        int distance = editDistance(word, candidate);
        const bool related = candidate.contains(word, Qt::CaseInsensitive) || word.contains(candidate, Qt::CaseInsensitive);
        if (related)
            distance = std::min(distance, 1);
        if (distance <= threshold)
            scored.push_back({distance, i, candidate});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const Scored& l, const Scored& r) { return l.distance < r.distance; });
    QStringList result;
    for (const Scored& s : scored) {
        if (result.size() >= limit)
            break;
        result << s.text;
    }
    return result;
}

} // namespace athanor
