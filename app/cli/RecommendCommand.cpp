#include "RecommendCommand.h"

#include "CatalogSupport.h"
#include "storage/CatalogRepository.h"
#include "storage/PreferencesRepository.h"

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

void RecommendCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("intent"), QStringLiteral("The intent path, e.g. reasoning.math."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("complexity"), QStringLiteral("The prompt's complexity, 1 to 5."),
                      QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("favorite"),
         QStringLiteral(
             "Count this technique as a favourite too (repeatable; stored favourites always count)."),
         QStringLiteral("code")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("How many techniques (default 5)."),
                      QStringLiteral("k"), QStringLiteral("5")});
    parser.addOption(
        {QStringLiteral("json"),
         QStringLiteral("Print "
                        "[{\"code\",\"name\",\"effectiveness\",\"catalog_effectiveness\",\"learned_"
                        "adjustment\",\"ratings\",\"personalization\",\"final_score\"}].")});
}

int RecommendCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QString where = QStringLiteral("athanor-cli recommend");
    if (!parser.isSet(QStringLiteral("intent")) || !parser.isSet(QStringLiteral("complexity")))
        return context.usage(QStringLiteral("--intent and --complexity are required"), where);
    bool ok = false;
    const int complexity = parser.value(QStringLiteral("complexity")).toInt(&ok);
    if (!ok || complexity < 1 || complexity > 5)
        return context.usage(QStringLiteral("--complexity takes a whole number from 1 to 5"), where);
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return context.usage(QStringLiteral("--limit takes a whole number of 1 or more"), where);

    auto database = context.openLibrary();
    if (!database)
        return context.fail(database.error());
    CatalogRepository catalogRepository(*database);
    auto catalog = catalogRepository.load();
    if (!catalog)
        return context.fail(catalog.error());
    auto favourites = PreferencesRepository(*database).favourites();
    if (!favourites)
        return context.fail(favourites.error());
    QSet<QString> allFavourites = *favourites;
    for (const QString& code : parser.values(QStringLiteral("favorite"))) {
        auto found = findTechnique(*catalog, code);
        if (!found)
            return context.fail(found.error());
        allFavourites.insert(code);
    }
    auto recommender = catalogRepository.recommender();
    if (!recommender)
        return context.fail(recommender.error());

    const QString intent = parser.value(QStringLiteral("intent"));
    const RecommendationResult result = recommender->recommend(intent, complexity, allFavourites, limit);
    if (result.fellBack) {
        // Said on stderr so that stdout stays one JSON document.
        context.err() << "note: no intent '" << intent << "'; "
                      << (result.intent.isEmpty()
                              ? QStringLiteral("using base effectiveness")
                              : QStringLiteral("using its nearest ancestor '%1'").arg(result.intent))
                      << '\n';
        context.err().flush();
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Recommendation& r : result.techniques)
            array.append(
                QJsonObject{{QStringLiteral("code"), r.code},
                            {QStringLiteral("name"), r.name},
                            {QStringLiteral("effectiveness"), rounded(r.effectiveness)},
                            {QStringLiteral("catalog_effectiveness"), rounded(r.catalogEffectiveness)},
                            {QStringLiteral("learned_adjustment"), rounded(r.learnedAdjustment)},
                            {QStringLiteral("ratings"), r.ratings},
                            {QStringLiteral("personalization"), rounded(r.personalization)},
                            {QStringLiteral("final_score"), rounded(r.finalScore)}});
        context.printJson(array);
        return 0;
    }
    context.out() << "intent: " << (result.intent.isEmpty() ? QStringLiteral("(none)") : result.intent)
                  << ", complexity " << complexity << '\n';
    for (const Recommendation& r : result.techniques)
        context.out() << QString::number(r.finalScore, 'f', 2) << "  " << r.code.leftJustified(24)
                      << "effectiveness " << QString::number(r.effectiveness, 'f', 2)
                      << (r.mapped ? QString() : QStringLiteral(" (base)"))
                      << (r.ratings > 0 ? QStringLiteral("  catalog %1, learned %2%3 from %4 rating%5")
                                              .arg(r.catalogEffectiveness, 0, 'f', 2)
                                              .arg(r.learnedAdjustment >= 0 ? QStringLiteral("+") : QString())
                                              .arg(r.learnedAdjustment, 0, 'f', 2)
                                              .arg(r.ratings)
                                              .arg(r.ratings == 1 ? QString() : QStringLiteral("s"))
                                        : QString())
                      << (r.personalization > 0 ? QStringLiteral("  favourite +0.15") : QString()) << '\n';
    return 0;
}

} // namespace athanor::cli
