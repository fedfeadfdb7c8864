#include "CorrectCommand.h"

#include "storage/ClassifierRepository.h"

#include <QJsonObject>

namespace athanor::cli {

void CorrectCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("ID"),
        QStringLiteral("The prompt's id (an enhanced prompt stands for its original)."));
    parser.addOption({QStringLiteral("intent"),
                      QStringLiteral("The right intent path (athanor-cli intents lists them)."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("complexity"), QStringLiteral("The right complexity, 1 to 5."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("techniques"),
                      QStringLiteral("The techniques that suit it (comma-separated codes)."),
                      QStringLiteral("a,b")});
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("Print {\"id\",\"prompt_id\",\"intent\",\"corrections\"}.")});
}

int CorrectCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QString where = QStringLiteral("athanor-cli correct");
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("give one prompt id"), where);
    if (!parser.isSet(QStringLiteral("intent")))
        return context.usage(QStringLiteral("--intent is required"), where);
    ClassifierRepository::Correction correction;
    correction.promptId = parser.positionalArguments().first().trimmed();
    correction.intent = parser.value(QStringLiteral("intent")).trimmed();
    if (parser.isSet(QStringLiteral("complexity"))) {
        bool ok = false;
        const int complexity = parser.value(QStringLiteral("complexity")).toInt(&ok);
        if (!ok || complexity < 1 || complexity > 5)
            return context.usage(QStringLiteral("--complexity takes a whole number from 1 to 5"), where);
        correction.complexity = complexity;
    }
    for (const QString& code :
         parser.value(QStringLiteral("techniques")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        correction.techniques << code.trimmed();
    auto database = context.openLibrary();
    if (!database)
        return context.fail(database.error());
    ClassifierRepository classifiers(*database);
    auto id = classifiers.correct(correction);
    if (!id)
        return context.fail(id.error());
    const Result<int> corrections = classifiers.correctionCount();
    const int count = corrections.ok() ? corrections.value() : 0;
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonObject{{QStringLiteral("id"), *id},
                                      {QStringLiteral("prompt_id"), correction.promptId},
                                      {QStringLiteral("intent"), correction.intent},
                                      {QStringLiteral("corrections"), count}});
        return 0;
    }
    context.out() << "stored: " << correction.promptId << " is " << correction.intent << " (" << count
                  << (count == 1 ? " correction" : " corrections") << "; athanor-cli train uses them)\n";
    return 0;
}

} // namespace athanor::cli
