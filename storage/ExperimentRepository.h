#pragma once

#include "core/Result.h"
#include "core/learning/ExperimentStatistics.h"

#include <QJsonObject>
#include <QStringList>
#include <memory>
#include <optional>

namespace athanor {

class Database;

// A/B experiments (ab_experiments): two variants, two prompts or two technique sets, for an
// intent; runs assigned alternately or at random; each run's rating counted per variant, a
// success being a rating of 4 or more; the verdict from ExperimentStatistics::decide after every
// run, and the experiment completed when it has a winner.
class ExperimentRepository
{
public:
    struct Variant
    {
        QString prompt;
        QStringList techniques;
    };
    struct Experiment
    {
        QString id;
        QString name;
        QString intent;
        Variant a;
        Variant b;
        bool random = false; // else alternate
        int minimumPerArm = 20;
        ExperimentStatistics::Arm armA;
        ExperimentStatistics::Arm armB;
        ExperimentStatistics::Verdict verdict;
        QString status; // running, completed, stopped
        QString createdAt;
    };

    explicit ExperimentRepository(std::shared_ptr<Database> database);

    Result<QString> create(const QString& name, const QString& intent, const Variant& a, const Variant& b,
                           bool random, int minimumPerArm);
    // The variant the next run should use: the arm with fewer runs (A on a tie), or a coin toss.
    Result<QString> nextVariant(const QString& id) const;
    // Records one run of `variant` ("A", "B", or empty for nextVariant()) rated `stars`.
    Result<Experiment> record(const QString& id, const QString& variant, int stars);
    Status stop(const QString& id);
    Result<Experiment> find(const QString& id) const;
    Result<QList<Experiment>> all() const;

    // Sync (docs/sync.md): the experiment's row as JSON; nothing when it is gone.
    Result<std::optional<QJsonObject>> syncPayload(const QString& id) const;
    // Merges a synced experiment into this library inside the caller's transaction: the runs of
    // every device (each counts its own), the furthest status (stopped, then completed, then
    // running), and the verdict decided again on the merged counts. Null deletes.
    Status applySynced(const QString& id, const std::optional<QJsonObject>& payload);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace athanor
