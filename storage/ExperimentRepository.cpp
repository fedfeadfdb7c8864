#include "ExperimentRepository.h"

#include "CatalogRepository.h"
#include "Database.h"
#include "SqlHelpers.h"
#include "core/Ids.h"

#include <QCoreApplication>
#include <QDateTime>
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

// Each library counts the runs it records under its own device id ("devices"); the totals are
// their sums. Two computers recording at once then merge by device without losing a run.
QJsonObject withTotals(QJsonObject results)
{
    int runs = 0, successes = 0;
    QJsonObject ratings;
    const QJsonObject devices = results.value(QStringLiteral("devices")).toObject();
    for (auto it = devices.begin(); it != devices.end(); ++it) {
        const QJsonObject device = it.value().toObject();
        runs += device.value(QStringLiteral("runs")).toInt();
        successes += device.value(QStringLiteral("successes")).toInt();
        const QJsonObject stars = device.value(QStringLiteral("ratings")).toObject();
        for (auto star = stars.begin(); star != stars.end(); ++star)
            ratings.insert(star.key(), ratings.value(star.key()).toInt() + star.value().toInt());
    }
    results.insert(QStringLiteral("runs"), runs);
    results.insert(QStringLiteral("successes"), successes);
    results.insert(QStringLiteral("ratings"), ratings);
    return results;
}

// A device only adds to its own counts, so of two copies the one with more runs is the later.
QJsonObject mergeResults(const QJsonObject& mine, const QJsonObject& theirs)
{
    QJsonObject devices = mine.value(QStringLiteral("devices")).toObject();
    const QJsonObject other = theirs.value(QStringLiteral("devices")).toObject();
    for (auto it = other.begin(); it != other.end(); ++it)
        if (it.value().toObject().value(QStringLiteral("runs")).toInt() >
            devices.value(it.key()).toObject().value(QStringLiteral("runs")).toInt(-1))
            devices.insert(it.key(), it.value());
    QJsonObject merged = mine;
    merged.insert(QStringLiteral("devices"), devices);
    return withTotals(merged);
}

// A stop outlives a verdict, and both outlive "running".
int statusRank(const QString& status)
{
    return status == QLatin1String("stopped") ? 2 : status == QLatin1String("completed") ? 1 : 0;
}

Result<QString> deviceId(const QSqlDatabase& db)
{
    auto row = runSql(db, QStringLiteral("SELECT coalesce(device_id, 'local') FROM sync_control WHERE id = 1"));
    if (!row)
        return row.error();
    return row->next() ? row->value(0).toString() : QStringLiteral("local");
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
        return Error::usage(
            QCoreApplication::translate("athanor::ExperimentRepository", "an experiment needs a name"));
    if (minimumPerArm < 1)
        return Error::usage(QCoreApplication::translate("athanor::ExperimentRepository",
                                                        "the minimum of runs per arm is at least 1"));
    const bool prompts = !a.prompt.isEmpty() && !b.prompt.isEmpty();
    const bool techniques = !a.techniques.isEmpty() && !b.techniques.isEmpty();
    if (prompts == techniques)
        return Error::usage(QCoreApplication::translate("athanor::ExperimentRepository",
                                                        "give two prompts or two technique sets"));
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
        return Error::data(
            QCoreApplication::translate("athanor::ExperimentRepository", "no experiment with id %1").arg(id),
            m_database->path());
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
        return Error::usage(
            QCoreApplication::translate("athanor::ExperimentRepository", "a rating is 1 to 5 stars, not %1")
                .arg(stars));
    QString arm = variant.trimmed().toUpper();
    if (!arm.isEmpty() && arm != QLatin1String("A") && arm != QLatin1String("B"))
        return Error::usage(
            QCoreApplication::translate("athanor::ExperimentRepository", "the variant is A or B, not %1")
                .arg(variant));
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();
    auto experiment = find(id);
    if (!experiment)
        return experiment.error();
    if (experiment->status != QLatin1String("running"))
        return Error::usage(QCoreApplication::translate("athanor::ExperimentRepository",
                                                        "experiment %1 is %2: it takes no more runs")
                                .arg(experiment->name, experiment->status));
    if (arm.isEmpty()) {
        auto next = nextVariant(id);
        if (!next)
            return next.error();
        arm = *next;
    }
    auto device = deviceId(db);
    if (!device)
        return device.error();
    auto row = runSql(
        db, QStringLiteral("SELECT variant_%1_results FROM ab_experiments WHERE id = ?").arg(arm.toLower()),
        {id});
    if (!row || !row->next())
        return row ? Error::data(QCoreApplication::translate("athanor::ExperimentRepository",
                                                             "experiment %1 vanished")
                                     .arg(id))
                   : row.error();
    QJsonObject results = object(row->value(0));
    QJsonObject devices = results.value(QStringLiteral("devices")).toObject();
    QJsonObject mine = devices.value(*device).toObject();
    QJsonObject ratings = mine.value(QStringLiteral("ratings")).toObject();
    ratings.insert(QString::number(stars), ratings.value(QString::number(stars)).toInt() + 1);
    mine.insert(QStringLiteral("runs"), mine.value(QStringLiteral("runs")).toInt() + 1);
    mine.insert(QStringLiteral("successes"), mine.value(QStringLiteral("successes")).toInt() + (stars >= 4 ? 1 : 0));
    mine.insert(QStringLiteral("ratings"), ratings);
    devices.insert(*device, mine);
    results.insert(QStringLiteral("devices"), devices);
    results = withTotals(results);
    (arm == QLatin1String("A") ? experiment->armA : experiment->armB) = armFrom(results);
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
            QCoreApplication::translate("athanor::ExperimentRepository", "experiment %1 is %2 already")
                .arg(experiment->name, experiment->status));
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

Result<std::optional<QJsonObject>> ExperimentRepository::syncPayload(const QString& id) const
{
    auto row = runSql(
        m_database->connection(),
        QStringLiteral("SELECT json_object('id', id, 'name', name, 'description', description, 'variant_a', "
                       "json(variant_a), 'variant_b', json(variant_b), 'user_segments', json(user_segments), "
                       "'primary_metric', primary_metric, 'variant_a_results', json(variant_a_results), "
                       "'variant_b_results', json(variant_b_results), 'status', status, 'started_at', started_at, "
                       "'ended_at', ended_at, 'created_at', created_at) FROM ab_experiments WHERE id = ?"),
        {id});
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(object(row->value(0)));
}

Status ExperimentRepository::applySynced(const QString& id, const std::optional<QJsonObject>& payload)
{
    QSqlDatabase db = m_database->connection();
    if (!payload) {
        auto gone = runSql(db, QStringLiteral("DELETE FROM ab_experiments WHERE id = ?"), {id});
        return gone ? Status() : Status(gone.error());
    }
    QJsonObject merged = *payload;
    QJsonObject a = withTotals(payload->value(QStringLiteral("variant_a_results")).toObject());
    QJsonObject b = withTotals(payload->value(QStringLiteral("variant_b_results")).toObject());
    if (auto local = syncPayload(id); !local) {
        return local.error();
    } else if (*local) {
        const QJsonObject& here = **local;
        a = mergeResults(here.value(QStringLiteral("variant_a_results")).toObject(), a);
        b = mergeResults(here.value(QStringLiteral("variant_b_results")).toObject(), b);
        if (statusRank(here.value(QStringLiteral("status")).toString()) >
            statusRank(merged.value(QStringLiteral("status")).toString())) {
            merged.insert(QStringLiteral("status"), here.value(QStringLiteral("status")));
            merged.insert(QStringLiteral("ended_at"), here.value(QStringLiteral("ended_at")));
        }
    }
    const QJsonObject segment = merged.value(QStringLiteral("user_segments")).toObject();
    const ExperimentStatistics::Verdict verdict = ExperimentStatistics::decide(
        armFrom(a), armFrom(b), segment.value(QStringLiteral("minimum_per_arm")).toInt(20));
    QString status = merged.value(QStringLiteral("status")).toString(QStringLiteral("running"));
    QVariant ended = merged.value(QStringLiteral("ended_at")).toVariant();
    if (status == QLatin1String("running") && !verdict.winner.isEmpty()) {
        status = QStringLiteral("completed"); // the runs of both computers together decide it
        ended = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    }
    const auto json = [&](const QString& key) {
        const QJsonValue value = merged.value(key);
        return value.isObject() ? QVariant(compact(value.toObject())) : QVariant();
    };
    auto written = runSql(
        db,
        QStringLiteral(
            "INSERT INTO ab_experiments (id, name, description, variant_a, variant_b, user_segments, "
            "primary_metric, variant_a_results, variant_b_results, statistical_significance, winner, status, "
            "started_at, ended_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "coalesce(?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) ON CONFLICT (id) DO UPDATE SET "
            "name = excluded.name, description = excluded.description, variant_a = excluded.variant_a, "
            "variant_b = excluded.variant_b, user_segments = excluded.user_segments, "
            "primary_metric = excluded.primary_metric, variant_a_results = excluded.variant_a_results, "
            "variant_b_results = excluded.variant_b_results, "
            "statistical_significance = excluded.statistical_significance, winner = excluded.winner, "
            "status = excluded.status, started_at = excluded.started_at, ended_at = excluded.ended_at"),
        {id, merged.value(QStringLiteral("name")).toString(),
         merged.value(QStringLiteral("description")).toVariant(), json(QStringLiteral("variant_a")),
         json(QStringLiteral("variant_b")), json(QStringLiteral("user_segments")),
         merged.value(QStringLiteral("primary_metric")).toString(QStringLiteral("success_rate")), compact(a),
         compact(b), verdict.p, verdict.winner.isEmpty() ? QVariant() : QVariant(verdict.winner), status,
         merged.value(QStringLiteral("started_at")).toVariant(), ended,
         merged.value(QStringLiteral("created_at")).toVariant()});
    return written ? Status() : Status(written.error());
}

} // namespace athanor
