#include "EnhanceCommand.h"

#include "EnhanceBatchOutput.h"
#include "PhaseRunSupport.h"
#include "PromptInput.h"
#include "ProviderOptions.h"
#include "core/phases/Phase.h"
#include "storage/EnhancementRepository.h"
#include "storage/PreferencesRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace athanor::cli {

void EnhanceCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("TEXT"),
                                 QStringLiteral("The prompt, or - to read standard input."));
    parser.addOption({QStringLiteral("techniques"),
                      QStringLiteral("Apply exactly these technique codes (comma-separated)."),
                      QStringLiteral("a,b")});
    parser.addOption({QStringLiteral("max-techniques"),
                      QStringLiteral("How many techniques to choose (default 3)."), QStringLiteral("n"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("persona"),
                      QStringLiteral("code, writing, analysis or generic (default: from the intent)."),
                      QStringLiteral("persona")});
    parser.addOption(
        {QStringLiteral("target-model"),
         QStringLiteral("A model name (gpt-4o, claude-sonnet-4, gemini-2.0-flash, llama3.1) or a family "
                        "(openai, anthropic, gemini, open)."),
         QStringLiteral("model")});
    addProviderOptions(parser, false);
    parser.addOption(
        {QStringLiteral("variants"),
         QStringLiteral(
             "With --provider: how many versions the LLM writes, the best kept (1 to 8, default 1)."),
         QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("batch"),
                      QStringLiteral("Enhance every prompt of FILE (any format import reads) instead of TEXT, each "
                                     "saved as it is done: one line per prompt, LINE<tab>ID<tab>PARENT_ID<tab>INTENT; "
                                     "with --json {\"enhanced\":[{\"line\",\"id\",\"parent_id\",\"intent\","
                                     "\"techniques\"}],\"failed\":[{\"line\",\"reason\"}]} at the end."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"),
                      QStringLiteral("Print {\"id\",\"parent_id\",\"original\",\"enhanced\",\"intent\","
                                     "\"complexity\",\"techniques\":[{\"code\",\"reason\"}],"
                                     "\"improvements\":[...]}; with --provider also \"final\": "
                                     "{\"id\",\"parent_id\",\"content\",\"provider\",\"model\","
                                     "\"session_id\",\"score\",\"tokens\",\"cost\",\"latency_ms\"}.")});
}

int EnhanceCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QString where = QStringLiteral("athanor-cli enhance");
    const bool batch = parser.isSet(QStringLiteral("batch"));
    if (batch && !parser.positionalArguments().isEmpty())
        return context.usage(QStringLiteral("give either TEXT or --batch FILE"), where);
    if (batch && parser.isSet(QStringLiteral("provider")))
        return context.usage(QStringLiteral("--batch enhances offline: it takes no --provider"), where);
    auto text = batch ? Result<QString>(QString()) : readPromptArgument(parser, name());
    if (!text)
        return context.fail(text.error());
    bool ok = false;
    EnhancementOptions options;
    options.maxTechniques = parser.value(QStringLiteral("max-techniques")).toInt(&ok);
    if (!ok || options.maxTechniques < 1 || options.maxTechniques > 10)
        return context.usage(QStringLiteral("--max-techniques takes a whole number from 1 to 10"), where);
    for (const QString& code :
         parser.value(QStringLiteral("techniques")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.techniques << code.trimmed();
    options.persona = parser.value(QStringLiteral("persona"));
    options.targetModel = parser.value(QStringLiteral("target-model"));
    // With a provider the LLM takes the last step: coagulatio on the locally enhanced prompt.
    std::optional<ProviderConfig> provider;
    int variants = 1;
    if (parser.isSet(QStringLiteral("provider"))) {
        variants = parser.value(QStringLiteral("variants")).toInt(&ok);
        if (!ok || variants < 1 || variants > 8)
            return context.usage(QStringLiteral("--variants takes a whole number from 1 to 8"), where);
        Result<ProviderConfig> config = providerConfigFrom(parser, name());
        if (!config)
            return context.fail(config.error());
        provider = *config;
    } else if (parser.isSet(QStringLiteral("model")) || parser.isSet(QStringLiteral("base-url"))) {
        return context.usage(QStringLiteral("--model and --base-url need --provider"), where);
    }

    auto database = context.openLibrary();
    if (!database)
        return context.fail(database.error());
    auto favourites = PreferencesRepository(*database).favourites();
    if (!favourites)
        return context.fail(favourites.error());
    options.favourites = *favourites;
    auto engine = loadEnhancer(*database);
    if (!engine)
        return context.fail(engine.error());
    if (batch)
        return runEnhanceBatch(parser.value(QStringLiteral("batch")), parser.isSet(QStringLiteral("json")),
                               EnhancementBatch(*database, *engine, options, QStringLiteral("cli")), context);
    auto enhancement = (*engine)->enhance(*text, options);
    if (!enhancement)
        return context.fail(enhancement.error());
    auto recorded = EnhancementRepository(*database).record(*enhancement, QStringLiteral("cli"));
    if (!recorded)
        return context.fail(recorded.error());

    const Enhancement& e = *enhancement;
    const bool json = parser.isSet(QStringLiteral("json"));
    std::optional<PhaseRunOutcome> polished;
    if (provider) {
        if (!json) {
            context.err() << "enhanced locally (" << e.techniques.size() << " techniques), saved as "
                          << recorded->enhancedId << "; the last step goes to "
                          << providerInfo(provider->kind).displayName << '\n';
            context.err().flush();
        }
        GenerateOptions last;
        last.phases = {Phase::Coagulatio};
        last.variants = variants;
        last.persona = personaNames().contains(e.persona) ? e.persona : QStringLiteral("generic");
        last.targetModel = options.targetModel;
        PhaseRunRequest request{*provider,    last, e.original, e.enhanced, recorded->enhancedId,
                                last.persona, json, *database};
        Result<PhaseRunOutcome> outcome = runPhases(request, context);
        if (!outcome)
            return context.fail(outcome.error());
        polished = *outcome;
    }
    if (json) {
        QJsonArray techniques;
        for (const AppliedTechnique& t : e.techniques)
            techniques.append(
                QJsonObject{{QStringLiteral("code"), t.code}, {QStringLiteral("reason"), t.reason}});
        QJsonObject object{{QStringLiteral("id"), recorded->enhancedId},
                           {QStringLiteral("parent_id"), recorded->originalId},
                           {QStringLiteral("original"), e.original},
                           {QStringLiteral("enhanced"), e.enhanced},
                           {QStringLiteral("intent"), e.intent},
                           {QStringLiteral("complexity"), e.complexity},
                           {QStringLiteral("techniques"), techniques},
                           {QStringLiteral("improvements"), QJsonArray::fromStringList(e.improvements)}};
        if (polished) {
            QJsonObject last = variantJson(polished->best);
            last.insert(QStringLiteral("provider"), providerName(provider->kind));
            last.insert(QStringLiteral("model"), polished->best.result.model.isEmpty()
                                                     ? provider->effectiveModel()
                                                     : polished->best.result.model);
            last.insert(QStringLiteral("phase"), phaseName(Phase::Coagulatio));
            last.insert(QStringLiteral("session_id"), polished->sessionId);
            object.insert(QStringLiteral("final"), last);
        }
        context.printJson(object);
        return 0;
    }
    if (polished) {
        if (variants > 1)
            context.out() << polished->best.result.text << '\n';
        context.err() << QStringLiteral("final: %1 (from %2, session %3)\n")
                             .arg(polished->best.promptId, recorded->enhancedId, polished->sessionId);
        context.err().flush();
        return 0;
    }
    context.out() << e.enhanced << "\n\n";
    context.err() << "intent " << e.intent << ", complexity " << e.complexity << "; techniques:";
    for (const AppliedTechnique& t : e.techniques)
        context.err() << ' ' << t.code;
    context.err() << "\nsaved as " << recorded->enhancedId << " (from " << recorded->originalId << ")\n";
    context.err().flush();
    return 0;
}

} // namespace athanor::cli
