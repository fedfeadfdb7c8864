#include "VariantRanker.h"

#include <QRegularExpression>
#include <algorithm>

namespace athanor {
namespace {

// A very short draft ("write a haiku about rain") legitimately grows; lengths are measured against
// at least this many characters so that a good expansion of it is not called bloat.
constexpr double kMinReferenceChars = 300;
// A common rule of thumb for English text with current tokenizers.
constexpr double kCharsPerToken = 4;
// Beyond this many times the input's tokens a variant is bloated whatever the phase.
constexpr double kBloatRatio = 4;
// Above this share of max_tokens a reply is at risk of having been cut or of rambling.
constexpr double kHeadroomShare = 0.8;

double clamp01(double value)
{
    return std::clamp(value, 0.0, 1.0);
}

} // namespace

VariantRanker::LengthBand VariantRanker::lengthBand(Phase phase)
{
    switch (phase) {
    case Phase::PrimaMateria:
        return {0.3, 1.2}; // the raw structure: may be much shorter than the draft
    case Phase::Solutio:
        return {0.7, 1.6}; // flowing prose: about as long, connectives add a little
    case Phase::Coagulatio:
        return {0.9, 2.5}; // precise and complete: somewhat longer
    }
    return {0.5, 2.0};
}

double VariantRanker::temperatureScore(double temperature)
{
    // Moderate temperatures give variety between variants without inventing content: a plateau of
    // 1 from 0.3 to 0.9, rising from 0.7 at 0 (safe but the variants repeat each other), falling to 0
    // at 2 (the most a provider accepts; the text drifts).
    const double t = std::clamp(temperature, 0.0, 2.0);
    if (t < 0.3)
        return 0.7 + t;
    if (t <= 0.9)
        return 1.0;
    return 1.0 - (t - 0.9) / 1.1;
}

bool VariantRanker::isTruncated(const VariantFeatures& features)
{
    return features.truncated || (features.maxTokens > 0 && features.outputTokens >= features.maxTokens);
}

double VariantRanker::efficiencyScore(const VariantFeatures& features)
{
    if (isTruncated(features))
        return 0.0;
    double headroom = 1.0;
    if (features.maxTokens > 0) {
        const double used = double(features.outputTokens) / features.maxTokens;
        if (used > kHeadroomShare)
            headroom = 1.0 - 2.5 * (used - kHeadroomShare); // 0.5 just below the limit
    }
    const double inputTokens = std::max<double>(features.inputChars, kMinReferenceChars) / kCharsPerToken;
    const double ratio = features.outputTokens / inputTokens;
    const double bloat = ratio <= kBloatRatio ? 1.0 : kBloatRatio / ratio;
    return clamp01(headroom * bloat);
}

double VariantRanker::similarityScore(double cosine)
{
    return (std::clamp(cosine, -1.0, 1.0) + 1.0) / 2.0;
}

double VariantRanker::lengthScore(const VariantFeatures& features)
{
    if (features.outputChars <= 0)
        return 0.0;
    const LengthBand band = lengthBand(features.phase);
    const double low = band.low * std::max(features.inputChars, 0);
    const double high = band.high * std::max<double>(features.inputChars, kMinReferenceChars);
    const double length = features.outputChars;
    if (length < low)
        return length / low;
    if (length > high)
        return high / length;
    return 1.0;
}

VariantScore VariantRanker::score(const VariantFeatures& features) const
{
    const RankWeights& w = m_weights;
    VariantScore s;
    s.temperature = temperatureScore(features.temperature);
    s.efficiency = efficiencyScore(features);
    s.similarity = similarityScore(features.similarity);
    s.length = lengthScore(features);

    const double sum = w.heuristicSum();
    double total = sum > 0 ? (w.temperature * s.temperature + w.efficiency * s.efficiency +
                              w.similarity * s.similarity + w.length * s.length) /
                                 sum
                           : 0.0;
    if (features.judgeScore) {
        s.judge = (std::clamp(*features.judgeScore, 1.0, 10.0) - 1.0) / 9.0;
        const double share = clamp01(w.judge);
        total = (1.0 - share) * total + share * *s.judge;
    }

    if (isTruncated(features))
        s.penalty *= w.truncationPenalty;
    const double cosine = std::clamp(features.similarity, -1.0, 1.0);
    if (cosine < w.driftThreshold && w.driftThreshold > 0)
        s.penalty *= w.driftPenalty + (1.0 - w.driftPenalty) * std::max(cosine, 0.0) / w.driftThreshold;
    s.total = clamp01(total * s.penalty);
    return s;
}

int VariantRanker::best(const QList<VariantScore>& scores)
{
    int bestIndex = -1;
    for (int i = 0; i < scores.size(); ++i)
        if (bestIndex < 0 || scores[i].total > scores[bestIndex].total)
            bestIndex = i;
    return bestIndex;
}

std::optional<double> VariantRanker::parseJudgeScore(const QString& reply)
{
    // "Score", optional Markdown emphasis around the label or the number, ":" or "=", then N/10.
    static const QRegularExpression pattern(
        QStringLiteral("\\bscore\\s*[*_]*\\s*[:=]\\s*[*_]*\\s*(\\d{1,2}(?:[.,]\\d+)?)\\s*[*_]*\\s*(?:/"
                       "|out\\s+of)\\s*10(?!\\d)"),
        QRegularExpression::CaseInsensitiveOption);
    QString last;
    for (auto it = pattern.globalMatch(reply); it.hasNext();)
        last = it.next().captured(1);
    if (last.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = QString(last).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (!ok || value < 1.0 || value > 10.0)
        return std::nullopt;
    return value;
}

} // namespace athanor
