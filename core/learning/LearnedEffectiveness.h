#pragma once

#include <QHash>
#include <QString>
#include <optional>

namespace athanor {

// What ratings have taught about each technique on each intent, and how it moves the catalog's
// effectiveness: a Bayesian average with the catalog value as the prior, worth kPriorWeight
// ratings. A few ratings nudge the value; many ratings move it to what the ratings say.
// See docs/learning.md.
class LearnedEffectiveness
{
public:
    // The catalog value counts as this many ratings.
    static constexpr double kPriorWeight = 8.0;

    struct Tally
    {
        double sum = 0; // of the ratings mapped to 0..1: 1 star → 0, 5 stars → 1
        int count = 0;
        double mean() const { return count > 0 ? sum / count : 0; }
    };

    // 1..5 stars on the 0..1 scale of effectiveness.
    static double normalized(int stars);
    // (kPriorWeight × prior + sum) / (kPriorWeight + count); the prior itself without ratings.
    static double blend(double prior, const Tally& tally);

    void add(const QString& intent, const QString& technique, int stars);
    std::optional<Tally> tally(const QString& intent, const QString& technique) const;
    // The intents with ratings, and per intent the techniques.
    const QHash<QString, QHash<QString, Tally>>& table() const { return m_table; }
    bool isEmpty() const { return m_table.isEmpty(); }

private:
    QHash<QString, QHash<QString, Tally>> m_table; // intent path → technique code → tally
};

} // namespace athanor
