#include "LearningCommand.h"

#include "storage/CatalogRepository.h"
#include "storage/LearningRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace athanor::cli {

namespace {

double rounded(double value)
{
    return std::round(value * 1e4) / 1e4;
}

} // namespace

void LearningCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(
        {QStringLiteral("reset"),
         QStringLiteral(
             "Go back to the catalog's values: the ratings so far stay stored but stop counting.")});
    parser.addOption({QStringLiteral("json"),
                      QStringLiteral("Print "
                                     "{\"reset_at\",\"profile\":{\"skill_level\",\"techniques_mastered\",...}"
                                     ",\"prior_weight\",\"learned\":[{\"intent\",\"code\",\"ratings\","
                                     "\"mean_rating\",\"catalog\",\"learned\",\"adjustment\"}]}.")});
}

int LearningCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto database = context.openLibrary();
    if (!database)
        return context.fail(database.error());
    LearningRepository learning(*database);
    if (parser.isSet(QStringLiteral("reset")))
        if (Status reset = learning.reset(); !reset)
            return context.fail(reset.error());
    auto recommender = CatalogRepository(*database).recommender();
    if (!recommender)
        return context.fail(recommender.error());
    auto resetAt = learning.resetAt();
    if (!resetAt)
        return context.fail(resetAt.error());

    QJsonArray rows;
    QStringList intents = recommender->learned().table().keys();
    intents.sort();
    for (const QString& intent : std::as_const(intents)) {
        // The complexity changes only the final score, not the effectiveness shown here.
        for (const Recommendation& r : recommender->recommend(intent, 3, {}, -1).techniques) {
            if (r.ratings == 0)
                continue;
            const auto tally = recommender->learned().tally(intent, r.code);
            rows.append(QJsonObject{{QStringLiteral("intent"), intent},
                                    {QStringLiteral("code"), r.code},
                                    {QStringLiteral("ratings"), r.ratings},
                                    {QStringLiteral("mean_rating"), rounded(1 + 4 * tally->mean())},
                                    {QStringLiteral("catalog"), rounded(r.catalogEffectiveness)},
                                    {QStringLiteral("learned"), rounded(r.effectiveness)},
                                    {QStringLiteral("adjustment"), rounded(r.learnedAdjustment)}});
        }
    }
    auto profile = learning.updateProfile(); // current, whatever was enhanced since the last rating
    if (!profile)
        return context.fail(profile.error());
    const LearningRepository::Profile& p = *profile;
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject profileJson{
            {QStringLiteral("skill_level"), p.skillLevel},
            {QStringLiteral("techniques_mastered"), QJsonArray::fromStringList(p.mastered)},
            {QStringLiteral("techniques_learning"), QJsonArray::fromStringList(p.learning)},
            {QStringLiteral("primary_use_cases"), QJsonArray::fromStringList(p.useCases)},
            {QStringLiteral("average_complexity"),
             p.averageComplexity ? QJsonValue(rounded(*p.averageComplexity)) : QJsonValue()},
            {QStringLiteral("prompts"), p.prompts},
            {QStringLiteral("successful"), p.successful},
            {QStringLiteral("techniques_tried"), p.techniquesTried}};
        context.printJson(QJsonObject{
            {QStringLiteral("reset_at"), resetAt->isEmpty() ? QJsonValue() : QJsonValue(*resetAt)},
            {QStringLiteral("profile"), profileJson},
            {QStringLiteral("prior_weight"), LearnedEffectiveness::kPriorWeight},
            {QStringLiteral("learned"), rows}});
        return 0;
    }
    if (parser.isSet(QStringLiteral("reset")))
        context.out() << "learning reset: the recommender uses the catalog's values until new ratings come\n";
    context.out() << "profile: " << p.skillLevel << ", " << p.prompts << " enhancements, " << p.successful
                  << " rated 4 or 5; mastered: "
                  << (p.mastered.isEmpty() ? QStringLiteral("none") : p.mastered.join(QLatin1String(", ")))
                  << '\n';
    if (rows.isEmpty()) {
        context.out() << "nothing learned yet: rate enhanced prompts (athanor-cli rate ID --rating N)\n";
        return 0;
    }
    for (const QJsonValue& value : std::as_const(rows)) {
        const QJsonObject row = value.toObject();
        context.out() << QStringLiteral("%1  %2  catalog %3 → %4 (%5%6) from %7 rating(s), mean %8\n")
                             .arg(row.value(QStringLiteral("intent")).toString(), -28)
                             .arg(row.value(QStringLiteral("code")).toString(), -24)
                             .arg(row.value(QStringLiteral("catalog")).toDouble(), 0, 'f', 2)
                             .arg(row.value(QStringLiteral("learned")).toDouble(), 0, 'f', 2)
                             .arg(row.value(QStringLiteral("adjustment")).toDouble() >= 0
                                      ? QStringLiteral("+")
                                      : QString())
                             .arg(row.value(QStringLiteral("adjustment")).toDouble(), 0, 'f', 2)
                             .arg(row.value(QStringLiteral("ratings")).toInt())
                             .arg(row.value(QStringLiteral("mean_rating")).toDouble(), 0, 'f', 1);
    }
    return 0;
}

} // namespace athanor::cli
