#include "RateCommand.h"

#include "storage/LearningRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace athanor::cli {

namespace {

// "yes"/"no" (or true/false, 1/0); nullopt and ok=false for anything else.
std::optional<bool> yesNo(const QString& text, bool* ok)
{
    const QString value = text.trimmed().toLower();
    *ok = true;
    if (value == QLatin1String("yes") || value == QLatin1String("true") || value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("no") || value == QLatin1String("false") || value == QLatin1String("0"))
        return false;
    *ok = false;
    return std::nullopt;
}

} // namespace

void RateCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The prompt's id."));
    parser.addOption({QStringLiteral("rating"), QStringLiteral("1 to 5 stars."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("helpful"), QStringLiteral("Was it helpful: yes or no."), QStringLiteral("yes|no")});
    parser.addOption({QStringLiteral("met-expectations"),
                      QStringLiteral("Did it meet expectations: yes or no."), QStringLiteral("yes|no")});
    parser.addOption(
        {QStringLiteral("improvement"), QStringLiteral("A suggested improvement."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("comment"), QStringLiteral("A comment."), QStringLiteral("T")});
    parser.addOption(
        {QStringLiteral("json"),
         QStringLiteral(
             "Print {\"id\",\"prompt_id\",\"rating\",\"enhancement\",\"intent\",\"techniques\":[...]}.")});
}

int RateCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QString where = QStringLiteral("athanor-cli rate");
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("give one prompt id"), where);
    bool ok = false;
    LearningRepository::Rating rating;
    rating.promptId = parser.positionalArguments().first().trimmed();
    rating.stars = parser.value(QStringLiteral("rating")).toInt(&ok);
    if (!ok || rating.stars < 1 || rating.stars > 5)
        return context.usage(QStringLiteral("--rating takes a whole number from 1 to 5"), where);
    if (parser.isSet(QStringLiteral("helpful"))) {
        rating.helpful = yesNo(parser.value(QStringLiteral("helpful")), &ok);
        if (!ok)
            return context.usage(QStringLiteral("--helpful takes yes or no"), where);
    }
    if (parser.isSet(QStringLiteral("met-expectations"))) {
        rating.metExpectations = yesNo(parser.value(QStringLiteral("met-expectations")), &ok);
        if (!ok)
            return context.usage(QStringLiteral("--met-expectations takes yes or no"), where);
    }
    rating.improvement = parser.value(QStringLiteral("improvement")).trimmed();
    rating.comment = parser.value(QStringLiteral("comment")).trimmed();
    rating.context = {{QStringLiteral("source"), QStringLiteral("cli")}};

    auto database = context.openDatabase();
    if (!database)
        return context.fail(database.error());
    Result<LearningRepository::Outcome> outcome = LearningRepository(*database).rate(rating);
    if (!outcome)
        return context.fail(outcome.error());

    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(
            QJsonObject{{QStringLiteral("id"), outcome->feedbackId},
                        {QStringLiteral("prompt_id"), rating.promptId},
                        {QStringLiteral("rating"), rating.stars},
                        {QStringLiteral("enhancement"),
                         outcome->historyId.isEmpty() ? QJsonValue() : QJsonValue(outcome->historyId)},
                        {QStringLiteral("intent"),
                         outcome->intent.isEmpty() ? QJsonValue() : QJsonValue(outcome->intent)},
                        {QStringLiteral("techniques"), QJsonArray::fromStringList(outcome->techniques)}});
        return 0;
    }
    context.out() << "rated " << rating.promptId << ": " << rating.stars
                  << (rating.stars == 1 ? " star" : " stars") << '\n';
    if (!outcome->techniques.isEmpty())
        context.out() << "teaches about " << outcome->techniques.join(QLatin1String(", ")) << " on "
                      << outcome->intent << '\n';
    return 0;
}

} // namespace athanor::cli
