#pragma once

#include "core/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <memory>
#include <optional>

namespace athanor {

class Database;

// Ratings of prompts (learning_feedback): 1-5 stars, helpful, met expectations, a suggested
// improvement and the context they were given in.
class FeedbackRepository
{
public:
    struct Rating
    {
        QString promptId;
        int stars = 0; // 1-5
        std::optional<bool> helpful;
        std::optional<bool> metExpectations;
        QString improvement;
        QString sessionId;
        QJsonObject context;
    };

    // A rating as the ratings list shows it.
    struct Given
    {
        QString id;
        QString promptId;
        QString createdAt; // ISO 8601, UTC
        int stars = 0;
        std::optional<bool> helpful;
        std::optional<bool> metExpectations;
        QString improvement;
        QString source;  // where it was given: composer, library, playground, cli
        QString preview; // the prompt's first line
    };

    explicit FeedbackRepository(std::shared_ptr<Database> database);

    Result<QString> add(const Rating& rating);
    // The latest rating of a prompt, if any.
    Result<std::optional<int>> latestStars(const QString& promptId) const;
    // The ratings given on the days from `from` to `to` (UTC), newest first, at most `limit`.
    Result<QList<Given>> given(const QDate& from, const QDate& to, int limit = 1000) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace athanor
