#pragma once

#include "GenerationTypes.h"
#include "PhasePromptLibrary.h"
#include "core/Result.h"
#include "core/providers/PriceTable.h"

#include <QObject>
#include <functional>
#include <memory>

namespace athanor {

class Embedder;
class ProviderCall;
class ProviderClient;

// The three-phase refinement (docs/phases.md): runs the chosen phases in order, N variants per
// phase at spread temperatures, scores them (VariantRanker, with similarity to the phase input
// from the embedder and, optionally, an LLM judge), keeps the best as the next phase's input,
// and repeats a phase's round until the target score or the round limit. Every variant is
// handed to the recorder, which stores it and returns its id (the next phase's parent).
class PhaseRunner : public QObject
{
    Q_OBJECT
public:
    using Recorder = std::function<Result<QString>(const VariantOutcome&)>;

    PhaseRunner(ProviderClient* client, PhasePromptLibrary prompts, std::shared_ptr<const Embedder> embedder,
                PriceTable prices, QObject* parent = nullptr);

    void setRecorder(Recorder recorder) { m_recorder = std::move(recorder); }
    // `inputId`: the stored prompt the run starts from (the first phase's parent).
    void start(const QString& input, const QString& inputId, const GenerateOptions& options);
    void cancel();

    bool isRunning() const { return m_running; }
    const QList<PhaseOutcome>& phases() const { return m_phases; }
    // The last phase's best variant; null when the run failed.
    const VariantOutcome* best() const;
    const std::optional<Error>& error() const { return m_error; }

    // The temperatures of `count` variants: 0.7 alone, else spread evenly over 0.3..1.0.
    static QList<double> temperatures(int count);

signals:
    void phaseStarted(athanor::Phase phase, int round);
    void variantDelta(athanor::Phase phase, int round, int index, const QString& text);
    void variantFinished(const athanor::VariantOutcome& variant);
    void phaseFinished(const athanor::PhaseOutcome& phase);
    void finished(); // ok when error() is empty

private:
    void startRound();
    void onVariantFinished(int slot, ProviderCall* call);
    void judgeRound();
    void finishRound();
    void fail(const Error& error);
    void finish();

    ProviderClient* m_client;
    PhasePromptLibrary m_prompts;
    std::shared_ptr<const Embedder> m_embedder;
    PriceTable m_prices;
    VariantRanker m_ranker;
    Recorder m_recorder;

    GenerateOptions m_options;
    QString m_input; // what the current round works on
    QString m_inputId;
    QString m_original;
    int m_phaseIndex = 0;
    int m_round = 0;
    QList<VariantOutcome> m_roundVariants;
    std::optional<Error> m_callError; // the round's first failed call, kept whole for its hint
    QList<ProviderCall*> m_calls;
    int m_pending = 0;
    QList<PhaseOutcome> m_phases;
    std::optional<Error> m_error;
    bool m_running = false;
};

} // namespace athanor
