#include "GenerateCommand.h"

#include "PromptInput.h"
#include "ProviderOptions.h"
#include "core/Ids.h"
#include "core/embeddings/LocalEmbedder.h"
#include "core/phases/GenerationSetup.h"
#include "core/phases/PhaseRunner.h"
#include "core/providers/ProviderClient.h"
#include "storage/GenerationRepository.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace athanor::cli {

namespace {

double rounded(double value, int digits)
{
    const double scale = std::pow(10.0, digits);
    return std::round(value * scale) / scale;
}

QJsonObject variantJson(const VariantOutcome& variant)
{
    QJsonObject object{{QStringLiteral("id"), variant.promptId.isEmpty() ? QJsonValue() : QJsonValue(variant.promptId)},
                       {QStringLiteral("parent_id"), variant.parentId.isEmpty() ? QJsonValue() : QJsonValue(variant.parentId)},
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

} // namespace

void GenerateCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("TEXT"), QStringLiteral("The prompt, or - to read standard input."));
    addProviderOptions(parser, true);
    parser.addOption({QStringLiteral("phases"), QStringLiteral("Phases to run, in order (default prima-materia,solutio,coagulatio)."),
                      QStringLiteral("a,b,c")});
    parser.addOption({QStringLiteral("variants"), QStringLiteral("Variants per phase, 1 to 8 (default 3)."), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("persona"), QStringLiteral("code, writing, analysis or generic (default generic)."),
                      QStringLiteral("P"), QStringLiteral("generic")});
    parser.addOption({QStringLiteral("target-model"), QStringLiteral("The model the final prompt is for (default: --model)."),
                      QStringLiteral("M")});
    parser.addOption({QStringLiteral("max-tokens"), QStringLiteral("Token limit of each answer (default 1024)."), QStringLiteral("N"),
                      QStringLiteral("1024")});
    parser.addOption({QStringLiteral("judge"), QStringLiteral("Have the model grade each variant 1-10 (one more call per variant).")});
    parser.addOption({QStringLiteral("target-score"),
                      QStringLiteral("Optimise: repeat a phase until its best scores this (0-1)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("max-rounds"), QStringLiteral("Rounds per phase when optimising (default 3)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("json"),
                      QStringLiteral("Print {\"session_id\",\"phases\":[{\"phase\",\"variants\":[{\"id\",\"parent_id\",\"content\","
                                     "\"score\",\"tokens\",\"cost\",\"latency_ms\"}],\"best\"}],\"best\"}.")});
}

int GenerateCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QString where = QStringLiteral("athanor-cli generate");
    GenerateOptions options;
    if (parser.isSet(QStringLiteral("phases"))) {
        Result<QList<Phase>> phases = parsePhaseList(parser.value(QStringLiteral("phases")));
        if (!phases)
            return context.usage(phases.error().what, where);
        options.phases = *phases;
    }
    bool ok = false;
    options.variants = parser.value(QStringLiteral("variants")).toInt(&ok);
    if (!ok || options.variants < 1 || options.variants > 8)
        return context.usage(QStringLiteral("--variants takes a whole number from 1 to 8"), where);
    options.maxTokens = parser.value(QStringLiteral("max-tokens")).toInt(&ok);
    if (!ok || options.maxTokens < 16 || options.maxTokens > 200000)
        return context.usage(QStringLiteral("--max-tokens takes a whole number from 16 to 200000"), where);
    options.persona = parser.value(QStringLiteral("persona")).trimmed().toLower();
    if (!personaNames().contains(options.persona))
        return context.usage(QStringLiteral("--persona is one of %1").arg(personaNames().join(QLatin1String(", "))), where);
    options.targetModel = parser.value(QStringLiteral("target-model"));
    options.judge = parser.isSet(QStringLiteral("judge"));
    if (parser.isSet(QStringLiteral("target-score"))) {
        options.targetScore = parser.value(QStringLiteral("target-score")).toDouble(&ok);
        if (!ok || options.targetScore <= 0 || options.targetScore > 1)
            return context.usage(QStringLiteral("--target-score takes a number above 0 and at most 1"), where);
        options.maxRounds = parser.value(QStringLiteral("max-rounds")).toInt(&ok);
        if (!ok || options.maxRounds < 1 || options.maxRounds > 10)
            return context.usage(QStringLiteral("--max-rounds takes a whole number from 1 to 10"), where);
    }
    auto text = readPromptArgument(parser, name());
    if (!text)
        return context.fail(text.error());
    Result<ProviderConfig> config = providerConfigFrom(parser, name());
    if (!config)
        return context.fail(config.error());
    auto prompts = loadPhasePrompts();
    if (!prompts)
        return context.fail(prompts.error());
    auto prices = loadPriceTable();
    if (!prices)
        return context.fail(prices.error());
    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());

    GenerationRepository repository(*database);
    const GenerationRepository::Run run{newUuid(), config->kind, config->effectiveModel(), options.persona, *text};
    Result<QString> inputId = repository.recordInput(run);
    if (!inputId)
        return context.fail(inputId.error());

    ProviderClient client(*config);
    PhaseRunner runner(&client, *prompts, std::make_shared<LocalEmbedder>(), *prices);
    runner.setRecorder([&](const VariantOutcome& variant) { return repository.recordVariant(run, variant); });
    const bool json = parser.isSet(QStringLiteral("json"));
    // One variant at a time can be shown as it streams; several are reported as they finish.
    if (!json && options.variants == 1)
        QObject::connect(&runner, &PhaseRunner::variantDelta, [&](Phase, int, int, const QString& delta) {
            context.out() << delta;
            context.out().flush();
        });
    QObject::connect(&runner, &PhaseRunner::phaseStarted, [&](Phase phase, int round) {
        if (!json)
            context.err() << (round > 1 ? QStringLiteral("%1 (round %2)").arg(phaseName(phase)).arg(round) : phaseName(phase))
                          << ":\n";
        context.err().flush();
    });
    QObject::connect(&runner, &PhaseRunner::variantFinished, [&](const VariantOutcome& variant) {
        if (json)
            return;
        if (options.variants == 1)
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
    runner.start(*text, *inputId, options);
    if (runner.isRunning())
        loop.exec();
    if (runner.error())
        return context.fail(*runner.error());

    const VariantOutcome* best = runner.best();
    if (json) {
        QJsonArray phases;
        for (const PhaseOutcome& phase : runner.phases()) {
            QJsonArray variants;
            for (const VariantOutcome& variant : phase.variants)
                variants.append(variantJson(variant));
            phases.append(QJsonObject{{QStringLiteral("phase"), phaseName(phase.phase)},
                                      {QStringLiteral("rounds"), phase.rounds},
                                      {QStringLiteral("variants"), variants},
                                      {QStringLiteral("best"), phase.bestVariant()->promptId}});
        }
        context.printJson(QJsonObject{{QStringLiteral("session_id"), run.sessionId},
                                      {QStringLiteral("input_id"), *inputId},
                                      {QStringLiteral("phases"), phases},
                                      {QStringLiteral("best"), best->promptId},
                                      {QStringLiteral("best_content"), best->result.text}});
        return 0;
    }
    if (options.variants > 1)
        context.out() << best->result.text << '\n';
    context.err() << QStringLiteral("best: %1 (session %2)\n").arg(best->promptId, run.sessionId);
    return 0;
}

} // namespace athanor::cli
