#include "StatsCommand.h"

#include "storage/AnalyticsRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace athanor::cli {

namespace {

QJsonValue number(const std::optional<double>& value)
{
    return value ? QJsonValue(std::round(*value * 1e4) / 1e4) : QJsonValue();
}

QString shown(const std::optional<double>& value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("—");
}

} // namespace

void StatsCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("techniques"),
                                 QStringLiteral("What to report on (techniques)."));
    parser.addOption({QStringLiteral("from"),
                      QStringLiteral("First day, YYYY-MM-DD (default: 29 days before --to)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Last day, YYYY-MM-DD (default: today, UTC)."),
                      QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("json"),
         QStringLiteral(
             "Print [{\"code\",\"name\",\"uses\",\"ratings\",\"avg_rating\",\"success_rate\",\"trend\","
             "\"daily\":[{\"date\",\"uses\",\"avg_rating\",\"success_rate\",\"trend\"}]}].")});
}

int StatsCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QString where = QStringLiteral("athanor-cli stats");
    if (parser.positionalArguments() != QStringList{QStringLiteral("techniques")})
        return context.usage(QStringLiteral("say what to report on: stats techniques"), where);
    QDate to = QDateTime::currentDateTimeUtc().date();
    if (parser.isSet(QStringLiteral("to"))) {
        to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
        if (!to.isValid())
            return context.usage(QStringLiteral("--to takes a date as YYYY-MM-DD"), where);
    }
    QDate from = to.addDays(-29);
    if (parser.isSet(QStringLiteral("from"))) {
        from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
        if (!from.isValid())
            return context.usage(QStringLiteral("--from takes a date as YYYY-MM-DD"), where);
    }
    if (from > to)
        return context.usage(QStringLiteral("--from is after --to"), where);

    auto database = context.openLibrary();
    if (!database)
        return context.fail(database.error());
    AnalyticsRepository analytics(*database);
    if (auto updated = analytics.update(); !updated)
        return context.fail(updated.error());
    auto stats = analytics.techniques(from, to);
    if (!stats)
        return context.fail(stats.error());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AnalyticsRepository::TechniqueStats& s : std::as_const(*stats)) {
            QJsonArray daily;
            for (const AnalyticsRepository::Day& d : s.daily)
                daily.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                         {QStringLiteral("uses"), d.uses},
                                         {QStringLiteral("avg_rating"), number(d.averageRating)},
                                         {QStringLiteral("success_rate"), number(d.successRate)},
                                         {QStringLiteral("trend"), number(d.trend)}});
            array.append(QJsonObject{{QStringLiteral("code"), s.code},
                                     {QStringLiteral("name"), s.name},
                                     {QStringLiteral("uses"), s.uses},
                                     {QStringLiteral("ratings"), s.ratings},
                                     {QStringLiteral("avg_rating"), number(s.averageRating)},
                                     {QStringLiteral("success_rate"), number(s.successRate)},
                                     {QStringLiteral("trend"), number(s.trend)},
                                     {QStringLiteral("daily"), daily}});
        }
        context.printJson(array);
        return 0;
    }
    context.out() << "techniques from " << from.toString(Qt::ISODate) << " to " << to.toString(Qt::ISODate)
                  << '\n';
    if (stats->isEmpty()) {
        context.out() << "no enhancements in that range: enhance prompts (athanor-cli enhance) and rate them "
                         "(athanor-cli rate)\n";
        return 0;
    }
    for (const AnalyticsRepository::TechniqueStats& s : std::as_const(*stats))
        context.out() << QStringLiteral("%1 %2 uses  %3 ratings  mean %4  success %5  trend %6\n")
                             .arg(s.code, -26)
                             .arg(s.uses, 5)
                             .arg(s.ratings, 4)
                             .arg(shown(s.averageRating, 2), 4)
                             .arg(s.successRate
                                      ? QString::number(*s.successRate * 100, 'f', 0) + QLatin1Char('%')
                                      : QStringLiteral("—"),
                                  4)
                             .arg(s.trend ? (*s.trend >= 0 ? QStringLiteral("+") : QString()) +
                                                QString::number(*s.trend, 'f', 2)
                                          : QStringLiteral("—"));
    return 0;
}

} // namespace athanor::cli
