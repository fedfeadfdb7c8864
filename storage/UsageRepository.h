#pragma once

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace athanor {

class Database;

// How each prompt is used (usage_analytics), as four kinds of event: generated (it was the input
// of an enhancement or a generation; the row links the prompt that came out), selected (chosen out
// of alternatives: the ranker's best variant of a phase, a Playground answer kept, an enhancement
// accepted), used (taken out of Athanor: copied, opened in the Composer or the Playground, printed
// by `athanor-cli use`) and rated. A use also counts in the prompt's usage count and last use, and
// its relevance is recomputed (LearningRepository::relevance).
class UsageRepository
{
public:
    enum class Kind
    {
        Generated,
        Selected,
        Used,
        Rated
    };
    static QString kindName(Kind kind);

    struct Event
    {
        QString promptId;
        Kind kind = Kind::Used;
        QString context;     // where: enhance, generate, playground, ranker, copy, composer, cli, …
        QString generatedId; // the prompt it produced (generated events)
        std::optional<double> effectiveness; // 0–1 (rated events: (stars − 1) / 4)
    };

    // A prompt's events counted by kind.
    struct Summary
    {
        QString promptId;
        QString title; // its title, or its first line
        int generated = 0;
        int selected = 0;
        int used = 0;
        int rated = 0;
        std::optional<double> effectiveness; // mean of its rated events
        QString lastUsedAt;                  // ISO 8601, empty when never used
        double relevance = 0.5;
    };

    explicit UsageRepository(std::shared_ptr<Database> database);

    // In its own transaction; a prompt id that does not exist is a data error naming it.
    Status record(const Event& event);
    // Inside a transaction the caller holds on `db`.
    static Status recordIn(const QSqlDatabase& db, const Event& event);

    Result<Summary> summary(const QString& promptId) const;
    // The prompts with the most events on the days from `from` to `to` (UTC), at most `limit`,
    // counted over those days only.
    Result<QList<Summary>> busiest(const QDate& from, const QDate& to, int limit) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace athanor
