#include "PhaseRunner.h"

#include "core/embeddings/Embedder.h"
#include "core/providers/ProviderClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <numeric>

namespace athanor {

namespace {

double cosine(const std::vector<float>& a, const std::vector<float>& b)
{
    if (a.size() != b.size() || a.empty())
        return 0;
    return std::inner_product(a.begin(), a.end(), b.begin(), 0.0);
}

QJsonObject requestJson(const ChatRequest& request, const QString& model, Phase phase,
                        const GenerateOptions& options)
{
    QJsonArray messages;
    messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                {QStringLiteral("content"), request.system}});
    for (const ChatMessage& message : request.messages)
        messages.append(QJsonObject{{QStringLiteral("role"), message.role},
                                    {QStringLiteral("content"), message.content}});
    return {{QStringLiteral("model"), model},
            {QStringLiteral("phase"), phaseName(phase)},
            {QStringLiteral("persona"), options.persona},
            {QStringLiteral("target_model"), options.targetModel},
            {QStringLiteral("temperature"), request.temperature.value_or(0)},
            {QStringLiteral("max_tokens"), request.maxTokens.value_or(0)},
            {QStringLiteral("messages"), messages}};
}

} // namespace

PhaseRunner::PhaseRunner(ProviderClient* client, PhasePromptLibrary prompts,
                         std::shared_ptr<const Embedder> embedder, PriceTable prices, QObject* parent)
    : QObject(parent), m_client(client), m_prompts(std::move(prompts)), m_embedder(std::move(embedder)),
      m_prices(std::move(prices))
{
}

QList<double> PhaseRunner::temperatures(int count)
{
    if (count <= 1)
        return {0.7};
    QList<double> list;
    for (int i = 0; i < count; ++i)
        list << std::round((0.3 + 0.7 * i / (count - 1)) * 100) / 100;
    return list;
}

void PhaseRunner::start(const QString& input, const QString& inputId, const GenerateOptions& options)
{
    m_options = options;
    m_options.variants = std::clamp(m_options.variants, 1, 8);
    m_options.maxRounds = std::clamp(m_options.maxRounds, 1, 10);
    m_input = input;
    m_original = input;
    m_inputId = inputId;
    m_phaseIndex = 0;
    m_round = 0;
    m_phases.clear();
    m_error.reset();
    m_running = true;
    if (m_options.phases.isEmpty()) {
        fail(Error::usage(QCoreApplication::translate("athanor::PhaseRunner", "no phase to run")));
        return;
    }
    m_phases.append(PhaseOutcome{m_options.phases.first(), {}, -1, 0});
    startRound();
}

void PhaseRunner::startRound()
{
    ++m_round;
    const Phase phase = m_options.phases[m_phaseIndex];
    emit phaseStarted(phase, m_round);
    const QString model = m_client->config().effectiveModel();
    const QString target = m_options.targetModel.isEmpty() ? model : m_options.targetModel;
    const PhaseMessages messages = m_prompts.build(phase, m_options.persona, target, m_input);
    const QList<double> temps = temperatures(m_options.variants);

    m_roundVariants.clear();
    m_callError.reset();
    m_calls.clear();
    m_pending = int(temps.size());
    for (int i = 0; i < temps.size(); ++i) {
        ChatRequest request;
        request.model = model;
        request.system = messages.system;
        request.messages = {{QStringLiteral("user"), messages.user}};
        request.temperature = temps[i];
        request.maxTokens = m_options.maxTokens;
        VariantOutcome variant;
        variant.phase = phase;
        variant.round = m_round;
        variant.index = i;
        variant.temperature = temps[i];
        variant.parentId = m_inputId;
        variant.request = requestJson(request, model, phase, m_options);
        m_roundVariants.append(variant);
        ProviderCall* call = m_client->chat(request, m_options.stream);
        m_calls.append(call);
        connect(call, &ProviderCall::delta, this,
                [this, phase, i](const QString& text) { emit variantDelta(phase, m_round, i, text); });
        connect(call, &ProviderCall::finished, this, [this, i, call] { onVariantFinished(i, call); });
    }
}

void PhaseRunner::onVariantFinished(int slot, ProviderCall* call)
{
    if (!m_running)
        return;
    VariantOutcome& variant = m_roundVariants[slot];
    if (call->ok()) {
        variant.result = call->chat();
        variant.result.text = variant.result.text.trimmed();
        if (variant.result.text.isEmpty())
            variant.error =
                QCoreApplication::translate("athanor::PhaseRunner", "the model returned an empty answer");
        variant.cost =
            m_prices.cost(m_client->config().kind, m_client->config().effectiveModel(), variant.result.usage);
    } else {
        variant.error = call->error().error.message();
        if (!m_callError)
            m_callError = call->error().error;
    }
    m_calls[slot] = nullptr;
    call->deleteLater();
    if (--m_pending > 0)
        return;
    if (m_options.judge)
        judgeRound();
    else
        finishRound();
}

void PhaseRunner::judgeRound()
{
    m_pending = 0;
    for (int i = 0; i < m_roundVariants.size(); ++i) {
        if (!m_roundVariants[i].ok())
            continue;
        const PhaseMessages messages =
            m_prompts.judge(m_original, m_roundVariants[i].result.text, m_options.targetModel);
        ChatRequest request;
        request.system = messages.system;
        request.messages = {{QStringLiteral("user"), messages.user}};
        request.temperature = 0.0;
        request.maxTokens = 600;
        ProviderCall* call = m_client->chat(request, false);
        m_calls.append(call);
        ++m_pending;
        connect(call, &ProviderCall::finished, this, [this, i, call] {
            if (!m_running)
                return;
            // A judge that fails or gives no score leaves the heuristic score alone.
            if (call->ok())
                m_roundVariants[i].score.judge = VariantRanker::parseJudgeScore(call->chat().text);
            m_calls.removeOne(call);
            call->deleteLater();
            if (--m_pending == 0)
                finishRound();
        });
    }
    if (m_pending == 0)
        finishRound();
}

void PhaseRunner::finishRound()
{
    const Phase phase = m_options.phases[m_phaseIndex];
    PhaseOutcome& outcome = m_phases.last();
    outcome.rounds = m_round;
    const std::vector<float> inputVector = m_embedder ? m_embedder->embed(m_input) : std::vector<float>{};
    QString firstError;
    for (VariantOutcome& variant : m_roundVariants) {
        if (!variant.ok()) {
            if (firstError.isEmpty())
                firstError = variant.error;
            outcome.variants.append(variant);
            emit variantFinished(variant);
            continue;
        }
        VariantFeatures features;
        features.phase = phase;
        features.temperature = variant.temperature;
        features.outputTokens = variant.result.usage.output;
        features.maxTokens = m_options.maxTokens;
        features.inputChars = int(m_input.size());
        features.outputChars = int(variant.result.text.size());
        features.similarity = m_embedder ? cosine(inputVector, m_embedder->embed(variant.result.text)) : 1.0;
        features.truncated = variant.result.truncated();
        const std::optional<double> judged = variant.score.judge; // parsed 1-10, not yet mapped
        features.judgeScore = judged;
        variant.score = m_ranker.score(features);
        if (m_recorder) {
            Result<QString> stored = m_recorder(variant);
            if (!stored) {
                fail(stored.error());
                return;
            }
            variant.promptId = *stored;
        }
        outcome.variants.append(variant);
        emit variantFinished(variant);
    }

    QList<VariantScore> scores;
    for (const VariantOutcome& variant : outcome.variants)
        scores.append(variant.ok() ? variant.score : VariantScore{-1, 0, 0, 0, 0, {}, 1});
    const int best = VariantRanker::best(scores);
    if (best < 0 || !outcome.variants[best].ok()) {
        if (m_callError) {
            // Keep the provider's own kind and hint (which key, where to set it) and name the phase.
            Error error = *m_callError;
            error.what = error.message();
            error.where = phaseName(phase);
            fail(error);
        } else {
            fail(Error::network(firstError.isEmpty() ? QCoreApplication::translate("athanor::PhaseRunner",
                                                                                   "no variant was generated")
                                                     : firstError,
                                phaseName(phase)));
        }
        return;
    }
    outcome.best = best;
    const VariantOutcome& winner = outcome.variants[best];
    const bool reached = m_options.targetScore > 0 && winner.score.total >= m_options.targetScore;
    if (m_round < m_options.maxRounds && m_options.targetScore > 0 && !reached) {
        // Optimise: the next round refines the best so far.
        m_input = winner.result.text;
        m_inputId = winner.promptId;
        startRound();
        return;
    }
    emit phaseFinished(outcome);
    m_input = winner.result.text;
    m_inputId = winner.promptId;
    if (++m_phaseIndex >= m_options.phases.size()) {
        finish();
        return;
    }
    m_round = 0;
    m_phases.append(PhaseOutcome{m_options.phases[m_phaseIndex], {}, -1, 0});
    startRound();
}

void PhaseRunner::cancel()
{
    if (!m_running)
        return;
    fail(Error::usage(QCoreApplication::translate("athanor::PhaseRunner", "the generation was cancelled")));
}

void PhaseRunner::fail(const Error& error)
{
    m_error = error;
    m_running = false;
    for (ProviderCall* call : std::as_const(m_calls))
        if (call) {
            call->disconnect(this);
            call->cancel();
            call->deleteLater();
        }
    m_calls.clear();
    emit finished();
}

void PhaseRunner::finish()
{
    m_running = false;
    emit finished();
}

const VariantOutcome* PhaseRunner::best() const
{
    if (m_error || m_phases.isEmpty())
        return nullptr;
    return m_phases.last().bestVariant();
}

} // namespace athanor
