#include "EnhanceCommand.h"

#include "PromptInput.h"
#include "storage/EnhancementRepository.h"
#include "storage/PreferencesRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace athanor::cli {

void EnhanceCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("TEXT"), QStringLiteral("The prompt, or - to read standard input."));
    parser.addOption({QStringLiteral("techniques"), QStringLiteral("Apply exactly these technique codes (comma-separated)."),
                      QStringLiteral("a,b")});
    parser.addOption({QStringLiteral("max-techniques"), QStringLiteral("How many techniques to choose (default 3)."),
                      QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("persona"), QStringLiteral("code, writing, analysis or generic (default: from the intent)."),
                      QStringLiteral("persona")});
    parser.addOption({QStringLiteral("target-model"),
                      QStringLiteral("A model name (gpt-4o, claude-sonnet-4, gemini-2.0-flash, llama3.1) or a family "
                                     "(openai, anthropic, gemini, open)."),
                      QStringLiteral("model")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print {\"id\",\"parent_id\",\"original\",\"enhanced\",\"intent\","
                                                             "\"complexity\",\"techniques\":[{\"code\",\"reason\"}],"
                                                             "\"improvements\":[...]}.")});
}

int EnhanceCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QString where = QStringLiteral("athanor-cli enhance");
    auto text = readPromptArgument(parser, name());
    if (!text)
        return context.fail(text.error());
    bool ok = false;
    EnhancementOptions options;
    options.maxTechniques = parser.value(QStringLiteral("max-techniques")).toInt(&ok);
    if (!ok || options.maxTechniques < 1 || options.maxTechniques > 10)
        return context.usage(QStringLiteral("--max-techniques takes a whole number from 1 to 10"), where);
    for (const QString& code : parser.value(QStringLiteral("techniques")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.techniques << code.trimmed();
    options.persona = parser.value(QStringLiteral("persona"));
    options.targetModel = parser.value(QStringLiteral("target-model"));

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
    auto enhancement = (*engine)->enhance(*text, options);
    if (!enhancement)
        return context.fail(enhancement.error());
    auto recorded = EnhancementRepository(*database).record(*enhancement, QStringLiteral("cli"));
    if (!recorded)
        return context.fail(recorded.error());

    const Enhancement& e = *enhancement;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray techniques;
        for (const AppliedTechnique& t : e.techniques)
            techniques.append(QJsonObject{{QStringLiteral("code"), t.code}, {QStringLiteral("reason"), t.reason}});
        context.printJson(QJsonObject{{QStringLiteral("id"), recorded->enhancedId},
                                      {QStringLiteral("parent_id"), recorded->originalId},
                                      {QStringLiteral("original"), e.original},
                                      {QStringLiteral("enhanced"), e.enhanced},
                                      {QStringLiteral("intent"), e.intent},
                                      {QStringLiteral("complexity"), e.complexity},
                                      {QStringLiteral("techniques"), techniques},
                                      {QStringLiteral("improvements"), QJsonArray::fromStringList(e.improvements)}});
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
