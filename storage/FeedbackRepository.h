#pragma once

#include "core/Result.h"

#include <QJsonObject>

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

    explicit FeedbackRepository(std::shared_ptr<Database> database);

    Result<QString> add(const Rating& rating);
    // The latest rating of a prompt, if any.
    Result<std::optional<int>> latestStars(const QString& promptId) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace athanor
