#include "PhaseRunSupport.h"

#include "core/Ids.h"
#include "core/embeddings/LocalEmbedder.h"
#include "core/phases/GenerationSetup.h"
#include "core/phases/PhaseRunner.h"
#include "core/providers/ProviderClient.h"
#include "storage/GenerationRepository.h"

#include <QEventLoop>
#include <QJsonArray>
#include <cmath>

namespace athanor::cli {

namespace {

double rounded(double value, int digits)
{
    const double scale = std::pow(10.0, digits);
    return std::round(value * scale) / scale;
}

} // namespace

QJsonObject variantJson(const VariantOutcome& variant)
{
    QJsonObject object{
        {QStringLiteral("id"), variant.promptId.isEmpty() ? QJsonValue() : QJsonValue(variant.promptId)},
        {QStringLiteral("parent_id"),
         variant.parentId.isEmpty() ? QJsonValue() : QJsonValue(variant.parentId)},
        {QStringLiteral("round"), variant.round},
        {QStringLiteral("temperature"), variant.temperature},
        {QStringLiteral("content"), variant.result.text},
        {QStringLiteral("score"), variant.ok() ? QJsonValue(rounded(variant.score.total, 4)) : QJsonValue()},
        {QStringLiteral("tokens"), variant.result.usage.total()},
        {QStringLiteral("cost"), variant.cost ? QJsonValue(rounded(*variant.cost, 8)) : QJsonValue()},
        {QStringLiteral("latency_ms"), variant.result.latencyMs}};
    if (variant.score.judge)
        object.insert(QStringLiteral("judge"), rounded(*variant.score.judge, 4));
    if (!variant.ok())
        object.insert(QStringLiteral("error"), variant.error);
    return object;
}

Result<PhaseRunOutcome> runPhases(const PhaseRunRequest& request, CliContext& context)
{
    auto prompts = loadPhasePrompts();
    if (!prompts)
        return prompts.error();
    auto prices = loadPriceTable();
    if (!prices)
        return prices.error();
    std::shared_ptr<Database> database = request.database;
    if (!database) {
        auto opened = context.openDatabase();
        if (!opened)
            return opened.error();
        database = *opened;
    }

    GenerationRepository repository(database);
    const GenerationRepository::Run run{newUuid(), request.config.kind, request.config.effectiveModel(),
                                        request.persona, request.original};
    QString inputId = request.inputId;
    if (inputId.isEmpty()) {
        Result<QString> stored = repository.recordInput(run);
        if (!stored)
            return stored.error();
        inputId = *stored;
    }

    ProviderClient client(request.config);
    PhaseRunner runner(&client, *prompts, std::make_shared<LocalEmbedder>(), *prices);
    runner.setRecorder([&](const VariantOutcome& variant) { return repository.recordVariant(run, variant); });
    QObject::connect(&runner, &PhaseRunner::phaseFinished, [&](const PhaseOutcome& phase) {
        if (Status kept = repository.recordBest(phase.bestVariant()->promptId); !kept)
            context.err() << "warning: " << kept.error().message() << '\n';
    });
    const bool json = request.json;
    const bool single = request.options.variants == 1;
    // One variant at a time can be shown as it streams; several are reported as they finish.
    if (!json && single)
        QObject::connect(&runner, &PhaseRunner::variantDelta, [&](Phase, int, int, const QString& delta) {
            context.out() << delta;
            context.out().flush();
        });
    QObject::connect(&runner, &PhaseRunner::phaseStarted, [&](Phase phase, int round) {
        if (!json)
            context.err() << (round > 1 ? QStringLiteral("%1 (round %2)").arg(phaseName(phase)).arg(round)
                                        : phaseName(phase))
                          << ":\n";
        context.err().flush();
    });
    QObject::connect(&runner, &PhaseRunner::variantFinished, [&](const VariantOutcome& variant) {
        if (json)
            return;
        if (single)
            context.out() << "\n";
        context.err() << QStringLiteral("  variant %1: %2\n")
                             .arg(variant.index + 1)
                             .arg(variant.ok() ? QStringLiteral("score %1, %2 tokens, %3 ms")
                                                     .arg(variant.score.total, 0, 'f', 3)
                                                     .arg(variant.result.usage.total())
                                                     .arg(variant.result.latencyMs)
                                               : variant.error);
        context.out().flush();
        context.err().flush();
    });
    QEventLoop loop;
    QObject::connect(&runner, &PhaseRunner::finished, &loop, &QEventLoop::quit);
    runner.start(request.input, inputId, request.options);
    if (runner.isRunning())
        loop.exec();
    if (runner.error())
        return *runner.error();

    PhaseRunOutcome outcome;
    outcome.sessionId = run.sessionId;
    outcome.inputId = inputId;
    outcome.best = *runner.best();
    for (const PhaseOutcome& phase : runner.phases()) {
        QJsonArray variants;
        for (const VariantOutcome& variant : phase.variants)
            variants.append(variantJson(variant));
        outcome.phases.append(QJsonObject{{QStringLiteral("phase"), phaseName(phase.phase)},
                                          {QStringLiteral("rounds"), phase.rounds},
                                          {QStringLiteral("variants"), variants},
                                          {QStringLiteral("best"), phase.bestVariant()->promptId}});
    }
    return outcome;
}

} // namespace athanor::cli
