#include "Recommender.h"

#include <algorithm>
#include <cmath>

namespace athanor {

Recommender::Recommender(QList<Technique> techniques, QSet<QString> intentPaths,
                         EffectivenessTable effectiveness)
    : m_techniques(std::move(techniques)), m_intentPaths(std::move(intentPaths)),
      m_effectiveness(std::move(effectiveness))
{
}

QList<EffectivenessMapping> Recommender::materialize(const Catalog& catalog)
{
    QHash<QString, QHash<QString, EffectivenessMapping>> declared;
    for (const EffectivenessMapping& m : catalog.effectiveness)
        declared[m.intent].insert(m.technique, m);

    QList<EffectivenessMapping> rows;
    for (const Intent& intent : catalog.intents) {
        // Walk from the root down so that nearer declarations override farther ones.
        QStringList chain;
        for (QString path = intent.path; !path.isEmpty();) {
            chain.prepend(path);
            const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
            path = dot < 0 ? QString() : path.left(dot);
        }
        QHash<QString, EffectivenessMapping> effective;
        for (const QString& path : chain)
            for (const EffectivenessMapping& m : declared.value(path))
                effective.insert(m.technique, m);
        QStringList codes = effective.keys();
        codes.sort();
        for (const QString& code : codes) {
            EffectivenessMapping row = effective.value(code);
            row.intent = intent.path;
            rows << row;
        }
    }
    return rows;
}

Recommender Recommender::fromCatalog(const Catalog& catalog)
{
    QSet<QString> paths;
    for (const Intent& intent : catalog.intents)
        paths.insert(intent.path);
    EffectivenessTable table;
    for (const EffectivenessMapping& m : materialize(catalog))
        table[m.intent].insert(m.technique, m.score);
    return Recommender(catalog.techniques, paths, table);
}

QString Recommender::resolveIntent(const QString& path) const
{
    QString candidate = path.trimmed();
    while (!candidate.isEmpty()) {
        if (m_intentPaths.contains(candidate))
            return candidate;
        const qsizetype dot = candidate.lastIndexOf(QLatin1Char('.'));
        candidate = dot < 0 ? QString() : candidate.left(dot);
    }
    return {};
}

RecommendationResult Recommender::recommend(const QString& intentPath, int complexity,
                                            const QSet<QString>& favourites, int limit) const
{
    RecommendationResult result;
    result.requestedIntent = intentPath;
    result.intent = resolveIntent(intentPath);
    result.fellBack = result.intent != intentPath;
    const QHash<QString, double> mapping = m_effectiveness.value(result.intent);

    for (const Technique& t : m_techniques) {
        if (!t.active)
            continue;
        Recommendation r;
        r.code = t.code;
        r.name = t.name;
        r.mapped = mapping.contains(t.code);
        r.catalogEffectiveness = r.mapped ? mapping.value(t.code) : t.baseEffectiveness;
        r.effectiveness = r.catalogEffectiveness;
        // Learned on the intent used, so ratings on one intent leave the others as they were.
        if (const std::optional<LearnedEffectiveness::Tally> tally = m_learned.tally(result.intent, t.code)) {
            r.effectiveness = LearnedEffectiveness::blend(r.catalogEffectiveness, *tally);
            r.learnedAdjustment = r.effectiveness - r.catalogEffectiveness;
            r.ratings = tally->count;
        }
        const int distance = std::abs(complexity - t.complexity);
        r.complexityAdjustment = distance == 0 ? 0.1 : distance == 1 ? 0.0 : -0.1 * distance;
        r.personalization = favourites.contains(t.code) ? 0.15 : 0.0;
        r.finalScore = std::min(r.effectiveness + r.complexityAdjustment + r.personalization, 0.99);
        result.techniques << r;
    }
    // Deterministic order: score, then the stronger evidence, then the code.
    std::sort(result.techniques.begin(), result.techniques.end(),
              [](const Recommendation& a, const Recommendation& b) {
                  if (std::abs(a.finalScore - b.finalScore) > 1e-9)
                      return a.finalScore > b.finalScore;
                  if (std::abs(a.effectiveness - b.effectiveness) > 1e-9)
                      return a.effectiveness > b.effectiveness;
                  return a.code < b.code;
              });
    if (limit >= 0 && result.techniques.size() > limit)
        result.techniques.resize(limit);
    return result;
}

} // namespace athanor
