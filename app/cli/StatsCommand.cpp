#include "StatsCommand.h"

#include "storage/AnalyticsRepository.h"
#include "storage/UsageRepository.h"

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

QJsonObject usageJson(const UsageRepository::Summary& s)
{
    return {
        {QStringLiteral("id"), s.promptId},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("generated"), s.generated},
        {QStringLiteral("selected"), s.selected},
        {QStringLiteral("used"), s.used},
        {QStringLiteral("rated"), s.rated},
        {QStringLiteral("effectiveness"), number(s.effectiveness)},
        {QStringLiteral("last_used_at"), s.lastUsedAt.isEmpty() ? QJsonValue() : QJsonValue(s.lastUsedAt)},
        {QStringLiteral("relevance"), number(s.relevance)}};
}

} // namespace

void StatsCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("what"),
                                 QStringLiteral("What to report on: techniques, or prompts (usage)."));
    parser.addOption({QStringLiteral("from"),
                      QStringLiteral("First day, YYYY-MM-DD (default: 29 days before --to)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Last day, YYYY-MM-DD (default: today, UTC)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("id"), QStringLiteral("prompts: only this prompt, over all time."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("prompts: at most K prompts (default 20)."),
                      QStringLiteral("K"), QStringLiteral("20")});
    parser.addOption(
        {QStringLiteral("json"),
         QStringLiteral(
             "techniques: print [{\"code\",\"name\",\"uses\",\"ratings\",\"avg_rating\",\"success_rate\","
             "\"trend\",\"daily\":[{\"date\",\"uses\",\"avg_rating\",\"success_rate\",\"trend\"}]}]; "
             "prompts: print [{\"id\",\"title\",\"generated\",\"selected\",\"used\",\"rated\","
             "\"effectiveness\",\"last_used_at\",\"relevance\"}].")});
}

int StatsCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QString where = QStringLiteral("athanor-cli stats");
    const QStringList what = parser.positionalArguments();
    const bool prompts = what == QStringList{QStringLiteral("prompts")};
    if (!prompts && what != QStringList{QStringLiteral("techniques")})
        return context.usage(QStringLiteral("say what to report on: stats techniques, or stats prompts"),
                             where);
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
    if (prompts)
        return runPrompts(parser, context, *database, from, to);
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

int StatsCommand::runPrompts(const QCommandLineParser& parser, CliContext& context,
                             const std::shared_ptr<Database>& database, const QDate& from,
                             const QDate& to) const
{
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return context.usage(QStringLiteral("--limit takes a positive number"),
                             QStringLiteral("athanor-cli stats"));
    UsageRepository usage(database);
    QList<UsageRepository::Summary> summaries;
    if (parser.isSet(QStringLiteral("id"))) {
        auto one = usage.summary(parser.value(QStringLiteral("id")));
        if (!one)
            return context.fail(one.error());
        summaries.append(*one);
    } else {
        auto busiest = usage.busiest(from, to, limit);
        if (!busiest)
            return context.fail(busiest.error());
        summaries = *busiest;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const UsageRepository::Summary& s : std::as_const(summaries))
            array.append(usageJson(s));
        context.printJson(array);
        return 0;
    }
    if (!parser.isSet(QStringLiteral("id")))
        context.out() << "prompts used from " << from.toString(Qt::ISODate) << " to "
                      << to.toString(Qt::ISODate) << '\n';
    if (summaries.isEmpty()) {
        context.out() << "no prompt was generated from, selected, used or rated in that range\n";
        return 0;
    }
    for (const UsageRepository::Summary& s : std::as_const(summaries))
        context.out() << QStringLiteral(
                             "%1  generated %2  selected %3  used %4  rated %5  relevance %6  %7\n")
                             .arg(s.promptId.left(8))
                             .arg(s.generated, 3)
                             .arg(s.selected, 3)
                             .arg(s.used, 3)
                             .arg(s.rated, 3)
                             .arg(s.relevance, 0, 'f', 2)
                             .arg(s.title.left(60));
    return 0;
}

} // namespace athanor::cli
