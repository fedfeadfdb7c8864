#pragma once

#include "Phase.h"

#include <QList>
#include <QString>
#include <optional>

namespace athanor {

// What is known about one generated variant of a phase, for ranking it against its siblings.
struct VariantFeatures
{
    double temperature = 0.7;
    int outputTokens = 0;
    int maxTokens = 0;                // the request's limit; 0 when there was none
    int inputChars = 0;               // the phase input's length
    int outputChars = 0;              // the variant's length
    double similarity = 1.0;          // cosine of the variant's and the phase input's embeddings, in [-1, 1]
    std::optional<double> judgeScore; // 1-10 from an LLM judge, when one was asked
    Phase phase = Phase::Coagulatio;
    bool truncated = false; // the provider reported that the reply stopped at the token limit
};

// The weights and thresholds of the ranking formula (docs/phases.md); the defaults are the documented ones.
struct RankWeights
{
    // The four heuristic components; they sum to 1, and score() divides by their sum anyway.
    double temperature = 0.10;
    double efficiency = 0.20;
    double similarity = 0.40;
    double length = 0.30;
    // The judge's share of the total when a variant has a judge score: it reads quality directly,
    // the components above only hint at it.
    double judge = 0.60;
    // A cut-off variant is a broken prompt: its total is multiplied by this.
    double truncationPenalty = 0.50;
    // Below this cosine a variant has drifted from its input; the multiplier falls linearly from 1
    // at the threshold to driftPenalty at a cosine of 0 and below.
    double driftThreshold = 0.35;
    double driftPenalty = 0.50;

    double heuristicSum() const { return temperature + efficiency + similarity + length; }
};

// Every component in [0, 1].
struct VariantScore
{
    double total = 0;
    double temperature = 0;
    double efficiency = 0;
    double similarity = 0;
    double length = 0;
    std::optional<double> judge; // the judge score mapped from 1-10 to [0, 1]
    double penalty = 1;          // the truncation and drift multipliers applied to the total
};

// Scores the variants of one phase so that the best can be kept (docs/phases.md, "Ranking").
class VariantRanker
{
public:
    explicit VariantRanker(RankWeights weights = {}) : m_weights(weights) {}

    const RankWeights& weights() const { return m_weights; }
    VariantScore score(const VariantFeatures& features) const;
    // The index of the highest total; ties go to the lowest index; -1 for an empty list.
    static int best(const QList<VariantScore>& scores);

    // The preferred length band of a phase's output, as multiples of its input's length.
    struct LengthBand
    {
        double low;
        double high;
    };
    static LengthBand lengthBand(Phase phase);

    // The components, public so that tests and the documentation's figures check the same curves.
    static double temperatureScore(double temperature);
    static double efficiencyScore(const VariantFeatures& features);
    static double similarityScore(double cosine);
    static double lengthScore(const VariantFeatures& features);
    static bool isTruncated(const VariantFeatures& features);

    // The judge's verdict from its reply: the last "Score: N/10" (also "score: 7.5 / 10",
    // "**Score:** 8/10"); nullopt when there is none or the last one is outside 1-10.
    static std::optional<double> parseJudgeScore(const QString& reply);

private:
    RankWeights m_weights;
};

} // namespace athanor
