#pragma once

#include "core/phases/GenerationTypes.h"
#include "core/providers/ProviderKind.h"
#include "core/Result.h"

#include <memory>

namespace athanor {

class Database;

// Stores what a generation run produced, as the prompt store design describes it: each variant
// a prompt row with its phase, provider, model, persona, temperature, max and actual tokens,
// parent (the phase input), session (the run), generation request and context, plus its
// metrics (latency, tokens, cost). One transaction per variant.
class GenerationRepository
{
public:
    struct Run
    {
        QString sessionId;
        ProviderKind provider = ProviderKind::OpenAI;
        QString model;
        QString persona;
        QString original; // the user's input, kept as original_input of every output
    };

    explicit GenerationRepository(std::shared_ptr<Database> database);

    // The run's starting prompt: the existing prompt of the same content, or a new one.
    Result<QString> recordInput(const Run& run);
    // A generated variant; when the same content is already stored, that prompt's id. Without
    // `withPhase` (a Playground comparison, not a phase) the prompt's phase stays empty.
    Result<QString> recordVariant(const Run& run, const VariantOutcome& variant, bool withPhase = true);

    // The ranker kept this stored variant as its phase's best (usage analytics: selected by "ranker").
    Status recordBest(const QString& promptId);

    // The metrics recorded for a prompt: metric_type → value (response_time ms, token_usage, cost_usd).
    Result<QVariantMap> metrics(const QString& promptId) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace athanor
