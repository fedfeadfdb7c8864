#include "FeedbackRepository.h"

#include "Database.h"
#include "SqlHelpers.h"
#include "core/Ids.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace athanor {

namespace {

QVariant flag(const std::optional<bool>& value)
{
    return value ? QVariant(*value ? 1 : 0) : QVariant();
}

} // namespace

FeedbackRepository::FeedbackRepository(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Result<QString> FeedbackRepository::add(const Rating& rating)
{
    if (rating.stars < 1 || rating.stars > 5)
        return Error::usage(QStringLiteral("a rating is 1 to 5 stars, not %1").arg(rating.stars));
    const QString id = newUuid();
    auto inserted = runSql(m_database->connection(),
                           QStringLiteral("INSERT INTO learning_feedback (id, prompt_id, session_id, rating, was_helpful, "
                                          "met_expectations, suggested_improvement, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                           {id, rating.promptId, nullIfEmpty(rating.sessionId), rating.stars, flag(rating.helpful),
                            flag(rating.metExpectations), nullIfEmpty(rating.improvement),
                            QString::fromUtf8(QJsonDocument(rating.context).toJson(QJsonDocument::Compact))});
    if (!inserted)
        return inserted.error();
    return id;
}

Result<std::optional<int>> FeedbackRepository::latestStars(const QString& promptId) const
{
    auto row = runSql(m_database->connection(),
                      QStringLiteral("SELECT rating FROM learning_feedback WHERE prompt_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1"),
                      {promptId});
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<int>();
    return std::optional<int>(row->value(0).toInt());
}

} // namespace athanor
