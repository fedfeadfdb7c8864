#include "ClassifierRepository.h"

#include "CatalogRepository.h"
#include "Database.h"
#include "SqlHelpers.h"
#include "core/Ids.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <cmath>

namespace athanor {

namespace {

const QString kModelName = QStringLiteral("athanor-intent");
// The held-out official examples carry the labels we trust most: a new version may not lose more
// than this share of them, whatever it gains on the user's own held-out corrections.
constexpr double kOfficialTolerance = 0.02;

QString compact(const QJsonValue& value)
{
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonObject scores(const QMap<QString, double>& values)
{
    QJsonObject object;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        object.insert(it.key(), std::round(it.value() * 1e4) / 1e4);
    return object;
}

} // namespace

ClassifierRepository::ClassifierRepository(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
}

Result<QString> ClassifierRepository::correct(const Correction& correction)
{
    QSqlDatabase db = m_database->connection();
    if (correction.complexity && (*correction.complexity < 1 || *correction.complexity > 5))
        return Error::usage(
            QCoreApplication::translate("athanor::ClassifierRepository", "a complexity is 1 to 5, not %1")
                .arg(*correction.complexity));
    const CatalogRepository catalog(m_database);
    if (Status known = catalog.checkIntent(correction.intent); !known)
        return known.error();
    if (Status known = catalog.checkTechniques(correction.techniques); !known)
        return known.error();
    auto prompt =
        runSql(db, QStringLiteral("SELECT content FROM prompts WHERE id = ?"), {correction.promptId});
    if (!prompt)
        return prompt.error();
    if (!prompt->next())
        return Error::data(
            QCoreApplication::translate("athanor::ClassifierRepository", "no prompt with id %1")
                .arg(correction.promptId),
            m_database->path());
    QString text = prompt->value(0).toString();
    int complexity = correction.complexity.value_or(3);
    // An enhanced prompt was not what the classifier saw: its original was.
    auto history = runSql(
        db,
        QStringLiteral(
            "SELECT original_prompt, detected_complexity FROM prompt_history WHERE enhanced_prompt_id = ? "
            "OR original_prompt_id = ? ORDER BY created_at DESC LIMIT 1"),
        {correction.promptId, correction.promptId});
    if (!history)
        return history.error();
    if (history->next()) {
        text = history->value(0).toString();
        if (!correction.complexity && !history->value(1).isNull())
            complexity = history->value(1).toInt();
    }
    auto count = correctionCount();
    if (!count)
        return count.error();
    const QString id = newUuid();
    auto inserted = runSql(
        db,
        QStringLiteral("INSERT INTO ml_training_data (id, prompt_text, intent_labels, complexity_label, "
                       "optimal_techniques, is_validated, source_type, source_id, is_test_set) "
                       "VALUES (?, ?, ?, ?, ?, 1, 'manual', ?, ?)"),
        {id, text, compact(QJsonArray{correction.intent}), complexity,
         compact(QJsonArray::fromStringList(correction.techniques)), correction.promptId,
         *count % 5 == 4 ? 1 : 0});
    if (!inserted)
        return inserted.error();
    return id;
}

Result<int> ClassifierRepository::correctionCount() const
{
    auto count = runSql(m_database->connection(),
                        QStringLiteral("SELECT count(*) FROM ml_training_data WHERE source_type = 'manual'"));
    if (!count)
        return count.error();
    return count->next() ? count->value(0).toInt() : 0;
}

Result<ClassifierRepository::Manual> ClassifierRepository::manualSamples(const QString& through) const
{
    Manual manual;
    if (through == QLatin1String("none"))
        return manual;
    // An empty (not null) string: a null QString binds as SQL NULL, which matches nothing.
    auto rows = runSql(
        m_database->connection(),
        QStringLiteral("SELECT prompt_text, json_extract(intent_labels, '$[0]'), is_test_set, created_at "
                       "FROM ml_training_data WHERE source_type = 'manual' AND (? = '' OR created_at <= ?) "
                       "ORDER BY created_at, rowid"),
        {QVariant(through.isEmpty() ? QStringLiteral("") : through),
         QVariant(through.isEmpty() ? QStringLiteral("") : through)});
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const IntentClassifier::Sample sample{rows->value(0).toString(), rows->value(1).toString()};
        (rows->value(2).toInt() ? manual.test : manual.train) << sample;
        manual.through = rows->value(3).toString();
    }
    if (manual.through.isEmpty())
        manual.through = QStringLiteral("none");
    return manual;
}

Result<std::optional<QString>> ClassifierRepository::activeThrough() const
{
    auto row =
        runSql(m_database->connection(),
               QStringLiteral("SELECT json_extract(parameters, '$.manual_through') FROM ml_model_performance "
                              "WHERE model_name = ? AND is_active = 1"),
               {kModelName});
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<QString>();
    return std::optional<QString>(row->value(0).toString());
}

Result<ClassifierRepository::Training> ClassifierRepository::train(const QList<Intent>& intents)
{
    QList<IntentClassifier::Sample> officialTrain;
    QList<IntentClassifier::Sample> officialTest;
    IntentClassifier::split(IntentClassifier::samplesFrom(intents), &officialTrain, &officialTest);
    auto all = manualSamples();
    if (!all)
        return all.error();
    auto through = activeThrough();
    if (!through)
        return through.error();
    auto before = manualSamples(through->value_or(QStringLiteral("none")));
    if (!before)
        return before.error();

    // Both versions are judged on the same held-out prompts: the official ones and the user's.
    const QList<IntentClassifier::Sample> test = officialTest + all->test;
    const IntentClassifier candidate = IntentClassifier::train(officialTrain + all->train);
    const IntentClassifier previous = IntentClassifier::train(officialTrain + before->train);
    Training training;
    training.evaluation = ClassifierEvaluation::of(candidate, test);
    const ClassifierEvaluation previousEvaluation = ClassifierEvaluation::of(previous, test);
    const double candidateOfficial = ClassifierEvaluation::of(candidate, officialTest).accuracy;
    const double previousOfficial = ClassifierEvaluation::of(previous, officialTest).accuracy;
    const bool better = training.evaluation.accuracy + 1e-12 >= previousEvaluation.accuracy;
    const bool keepsOfficial = candidateOfficial + kOfficialTolerance + 1e-12 >= previousOfficial;
    const bool activate = better && keepsOfficial;
    training.reason =
        activate  ? QCoreApplication::translate("athanor::ClassifierRepository",
                                                "not worse than the active version: activated")
        : !better ? QCoreApplication::translate(
                        "athanor::ClassifierRepository",
                        "less accurate than the active version on the held-out prompts: not activated")
                  : QCoreApplication::translate(
                        "athanor::ClassifierRepository",
                        "loses more than %1 points on the held-out official examples: not activated")
                        .arg(kOfficialTolerance * 100, 0, 'f', 0);

    auto versions = this->versions();
    if (!versions)
        return versions.error();
    training.previous = {QStringLiteral("official"),
                         int(officialTrain.size() + before->train.size()),
                         previousEvaluation.accuracy,
                         previousOfficial,
                         true,
                         {}};
    for (const Version& v : *versions)
        if (v.active)
            training.previous = {v.version,
                                 int(officialTrain.size() + before->train.size()),
                                 previousEvaluation.accuracy,
                                 previousOfficial,
                                 true,
                                 v.createdAt};
    training.candidate = {QStringLiteral("v%1").arg(versions->size() + 1),
                          int(officialTrain.size() + all->train.size()),
                          training.evaluation.accuracy,
                          candidateOfficial,
                          activate,
                          {}};

    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();
    if (activate) {
        auto retired = runSql(db,
                              QStringLiteral("UPDATE ml_model_performance SET is_active = 0, "
                                             "deprecated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE "
                                             "model_name = ? AND is_active = 1"),
                              {kModelName});
        if (!retired)
            return retired.error();
    }
    const QJsonObject parameters{{QStringLiteral("manual_through"), all->through},
                                 {QStringLiteral("official_accuracy"), candidateOfficial},
                                 {QStringLiteral("held_out"), int(test.size())},
                                 {QStringLiteral("compared_with"), training.previous.version},
                                 {QStringLiteral("compared_accuracy"), previousEvaluation.accuracy}};
    auto inserted = runSql(
        db,
        QStringLiteral("INSERT INTO ml_model_performance (id, model_name, model_version, model_type, "
                       "accuracy, precision_scores, "
                       "recall_scores, f1_scores, training_samples, parameters, is_active, deployed_at) "
                       "VALUES (?, ?, ?, 'intent_classifier', ?, ?, ?, ?, ?, ?, ?, "
                       "CASE WHEN ? THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END)"),
        {newUuid(), kModelName, training.candidate.version, training.evaluation.accuracy,
         compact(scores(training.evaluation.precision)), compact(scores(training.evaluation.recall)),
         compact(scores(training.evaluation.f1)), training.candidate.samples, compact(parameters),
         activate ? 1 : 0, activate ? 1 : 0});
    if (!inserted)
        return inserted.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return training;
}

Result<QList<ClassifierRepository::Version>> ClassifierRepository::versions() const
{
    auto rows = runSql(m_database->connection(),
                       QStringLiteral("SELECT model_version, training_samples, accuracy, "
                                      "json_extract(parameters, '$.official_accuracy'), "
                                      "is_active, created_at FROM ml_model_performance WHERE model_name = ? "
                                      "ORDER BY created_at, rowid"),
                       {kModelName});
    if (!rows)
        return rows.error();
    QList<Version> versions;
    while (rows->next())
        versions << Version{rows->value(0).toString(),   rows->value(1).toInt(),
                            rows->value(2).toDouble(),   rows->value(3).toDouble(),
                            rows->value(4).toInt() == 1, rows->value(5).toString()};
    return versions;
}

Result<ClassifierRepository::Version> ClassifierRepository::rollback()
{
    auto versions = this->versions();
    if (!versions)
        return versions.error();
    qsizetype active = -1;
    for (qsizetype i = 0; i < versions->size(); ++i)
        if (versions->at(i).active)
            active = i;
    if (active < 0)
        return Error::usage(
            QCoreApplication::translate("athanor::ClassifierRepository",
                                        "the official examples are in use already: nothing to roll back"));
    // The version that was active before: the newest earlier one that was ever deployed.
    auto previous = runSql(
        m_database->connection(),
        QStringLiteral(
            "SELECT model_version FROM ml_model_performance WHERE model_name = ? AND deployed_at IS NOT NULL "
            "AND created_at < ? ORDER BY created_at DESC, rowid DESC LIMIT 1"),
        {kModelName, versions->at(active).createdAt});
    if (!previous)
        return previous.error();
    const QString back = previous->next() ? previous->value(0).toString() : QString();
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();
    auto off = runSql(db,
                      QStringLiteral("UPDATE ml_model_performance SET is_active = 0, deprecated_at = "
                                     "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                                     "WHERE model_name = ? AND is_active = 1"),
                      {kModelName});
    if (!off)
        return off.error();
    if (!back.isEmpty()) {
        auto on =
            runSql(db,
                   QStringLiteral("UPDATE ml_model_performance SET is_active = 1, deprecated_at = NULL, "
                                  "deployed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE model_name = ? "
                                  "AND model_version = ?"),
                   {kModelName, back});
        if (!on)
            return on.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    for (const Version& v : *versions)
        if (v.version == back)
            return Version{v.version, v.samples, v.accuracy, v.officialAccuracy, true, v.createdAt};
    return Version{QStringLiteral("official"), 0, 0, 0, true, {}};
}

Result<IntentClassifier> ClassifierRepository::activeClassifier(const QList<Intent>& intents) const
{
    auto through = activeThrough();
    if (!through)
        return through.error();
    auto manual = manualSamples(through->value_or(QStringLiteral("none")));
    if (!manual)
        return manual.error();
    QList<IntentClassifier::Sample> train;
    QList<IntentClassifier::Sample> heldOut;
    IntentClassifier::split(IntentClassifier::samplesFrom(intents), &train, &heldOut);
    train += manual->train;
    heldOut += manual->test;
    // The temperature is fitted on the held-out part; the model in use then learns from everything.
    const double temperature = IntentClassifier::train(train, heldOut).temperature();
    IntentClassifier classifier = IntentClassifier::train(train + heldOut);
    classifier.setTemperature(temperature);
    return classifier;
}

} // namespace athanor
