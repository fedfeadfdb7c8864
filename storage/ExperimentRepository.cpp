#include "ExperimentRepository.h"

#include "CatalogRepository.h"
#include "Database.h"
#include "SqlHelpers.h"
#include "core/Ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace athanor {

namespace {

const QString kColumns =
    QStringLiteral("id, name, variant_a, variant_b, user_segments, variant_a_results, variant_b_results, "
                   "status, created_at");

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QJsonObject variantJson(const ExperimentRepository::Variant& v)
{
    return {{QStringLiteral("prompt"), v.prompt},
            {QStringLiteral("techniques"), QJsonArray::fromStringList(v.techniques)}};
}

ExperimentRepository::Variant variantFrom(const QJsonObject& json)
{
    ExperimentRepository::Variant v;
    v.prompt = json.value(QStringLiteral("prompt")).toString();
    for (const QJsonValue& code : json.value(QStringLiteral("techniques")).toArray())
        v.techniques << code.toString();
    return v;
}

ExperimentStatistics::Arm armFrom(const QJsonObject& json)
{
    return {json.value(QStringLiteral("runs")).toInt(), json.value(QStringLiteral("successes")).toInt()};
}

ExperimentRepository::Experiment fromRow(const QSqlQuery& row)
{
    ExperimentRepository::Experiment e;
    e.id = row.value(0).toString();
    e.name = row.value(1).toString();
    e.a = variantFrom(object(row.value(2)));
    e.b = variantFrom(object(row.value(3)));
    const QJsonObject segment = object(row.value(4));
    e.intent = segment.value(QStringLiteral("intent")).toString();
    e.random = segment.value(QStringLiteral("assignment")).toString() == QLatin1String("random");
    e.minimumPerArm = segment.value(QStringLiteral("minimum_per_arm")).toInt(20);
    e.armA = armFrom(object(row.value(5)));
    e.armB = armFrom(object(row.value(6)));
    e.status = row.value(7).toString();
    e.createdAt = row.value(8).toString();
    e.verdict = ExperimentStatistics::decide(e.armA, e.armB, e.minimumPerArm);
    return e;
}

} // namespace

ExperimentRepository::ExperimentRepository(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
}

Result<QString> ExperimentRepository::create(const QString& name, const QString& intent, const Variant& a,
                                             const Variant& b, bool random, int minimumPerArm)
{
    if (name.trimmed().isEmpty())
        return Error::usage(QStringLiteral("an experiment needs a name"));
    if (minimumPerArm < 1)
        return Error::usage(QStringLiteral("the minimum of runs per arm is at least 1"));
    const bool prompts = !a.prompt.isEmpty() && !b.prompt.isEmpty();
    const bool techniques = !a.techniques.isEmpty() && !b.techniques.isEmpty();
    if (prompts == techniques)
        return Error::usage(QStringLiteral("give two prompts or two technique sets"));
    QSqlDatabase db = m_database->connection();
    const CatalogRepository catalog(m_database);
    if (Status known = catalog.checkIntent(intent); !known)
        return known.error();
    if (Status known = catalog.checkTechniques(a.techniques + b.techniques); !known)
        return known.error();
    const QString id = newUuid();
    const QJsonObject empty{{QStringLiteral("runs"), 0}, {QStringLiteral("successes"), 0}};
    auto inserted = runSql(
        db,
        QStringLiteral(
            "INSERT INTO ab_experiments (id, name, variant_a, variant_b, user_segments, primary_metric, "
            "variant_a_results, variant_b_results, status, started_at) "
            "VALUES (?, ?, ?, ?, ?, 'success_rate', ?, ?, 'running', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"),
        {id, name.trimmed(), compact(variantJson(a)), compact(variantJson(b)),
         compact(
             {{QStringLiteral("intent"), intent},
              {QStringLiteral("assignment"), random ? QStringLiteral("random") : QStringLiteral("alternate")},
              {QStringLiteral("minimum_per_arm"), minimumPerArm}}),
         compact(empty), compact(empty)});
    if (!inserted)
        return inserted.error();
    return id;
}

Result<ExperimentRepository::Experiment> ExperimentRepository::find(const QString& id) const
{
    auto row = runSql(m_database->connection(),
                      QStringLiteral("SELECT %1 FROM ab_experiments WHERE id = ?").arg(kColumns), {id});
    if (!row)
        return row.error();
    if (!row->next())
        return Error::data(QStringLiteral("no experiment with id %1").arg(id), m_database->path());
    return fromRow(*row);
}

Result<QList<ExperimentRepository::Experiment>> ExperimentRepository::all() const
{
    auto rows =
        runSql(m_database->connection(),
               QStringLiteral("SELECT %1 FROM ab_experiments ORDER BY created_at, rowid").arg(kColumns));
    if (!rows)
        return rows.error();
    QList<Experiment> experiments;
    while (rows->next())
        experiments << fromRow(*rows);
    return experiments;
}

Result<QString> ExperimentRepository::nextVariant(const QString& id) const
{
    auto experiment = find(id);
    if (!experiment)
        return experiment.error();
    if (experiment->random)
        return QRandomGenerator::global()->bounded(2) == 0 ? QStringLiteral("A") : QStringLiteral("B");
    return experiment->armB.runs < experiment->armA.runs ? QStringLiteral("B") : QStringLiteral("A");
}

Result<ExperimentRepository::Experiment> ExperimentRepository::record(const QString& id,
                                                                      const QString& variant, int stars)
{
    if (stars < 1 || stars > 5)
        return Error::usage(QStringLiteral("a rating is 1 to 5 stars, not %1").arg(stars));
    QString arm = variant.trimmed().toUpper();
    if (!arm.isEmpty() && arm != QLatin1String("A") && arm != QLatin1String("B"))
        return Error::usage(QStringLiteral("the variant is A or B, not %1").arg(variant));
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();
    auto experiment = find(id);
    if (!experiment)
        return experiment.error();
    if (experiment->status != QLatin1String("running"))
        return Error::usage(QStringLiteral("experiment %1 is %2: it takes no more runs")
                                .arg(experiment->name, experiment->status));
    if (arm.isEmpty()) {
        auto next = nextVariant(id);
        if (!next)
            return next.error();
        arm = *next;
    }
    ExperimentStatistics::Arm& counts = arm == QLatin1String("A") ? experiment->armA : experiment->armB;
    ++counts.runs;
    counts.successes += stars >= 4 ? 1 : 0;
    auto row = runSql(
        db, QStringLiteral("SELECT variant_%1_results FROM ab_experiments WHERE id = ?").arg(arm.toLower()),
        {id});
    if (!row || !row->next())
        return row ? Error::data(QStringLiteral("experiment %1 vanished").arg(id)) : row.error();
    QJsonObject results = object(row->value(0));
    QJsonObject ratings = results.value(QStringLiteral("ratings")).toObject();
    ratings.insert(QString::number(stars), ratings.value(QString::number(stars)).toInt() + 1);
    results.insert(QStringLiteral("runs"), counts.runs);
    results.insert(QStringLiteral("successes"), counts.successes);
    results.insert(QStringLiteral("ratings"), ratings);
    experiment->verdict =
        ExperimentStatistics::decide(experiment->armA, experiment->armB, experiment->minimumPerArm);
    const bool decided = !experiment->verdict.winner.isEmpty();
    auto updated = runSql(
        db,
        QStringLiteral(
            "UPDATE ab_experiments SET variant_%1_results = ?, statistical_significance = ?, winner = ?, "
            "status = ?, ended_at = CASE WHEN ? THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END "
            "WHERE id = ?")
            .arg(arm.toLower()),
        {compact(results), experiment->verdict.p, decided ? QVariant(experiment->verdict.winner) : QVariant(),
         decided ? QStringLiteral("completed") : QStringLiteral("running"), decided ? 1 : 0, id});
    if (!updated)
        return updated.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    experiment->status = decided ? QStringLiteral("completed") : QStringLiteral("running");
    return *experiment;
}

Status ExperimentRepository::stop(const QString& id)
{
    auto experiment = find(id);
    if (!experiment)
        return experiment.error();
    if (experiment->status != QLatin1String("running"))
        return Error::usage(
            QStringLiteral("experiment %1 is %2 already").arg(experiment->name, experiment->status));
    auto updated = runSql(
        m_database->connection(),
        QStringLiteral(
            "UPDATE ab_experiments SET status = 'stopped', ended_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
            "WHERE id = ?"),
        {id});
    if (!updated)
        return updated.error();
    return {};
}

} // namespace athanor
