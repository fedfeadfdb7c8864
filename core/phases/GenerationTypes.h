#pragma once

#include "Phase.h"
#include "VariantRanker.h"
#include "core/providers/ChatTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace athanor {

// What a `generate` run is asked to do.
struct GenerateOptions
{
    QList<Phase> phases = allPhases();
    int variants = 3; // per phase and round
    QString persona = QStringLiteral("generic");
    QString targetModel; // empty: the model that generates
    int maxTokens = 1024;
    bool judge = false;      // ask the model to grade each variant (one extra call per variant)
    double targetScore = 0;  // the optimise loop stops once a round's best reaches this total
    int maxRounds = 1;       // rounds per phase; each round refines the best so far
    bool stream = true;
};

// One generated variant, with all that is recorded about it.
struct VariantOutcome
{
    Phase phase = Phase::PrimaMateria;
    int round = 1;
    int index = 0;
    double temperature = 0.7;
    QString parentId; // the prompt the phase worked on
    QString promptId; // the stored prompt; empty when it failed
    ChatResult result;
    std::optional<double> cost; // US dollars; unknown for a model the price table lacks
    VariantScore score;
    QJsonObject request; // generation_request: messages, model and parameters
    QString error;       // why the call failed; empty when it did not
    bool ok() const { return error.isEmpty(); }
};

struct PhaseOutcome
{
    Phase phase = Phase::PrimaMateria;
    QList<VariantOutcome> variants; // every round's
    int best = -1;                  // index into variants
    int rounds = 0;
    const VariantOutcome* bestVariant() const { return best >= 0 ? &variants[best] : nullptr; }
};

} // namespace athanor
