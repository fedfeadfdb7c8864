#include "TrainCommand.h"

#include "storage/CatalogRepository.h"
#include "storage/ClassifierRepository.h"

#include <QJsonObject>
#include <cmath>

namespace athanor::cli {

namespace {

double rounded(double value)
{
    return std::round(value * 1e4) / 1e4;
}

} // namespace

void TrainCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(
        {QStringLiteral("rollback"), QStringLiteral("Go back to the version active before this one.")});
    parser.addOption(
        {QStringLiteral("json"),
         QStringLiteral(
             "Print {\"version\",\"samples\",\"accuracy\",\"active\",\"previous\":{\"version\",\"accuracy\"},"
             "\"official_accuracy\",\"reason\",\"f1\":{...}}; with --rollback {\"version\",\"active\"}.")});
}

int TrainCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto database = context.openLibrary();
    if (!database)
        return context.fail(database.error());
    ClassifierRepository classifiers(*database);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("rollback"))) {
        auto back = classifiers.rollback();
        if (!back)
            return context.fail(back.error());
        if (json)
            context.printJson(
                QJsonObject{{QStringLiteral("version"), back->version}, {QStringLiteral("active"), true}});
        else
            context.out() << "active: " << back->version << '\n';
        return 0;
    }
    auto catalog = CatalogRepository(*database).load();
    if (!catalog)
        return context.fail(catalog.error());
    auto training = classifiers.train(catalog->intents);
    if (!training)
        return context.fail(training.error());
    const ClassifierRepository::Training& t = *training;
    if (json) {
        QJsonObject f1;
        for (auto it = t.evaluation.f1.constBegin(); it != t.evaluation.f1.constEnd(); ++it)
            f1.insert(it.key(), rounded(it.value()));
        context.printJson(QJsonObject{
            {QStringLiteral("version"), t.candidate.version},
            {QStringLiteral("samples"), t.candidate.samples},
            {QStringLiteral("accuracy"), rounded(t.candidate.accuracy)},
            {QStringLiteral("official_accuracy"), rounded(t.candidate.officialAccuracy)},
            {QStringLiteral("active"), t.candidate.active},
            {QStringLiteral("previous"),
             QJsonObject{{QStringLiteral("version"), t.previous.version},
                         {QStringLiteral("accuracy"), rounded(t.previous.accuracy)},
                         {QStringLiteral("official_accuracy"), rounded(t.previous.officialAccuracy)}}},
            {QStringLiteral("held_out"), t.evaluation.samples},
            {QStringLiteral("reason"), t.reason},
            {QStringLiteral("f1"), f1}});
        return 0;
    }
    context.out() << QStringLiteral("%1: %2 samples, accuracy %3 on %4 held-out prompts (%5 was %6): %7\n")
                         .arg(t.candidate.version)
                         .arg(t.candidate.samples)
                         .arg(t.candidate.accuracy, 0, 'f', 3)
                         .arg(t.evaluation.samples)
                         .arg(t.previous.version)
                         .arg(t.previous.accuracy, 0, 'f', 3)
                         .arg(t.reason);
    return 0;
}

} // namespace athanor::cli
