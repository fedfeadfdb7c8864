#include "ExperimentCommand.h"

#include "storage/ExperimentRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace athanor::cli {

namespace {

double rounded(double value)
{
    return std::round(value * 1e6) / 1e6;
}

QJsonObject armJson(const ExperimentStatistics::Arm& arm)
{
    const auto [low, high] = ExperimentStatistics::wilsonInterval(arm);
    return {{QStringLiteral("runs"), arm.runs},
            {QStringLiteral("successes"), arm.successes},
            {QStringLiteral("rate"), rounded(arm.rate())},
            {QStringLiteral("ci95"), QJsonArray{rounded(low), rounded(high)}}};
}

QJsonObject experimentJson(const ExperimentRepository::Experiment& e)
{
    const auto variant = [](const ExperimentRepository::Variant& v) {
        return v.prompt.isEmpty()
                   ? QJsonObject{{QStringLiteral("techniques"), QJsonArray::fromStringList(v.techniques)}}
                   : QJsonObject{{QStringLiteral("prompt"), v.prompt}};
    };
    return {
        {QStringLiteral("id"), e.id},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("intent"), e.intent},
        {QStringLiteral("status"), e.status},
        {QStringLiteral("assignment"), e.random ? QStringLiteral("random") : QStringLiteral("alternate")},
        {QStringLiteral("minimum_per_arm"), e.minimumPerArm},
        {QStringLiteral("variants"),
         QJsonObject{{QStringLiteral("A"), variant(e.a)}, {QStringLiteral("B"), variant(e.b)}}},
        {QStringLiteral("arms"),
         QJsonObject{{QStringLiteral("A"), armJson(e.armA)}, {QStringLiteral("B"), armJson(e.armB)}}},
        {QStringLiteral("test"), e.verdict.test},
        {QStringLiteral("p_value"), rounded(e.verdict.p)},
        {QStringLiteral("winner"), e.verdict.winner.isEmpty() ? QJsonValue() : QJsonValue(e.verdict.winner)}};
}

void printExperiment(QTextStream& out, const ExperimentRepository::Experiment& e)
{
    out << e.name << " (" << e.id << "), " << e.intent << ", " << e.status << '\n';
    for (const auto& [label, arm] :
         {std::pair{QStringLiteral("A"), e.armA}, std::pair{QStringLiteral("B"), e.armB}}) {
        const auto [low, high] = ExperimentStatistics::wilsonInterval(arm);
        out << QStringLiteral("  %1: %2 runs, %3 successes, rate %4 (95% CI %5–%6)\n")
                   .arg(label)
                   .arg(arm.runs)
                   .arg(arm.successes)
                   .arg(arm.rate(), 0, 'f', 3)
                   .arg(low, 0, 'f', 3)
                   .arg(high, 0, 'f', 3);
    }
    out << QStringLiteral("  %1 test p = %2; %3\n")
               .arg(e.verdict.test == QLatin1String("z") ? QStringLiteral("z")
                                                         : QStringLiteral("Fisher's exact"))
               .arg(e.verdict.p, 0, 'g', 4)
               .arg(!e.verdict.winner.isEmpty() ? QStringLiteral("winner %1").arg(e.verdict.winner)
                    : !e.verdict.enoughRuns
                        ? QStringLiteral("fewer than %1 runs in an arm: no winner yet").arg(e.minimumPerArm)
                        : QStringLiteral("no significant difference yet"));
}

} // namespace

void ExperimentCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("create, record, status or stop."));
    parser.addPositionalArgument(
        QStringLiteral("ID"), QStringLiteral("The experiment (record, stop; status without it lists all)."));
    parser.addOption(
        {QStringLiteral("name"), QStringLiteral("create: the experiment's name."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("intent"), QStringLiteral("create: the intent path it is about."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("prompt-a"), QStringLiteral("create: variant A as a prompt."), QStringLiteral("T")});
    parser.addOption(
        {QStringLiteral("prompt-b"), QStringLiteral("create: variant B as a prompt."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("techniques-a"), QStringLiteral("create: variant A as technique codes."),
                      QStringLiteral("a,b")});
    parser.addOption({QStringLiteral("techniques-b"), QStringLiteral("create: variant B as technique codes."),
                      QStringLiteral("c,d")});
    parser.addOption(
        {QStringLiteral("random"), QStringLiteral("create: assign runs at random (default: alternately).")});
    parser.addOption({QStringLiteral("min-per-arm"),
                      QStringLiteral("create: runs per arm before a winner (default 20)."),
                      QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("variant"),
                      QStringLiteral("record: A or B (default: the next assignment)."),
                      QStringLiteral("A|B")});
    parser.addOption(
        {QStringLiteral("rating"), QStringLiteral("record: the run's rating, 1 to 5."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("json"),
         QStringLiteral(
             "Print the experiment: {\"id\",\"name\",\"intent\",\"status\",\"arms\":{\"A\":{\"runs\","
             "\"successes\",\"rate\",\"ci95\"},\"B\":{...}},\"test\",\"p_value\",\"winner\",...}; "
             "status without an ID prints a list of them.")});
}

int ExperimentCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QString where = QStringLiteral("athanor-cli experiment");
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    auto database = context.openLibrary();
    if (!database)
        return context.fail(database.error());
    ExperimentRepository experiments(*database);
    const auto split = [&](const char* option) {
        QStringList codes;
        for (const QString& code :
             parser.value(QString::fromLatin1(option)).split(QLatin1Char(','), Qt::SkipEmptyParts))
            codes << code.trimmed();
        return codes;
    };
    Result<ExperimentRepository::Experiment> shown = Error::usage(QStringLiteral("nothing to show"));
    if (action == QLatin1String("create")) {
        if (args.size() != 1 || !parser.isSet(QStringLiteral("intent")))
            return context.usage(QStringLiteral("create takes --name, --intent and two variants"), where);
        bool ok = false;
        const int minimum = parser.value(QStringLiteral("min-per-arm")).toInt(&ok);
        if (!ok || minimum < 1 || minimum > 100000)
            return context.usage(QStringLiteral("--min-per-arm takes a whole number from 1 up"), where);
        auto id =
            experiments.create(parser.value(QStringLiteral("name")), parser.value(QStringLiteral("intent")),
                               {parser.value(QStringLiteral("prompt-a")), split("techniques-a")},
                               {parser.value(QStringLiteral("prompt-b")), split("techniques-b")},
                               parser.isSet(QStringLiteral("random")), minimum);
        if (!id)
            return context.fail(id.error().kind == Error::Kind::Usage ? Error::usage(id.error().what, where)
                                                                      : id.error());
        shown = experiments.find(*id);
    } else if (action == QLatin1String("record")) {
        if (args.size() != 2)
            return context.usage(QStringLiteral("record takes the experiment's id"), where);
        bool ok = false;
        const int stars = parser.value(QStringLiteral("rating")).toInt(&ok);
        if (!ok || stars < 1 || stars > 5)
            return context.usage(QStringLiteral("--rating takes a whole number from 1 to 5"), where);
        shown = experiments.record(args[1], parser.value(QStringLiteral("variant")), stars);
    } else if (action == QLatin1String("stop")) {
        if (args.size() != 2)
            return context.usage(QStringLiteral("stop takes the experiment's id"), where);
        if (Status stopped = experiments.stop(args[1]); !stopped)
            return context.fail(stopped.error());
        shown = experiments.find(args[1]);
    } else if (action == QLatin1String("status") && args.size() == 2) {
        shown = experiments.find(args[1]);
    } else if (action == QLatin1String("status") && args.size() == 1) {
        auto list = experiments.all();
        if (!list)
            return context.fail(list.error());
        if (json) {
            QJsonArray array;
            for (const auto& e : *list)
                array.append(experimentJson(e));
            context.printJson(array);
            return 0;
        }
        if (list->isEmpty())
            context.out() << "no experiments: athanor-cli experiment create --name N --intent PATH "
                             "--prompt-a A --prompt-b B\n";
        for (const auto& e : *list)
            printExperiment(context.out(), e);
        return 0;
    } else {
        return context.usage(QStringLiteral("say create, record ID, status [ID] or stop ID"), where);
    }
    if (!shown)
        return context.fail(shown.error());
    if (json)
        context.printJson(experimentJson(*shown));
    else
        printExperiment(context.out(), *shown);
    return 0;
}

} // namespace athanor::cli
