#include "LearningRepository.h"

#include "Database.h"
#include "FeedbackRepository.h"
#include "SqlHelpers.h"
#include "core/Ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

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
        return Error::usage(QStringLiteral("a rating is 1 to 5 stars, not %1").arg(rating.stars));
    QSqlDatabase db = m_database->connection();
    auto exists = runSql(db, QStringLiteral("SELECT 1 FROM prompts WHERE id = ?"), {rating.promptId});
    if (!exists)
        return exists.error();
    if (!exists->next())
        return Error::data(QStringLiteral("no prompt with id %1").arg(rating.promptId), m_database->path());

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

    FeedbackRepository::Rating feedback;
    feedback.promptId = rating.promptId;
    feedback.stars = rating.stars;
    feedback.helpful = rating.helpful;
    feedback.metExpectations = rating.metExpectations;
    feedback.improvement = rating.improvement;
    feedback.sessionId = rating.sessionId;
    feedback.context = rating.context;
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
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
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
