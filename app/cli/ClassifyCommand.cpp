#include "ClassifyCommand.h"

#include "PromptInput.h"
#include "storage/EnhancementRepository.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace athanor::cli {

namespace {
double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}
} // namespace

void ClassifyCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("TEXT"), QStringLiteral("The prompt, or - to read standard input."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print {\"intent\",\"confidence\",\"alternatives\":"
                                                             "[{\"intent\",\"confidence\"}],\"complexity\","
                                                             "\"complexity_reasons\":[...]}.")});
}

int ClassifyCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto text = readPromptArgument(parser, name());
    if (!text)
        return context.fail(text.error());
    if (text->trimmed().isEmpty())
        return context.fail(Error::data(QStringLiteral("the prompt is empty"), QStringLiteral("input")));
    auto database = context.openLibrary();
    if (!database)
        return context.fail(database.error());
    auto engine = loadEnhancer(*database);
    if (!engine)
        return context.fail(engine.error());

    const Classification c = (*engine)->classify(*text);
    const ComplexityAssessment complexity = (*engine)->complexity(*text);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray alternatives;
        for (const IntentPrediction& p : c.alternatives)
            alternatives.append(QJsonObject{{QStringLiteral("intent"), p.intent},
                                            {QStringLiteral("confidence"), rounded(p.confidence)}});
        context.printJson(QJsonObject{{QStringLiteral("intent"), c.intent},
                                      {QStringLiteral("confidence"), rounded(c.confidence)},
                                      {QStringLiteral("alternatives"), alternatives},
                                      {QStringLiteral("complexity"), complexity.level},
                                      {QStringLiteral("complexity_reasons"), QJsonArray::fromStringList(complexity.reasons)}});
        return 0;
    }
    QTextStream& out = context.out();
    out << "intent:     " << c.intent << " (" << QString::number(c.confidence * 100, 'f', 0) << "%)\n";
    for (const IntentPrediction& p : c.alternatives)
        out << "            " << p.intent << " (" << QString::number(p.confidence * 100, 'f', 0) << "%)\n";
    out << "complexity: " << complexity.level << " of 5\n";
    for (const QString& reason : complexity.reasons)
        out << "            - " << reason << '\n';
    return 0;
}

} // namespace athanor::cli
