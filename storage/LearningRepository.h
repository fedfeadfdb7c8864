#pragma once

#include "FeedbackRepository.h"
#include "core/Result.h"
#include "core/learning/LearnedEffectiveness.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <memory>
#include <optional>

namespace athanor {

class Database;

// Ratings that teach the engine. A rating of a prompt is stored as learning feedback; when the
// prompt came out of an enhancement it is also enhancement feedback on that enhancement, and it
// counts for each technique the enhancement applied on the intent it detected. What the ratings
// taught is derived from the stored feedback (never a counter that could drift); a reset marks the
// ratings so far as no longer teaching.
class LearningRepository
{
public:
    // A rating as FeedbackRepository stores it, and a comment, kept in its context.
    struct Rating : FeedbackRepository::Rating
    {
        QString comment;
    };

    struct Outcome
    {
        QString feedbackId;
        QString historyId; // the enhancement rated; empty for a prompt that is not one
        QString intent;    // its detected intent
        int complexity = 0;
        QStringList techniques; // codes of the techniques it applied, which the rating teaches about
    };

    // The user's learning profile (user_learning_profiles), recomputed from the enhancements and
    // their ratings after every rating.
    struct Profile
    {
        QString skillLevel;   // beginner, intermediate, advanced, expert
        QStringList mastered; // rated 3 times or more, 75 % of them 4 stars or more
        QStringList learning; // rated, not mastered yet
        QStringList useCases; // the three most frequent top-level intents
        std::optional<double> averageComplexity;
        int prompts = 0;         // enhancements
        int successful = 0;      // rated 4 stars or more
        int techniquesTried = 0; // distinct techniques applied
    };

    explicit LearningRepository(std::shared_ptr<Database> database);

    // A prompt's relevance from its uses, its ratings and its age: (0.4 u + 0.6 r) × 2^(−age / 90 d),
    // u = 1 − e^(−uses / 5), r = (mean stars − 1) / 4 (0.5 unrated). See docs/learning.md.
    static double relevance(int uses, std::optional<double> meanStars, double ageDays);
    // Stores a prompt's relevance from what the database holds now (inside the caller's transaction).
    static Status refreshRelevance(const QSqlDatabase& db, const QString& promptId);
    Result<Profile> updateProfile();
    Result<Profile> profile() const;

    // One transaction; a prompt id that does not exist is a data error naming it.
    Result<Outcome> rate(const Rating& rating);
    // Every rating given since the last reset, per intent and technique.
    Result<LearnedEffectiveness> learned() const;
    // Back to the catalog's values: ratings stay stored but stop counting.
    Status reset();
    // When reset() last ran (ISO 8601), empty when never.
    Result<QString> resetAt() const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace athanor
