#pragma once

#include "CatalogTypes.h"
#include "core/learning/LearnedEffectiveness.h"

#include <QHash>
#include <QSet>

namespace athanor {

struct Recommendation
{
    QString code;
    QString name;
    double effectiveness = 0;        // catalogEffectiveness, moved by the ratings when there are any
    double catalogEffectiveness = 0; // the intent mapping's score, or the technique's base effectiveness
    double learnedAdjustment = 0;    // effectiveness - catalogEffectiveness
    int ratings = 0;                 // ratings of this technique on this intent behind the adjustment
    double complexityAdjustment = 0; // +0.1 equal, 0 one apart, -0.1 per level otherwise
    double personalization = 0;      // +0.15 for a favourite
    double finalScore = 0;           // the sum, capped at 0.99
    bool mapped = false;             // effectiveness came from an intent mapping
};

struct RecommendationResult
{
    QString requestedIntent;
    QString intent;        // the intent used: the requested one, or its nearest existing ancestor
    bool fellBack = false; // the requested intent does not exist
    QList<Recommendation> techniques;
};

// The design's get_optimal_techniques, in memory.
class Recommender
{
public:
    using EffectivenessTable = QHash<QString, QHash<QString, double>>; // intent path -> code -> score

    Recommender(QList<Technique> techniques, QSet<QString> intentPaths, EffectivenessTable effectiveness);
    static Recommender fromCatalog(const Catalog& catalog);

    // Ratings move the catalog's values (LearnedEffectiveness::blend); empty: the catalog alone.
    void setLearned(LearnedEffectiveness learned) { m_learned = std::move(learned); }
    const LearnedEffectiveness& learned() const { return m_learned; }

    // A mapping declared on an intent applies to its descendants unless one of them declares its
    // own for the same technique: one row per (intent, technique), as the database stores them.
    static QList<EffectivenessMapping> materialize(const Catalog& catalog);

    RecommendationResult recommend(const QString& intentPath, int complexity,
                                   const QSet<QString>& favourites = {}, int limit = 5) const;

    // The nearest existing intent at or above `path`; empty when not even the top level exists.
    QString resolveIntent(const QString& path) const;

private:
    QList<Technique> m_techniques;
    QSet<QString> m_intentPaths;
    EffectivenessTable m_effectiveness;
    LearnedEffectiveness m_learned;
};

} // namespace athanor
