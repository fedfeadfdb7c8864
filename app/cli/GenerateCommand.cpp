#include "GenerateCommand.h"

#include "PhaseRunSupport.h"
#include "PromptInput.h"
#include "ProviderOptions.h"
#include "core/phases/PhasePromptLibrary.h"

#include <QJsonObject>

namespace athanor::cli {

void GenerateCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("TEXT"),
                                 QStringLiteral("The prompt, or - to read standard input."));
    addProviderOptions(parser, true);
    parser.addOption({QStringLiteral("phases"),
                      QStringLiteral("Phases to run, in order (default prima-materia,solutio,coagulatio)."),
                      QStringLiteral("a,b,c")});
    parser.addOption({QStringLiteral("variants"), QStringLiteral("Variants per phase, 1 to 8 (default 3)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("persona"),
                      QStringLiteral("code, writing, analysis or generic (default generic)."),
                      QStringLiteral("P"), QStringLiteral("generic")});
    parser.addOption({QStringLiteral("target-model"),
                      QStringLiteral("The model the final prompt is for (default: --model)."),
                      QStringLiteral("M")});
    parser.addOption({QStringLiteral("max-tokens"),
                      QStringLiteral("Token limit of each answer (default 1024)."), QStringLiteral("N"),
                      QStringLiteral("1024")});
    parser.addOption({QStringLiteral("judge"),
                      QStringLiteral("Have the model grade each variant 1-10 (one more call per variant).")});
    parser.addOption({QStringLiteral("target-score"),
                      QStringLiteral("Optimise: repeat a phase until its best scores this (0-1)."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("max-rounds"),
                      QStringLiteral("With --target-score: at most this many rounds per phase (default 3)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("Print "
                                                "{\"session_id\",\"input_id\",\"phases\":[{\"phase\","
                                                "\"rounds\",\"variants\":[{\"id\",\"parent_id\","
                                                "\"round\",\"temperature\",\"content\",\"score\",\"tokens\","
                                                "\"cost\",\"latency_ms\"[,\"judge\"][,\"error\"]}],"
                                                "\"best\"}],\"best\",\"best_content\"}.")});
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
        return context.usage(
            QStringLiteral("--persona is one of %1").arg(personaNames().join(QLatin1String(", "))), where);
    options.targetModel = parser.value(QStringLiteral("target-model"));
    options.judge = parser.isSet(QStringLiteral("judge"));
    if (parser.isSet(QStringLiteral("target-score"))) {
        options.targetScore = parser.value(QStringLiteral("target-score")).toDouble(&ok);
        if (!ok || options.targetScore <= 0 || options.targetScore > 1)
            return context.usage(QStringLiteral("--target-score takes a number above 0 and at most 1"),
                                 where);
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
    PhaseRunRequest request{
        *config, options, *text, *text, QString(), options.persona, parser.isSet(QStringLiteral("json"))};
    Result<PhaseRunOutcome> outcome = runPhases(request, context);
    if (!outcome)
        return context.fail(outcome.error());
    if (request.json) {
        context.printJson(QJsonObject{{QStringLiteral("session_id"), outcome->sessionId},
                                      {QStringLiteral("input_id"), outcome->inputId},
                                      {QStringLiteral("phases"), outcome->phases},
                                      {QStringLiteral("best"), outcome->best.promptId},
                                      {QStringLiteral("best_content"), outcome->best.result.text}});
        return 0;
    }
    if (options.variants > 1)
        context.out() << outcome->best.result.text << '\n';
    context.err()
        << QStringLiteral("best: %1 (session %2)\n").arg(outcome->best.promptId, outcome->sessionId);
    return 0;
}

} // namespace athanor::cli
