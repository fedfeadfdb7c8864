#include "FeedbackRepository.h"

#include "Database.h"
#include "SqlHelpers.h"
#include "core/Ids.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace athanor {

namespace {

QVariant flag(const std::optional<bool>& value)
{
    return value ? QVariant(*value ? 1 : 0) : QVariant();
}

} // namespace

FeedbackRepository::FeedbackRepository(std::shared_ptr<Database> database) : m_database(std::move(database))
{
}

Result<QString> FeedbackRepository::add(const Rating& rating)
{
    if (rating.stars < 1 || rating.stars > 5)
        return Error::usage(
            QCoreApplication::translate("athanor::FeedbackRepository", "a rating is 1 to 5 stars, not %1")
                .arg(rating.stars));
    const QString id = newUuid();
    auto inserted = runSql(
        m_database->connection(),
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
                      QStringLiteral("SELECT rating FROM learning_feedback WHERE prompt_id = ? ORDER BY "
                                     "created_at DESC, rowid DESC LIMIT 1"),
                      {promptId});
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<int>();
    return std::optional<int>(row->value(0).toInt());
}

Result<QList<FeedbackRepository::Given>> FeedbackRepository::given(const QDate& from, const QDate& to,
                                                                   int limit) const
{
    auto rows = runSql(
        m_database->connection(),
        QStringLiteral(
            "SELECT lf.id, lf.prompt_id, lf.created_at, lf.rating, lf.was_helpful, lf.met_expectations, "
            "lf.suggested_improvement, json_extract(lf.context, '$.source'), "
            "substr(replace(p.content, char(10), ' '), 1, 120) "
            "FROM learning_feedback lf JOIN prompts p ON p.id = lf.prompt_id "
            "WHERE date(lf.created_at) BETWEEN ? AND ? ORDER BY lf.created_at DESC, lf.rowid DESC LIMIT ?"),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate), limit});
    if (!rows)
        return rows.error();
    const auto flagOf = [](const QVariant& v) {
        return v.isNull() ? std::nullopt : std::optional<bool>(v.toInt() == 1);
    };
    QList<Given> list;
    while (rows->next())
        list << Given{rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(),
                      rows->value(3).toInt(),    flagOf(rows->value(4)),    flagOf(rows->value(5)),
                      rows->value(6).toString(), rows->value(7).toString(), rows->value(8).toString()};
    return list;
}

} // namespace athanor
