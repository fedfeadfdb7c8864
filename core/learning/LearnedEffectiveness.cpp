#include "LearnedEffectiveness.h"

#include <algorithm>

namespace athanor {

double LearnedEffectiveness::normalized(int stars)
{
    return (std::clamp(stars, 1, 5) - 1) / 4.0;
}

double LearnedEffectiveness::blend(double prior, const Tally& tally)
{
    return (kPriorWeight * prior + tally.sum) / (kPriorWeight + tally.count);
}

void LearnedEffectiveness::add(const QString& intent, const QString& technique, int stars)
{
    Tally& tally = m_table[intent][technique];
    tally.sum += normalized(stars);
    ++tally.count;
}

std::optional<LearnedEffectiveness::Tally> LearnedEffectiveness::tally(const QString& intent,
                                                                       const QString& technique) const
{
    const auto byIntent = m_table.constFind(intent);
    if (byIntent == m_table.constEnd())
        return std::nullopt;
    const auto found = byIntent->constFind(technique);
    if (found == byIntent->constEnd())
        return std::nullopt;
    return *found;
}

} // namespace athanor
