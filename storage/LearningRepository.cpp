#include "LearningRepository.h"

#include "Database.h"
#include "FeedbackRepository.h"
#include "SqlHelpers.h"
#include "UsageRepository.h"
#include "core/Ids.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace athanor {

namespace {

const QString kResetKey = QStringLiteral("learning_reset_at");

QVariant flag(const std::optional<bool>& value)
{
    return value ? QVariant(*value ? 1 : 0) : QVariant();
}

} // namespace

LearningRepository::LearningRepository(std::shared_ptr<Database> database) : m_database(std::move(database))
{
}

Result<LearningRepository::Outcome> LearningRepository::rate(const Rating& rating)
{
    if (rating.stars < 1 || rating.stars > 5)
        return Error::usage(
            QCoreApplication::translate("athanor::LearningRepository", "a rating is 1 to 5 stars, not %1")
                .arg(rating.stars));
    QSqlDatabase db = m_database->connection();
    auto exists = runSql(db, QStringLiteral("SELECT 1 FROM prompts WHERE id = ?"), {rating.promptId});
    if (!exists)
        return exists.error();
    if (!exists->next())
        return Error::data(QCoreApplication::translate("athanor::LearningRepository", "no prompt with id %1")
                               .arg(rating.promptId),
                           m_database->path());

    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();
    Outcome outcome;
    // The latest enhancement that produced this prompt, with the codes of its techniques in order.
    auto history =
        runSql(db,
               QStringLiteral("SELECT ph.id, ph.detected_intent_path, ph.detected_complexity, "
                              "(SELECT json_group_array(t.code) FROM json_each(ph.techniques_applied) j "
                              " JOIN techniques t ON t.id = j.value) "
                              "FROM prompt_history ph WHERE ph.enhanced_prompt_id = ? "
                              "ORDER BY ph.created_at DESC, ph.rowid DESC LIMIT 1"),
               {rating.promptId});
    if (!history)
        return history.error();
    if (history->next()) {
        outcome.historyId = history->value(0).toString();
        outcome.intent = history->value(1).toString();
        outcome.complexity = history->value(2).toInt();
        for (const QJsonValue& code : QJsonDocument::fromJson(history->value(3).toByteArray()).array())
            outcome.techniques << code.toString();
    }

    FeedbackRepository::Rating feedback = rating; // the stored part; the comment goes into its context
    if (!rating.comment.isEmpty())
        feedback.context.insert(QStringLiteral("comment"), rating.comment);
    if (!outcome.historyId.isEmpty()) {
        // What the rating is about, kept with it: learned() reads these back.
        feedback.context.insert(QStringLiteral("history_id"), outcome.historyId);
        feedback.context.insert(QStringLiteral("intent"), outcome.intent);
        feedback.context.insert(QStringLiteral("complexity"), outcome.complexity);
        feedback.context.insert(QStringLiteral("techniques"), QJsonArray::fromStringList(outcome.techniques));
    }
    Result<QString> added = FeedbackRepository(m_database).add(feedback);
    if (!added)
        return added.error();
    outcome.feedbackId = *added;
    const UsageRepository::Event rated{rating.promptId, UsageRepository::Kind::Rated,
                                       rating.context.value(QStringLiteral("source")).toString(), QString(),
                                       (rating.stars - 1) / 4.0};
    if (Status used = UsageRepository::recordIn(db, rated); !used)
        return used.error();

    if (!outcome.historyId.isEmpty()) {
        QJsonObject perTechnique;
        for (const QString& code : std::as_const(outcome.techniques))
            perTechnique.insert(code, rating.stars);
        auto inserted =
            runSql(db,
                   QStringLiteral("INSERT INTO enhancement_feedback (id, prompt_history_id, user_id, "
                                  "overall_rating, technique_ratings, "
                                  "suggestions, resulted_in_success) VALUES (?, ?, (SELECT id FROM users "
                                  "WHERE is_local = 1), ?, ?, ?, ?)"),
                   {newUuid(), outcome.historyId, rating.stars,
                    QString::fromUtf8(QJsonDocument(perTechnique).toJson(QJsonDocument::Compact)),
                    nullIfEmpty(rating.improvement.isEmpty() ? rating.comment : rating.improvement),
                    rating.stars >= 4 ? 1 : 0});
        if (!inserted)
            return inserted.error();
        auto updated =
            runSql(db,
                   QStringLiteral(
                       "UPDATE prompt_history SET user_rating = ?, was_helpful = coalesce(?, was_helpful), "
                       "feedback_text = coalesce(?, feedback_text) WHERE id = ?"),
                   {rating.stars, flag(rating.helpful), nullIfEmpty(rating.comment), outcome.historyId});
        if (!updated)
            return updated.error();
    }
    // The rated prompt's relevance, from its uses, all its ratings and its age.
    if (Status refreshed = refreshRelevance(db, rating.promptId); !refreshed)
        return refreshed.error();
    if (auto profile = updateProfile(); !profile)
        return profile.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

Status LearningRepository::refreshRelevance(const QSqlDatabase& db, const QString& promptId)
{
    auto facts =
        runSql(db,
               QStringLiteral(
                   "SELECT p.usage_count + p.generation_count, (SELECT avg(rating) FROM learning_feedback "
                   "WHERE prompt_id = p.id), julianday('now') - julianday(p.created_at) FROM prompts p WHERE "
                   "p.id = ?"),
               {promptId});
    if (!facts)
        return facts.error();
    if (!facts->next())
        return {};
    const double score =
        relevance(facts->value(0).toInt(),
                  facts->value(1).isNull() ? std::nullopt : std::optional<double>(facts->value(1).toDouble()),
                  std::max(0.0, facts->value(2).toDouble()));
    auto set =
        runSql(db, QStringLiteral("UPDATE prompts SET relevance_score = ? WHERE id = ?"), {score, promptId});
    if (!set)
        return set.error();
    return {};
}

double LearningRepository::relevance(int uses, std::optional<double> meanStars, double ageDays)
{
    const double usage = 1 - std::exp(-std::max(0, uses) / 5.0);
    const double rated = meanStars ? (std::clamp(*meanStars, 1.0, 5.0) - 1) / 4 : 0.5;
    const double decay = std::pow(0.5, std::max(0.0, ageDays) / 90.0);
    return std::clamp((0.4 * usage + 0.6 * rated) * decay, 0.0, 1.0);
}

Result<LearningRepository::Profile> LearningRepository::updateProfile()
{
    QSqlDatabase db = m_database->connection();
    Profile p;
    auto totals = runSql(
        db, QStringLiteral(
                "SELECT count(*), sum(CASE WHEN user_rating >= 4 THEN 1 ELSE 0 END), count(user_rating), "
                "avg(detected_complexity) FROM prompt_history"));
    if (!totals || !totals->next())
        return totals ? Error::data(QCoreApplication::translate("athanor::LearningRepository", "no totals"))
                      : totals.error();
    p.prompts = totals->value(0).toInt();
    p.successful = totals->value(1).toInt();
    const int rated = totals->value(2).toInt();
    if (!totals->value(3).isNull())
        p.averageComplexity = totals->value(3).toDouble();
    auto tried = runSql(
        db, QStringLiteral(
                "SELECT count(DISTINCT j.value) FROM prompt_history ph, json_each(ph.techniques_applied) j"));
    if (!tried || !tried->next())
        return tried
                   ? Error::data(QCoreApplication::translate("athanor::LearningRepository", "no techniques"))
                   : tried.error();
    p.techniquesTried = tried->value(0).toInt();
    auto perTechnique = runSql(
        db,
        QStringLiteral(
            "SELECT t.code, count(*), avg(CASE WHEN ph.user_rating >= 4 THEN 1.0 ELSE 0.0 END) "
            "FROM prompt_history ph, json_each(ph.techniques_applied) j JOIN techniques t ON t.id = j.value "
            "WHERE ph.user_rating IS NOT NULL GROUP BY t.code ORDER BY count(*) DESC, t.code"));
    if (!perTechnique)
        return perTechnique.error();
    while (perTechnique->next())
        (perTechnique->value(1).toInt() >= 3 && perTechnique->value(2).toDouble() >= 0.75 ? p.mastered
                                                                                          : p.learning)
            << perTechnique->value(0).toString();
    auto useCases = runSql(
        db, QStringLiteral(
                "SELECT CASE instr(detected_intent_path, '.') WHEN 0 THEN detected_intent_path "
                "ELSE substr(detected_intent_path, 1, instr(detected_intent_path, '.') - 1) END AS top "
                "FROM prompt_history WHERE detected_intent_path IS NOT NULL GROUP BY top "
                "ORDER BY count(*) DESC, top LIMIT 3"));
    if (!useCases)
        return useCases.error();
    while (useCases->next())
        p.useCases << useCases->value(0).toString();
    const double success = rated > 0 ? double(p.successful) / rated : 0;
    const qsizetype mastered = p.mastered.size();
    p.skillLevel = mastered >= 10 && success >= 0.75  ? QStringLiteral("expert")
                   : mastered >= 5 && success >= 0.6  ? QStringLiteral("advanced")
                   : mastered >= 2 || p.prompts >= 25 ? QStringLiteral("intermediate")
                                                      : QStringLiteral("beginner");
    const auto array = [](const QStringList& list) {
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
    };
    auto written = runSql(
        db,
        QStringLiteral("UPDATE user_learning_profiles SET skill_level = ?, techniques_mastered = ?, "
                       "techniques_learning = ?, "
                       "primary_use_cases = ?, average_prompt_complexity = ?, total_prompts_created = ?, "
                       "successful_prompts = ?, techniques_tried = ?, updated_at = "
                       "strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                       "WHERE user_id = (SELECT id FROM users WHERE is_local = 1)"),
        {p.skillLevel, array(p.mastered), array(p.learning), array(p.useCases),
         p.averageComplexity ? QVariant(*p.averageComplexity) : QVariant(), p.prompts, p.successful,
         p.techniquesTried});
    if (!written)
        return written.error();
    return p;
}

Result<LearningRepository::Profile> LearningRepository::profile() const
{
    auto row =
        runSql(m_database->connection(),
               QStringLiteral(
                   "SELECT skill_level, techniques_mastered, techniques_learning, primary_use_cases, "
                   "average_prompt_complexity, total_prompts_created, successful_prompts, techniques_tried "
                   "FROM user_learning_profiles WHERE user_id = (SELECT id FROM users WHERE is_local = 1)"));
    if (!row)
        return row.error();
    Profile p;
    if (!row->next())
        return p;
    const auto list = [](const QVariant& v) {
        QStringList out;
        for (const QJsonValue& item : QJsonDocument::fromJson(v.toByteArray()).array())
            out << item.toString();
        return out;
    };
    p.skillLevel = row->value(0).toString();
    p.mastered = list(row->value(1));
    p.learning = list(row->value(2));
    p.useCases = list(row->value(3));
    if (!row->value(4).isNull())
        p.averageComplexity = row->value(4).toDouble();
    p.prompts = row->value(5).toInt();
    p.successful = row->value(6).toInt();
    p.techniquesTried = row->value(7).toInt();
    return p;
}

Result<LearnedEffectiveness> LearningRepository::learned() const
{
    auto rows = runSql(m_database->connection(),
                       QStringLiteral("SELECT json_extract(lf.context, '$.intent'), j.value, lf.rating "
                                      "FROM learning_feedback lf, json_each(lf.context, '$.techniques') j "
                                      "WHERE json_extract(lf.context, '$.history_id') IS NOT NULL "
                                      "AND json_extract(lf.context, '$.intent') IS NOT NULL "
                                      "AND json_extract(lf.context, '$.learning_reset') IS NULL"));
    if (!rows)
        return rows.error();
    LearnedEffectiveness learned;
    while (rows->next())
        learned.add(rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toInt());
    return learned;
}

Status LearningRepository::reset()
{
    // The ratings so far are marked, not deleted (they stay in the analytics); only later ones teach.
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();
    auto marked = runSql(
        db, QStringLiteral("UPDATE learning_feedback SET context = json_set(context, '$.learning_reset', 1) "
                           "WHERE json_extract(context, '$.learning_reset') IS NULL"));
    if (!marked)
        return marked.error();
    auto done = runSql(
        db,
        QStringLiteral("INSERT INTO app_meta(key, value) VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        {kResetKey});
    if (!done)
        return done.error();
    return transaction.commit();
}

Result<QString> LearningRepository::resetAt() const
{
    auto row = runSql(m_database->connection(), QStringLiteral("SELECT value FROM app_meta WHERE key = ?"),
                      {kResetKey});
    if (!row)
        return row.error();
    return row->next() ? row->value(0).toString() : QString();
}

} // namespace athanor
