#pragma once

#include "CliCommand.h"

#include <QDate>
#include <memory>

namespace athanor {
class Database;
}

namespace athanor::cli {

// `stats techniques`: daily technique analytics (uses, ratings, success rate, trend), brought up
// to date first. `stats prompts`: usage analytics per prompt (generated, selected, used, rated).
class StatsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override
    {
        return QStringLiteral("Technique analytics per day, or usage per prompt (generated, selected, used, "
                              "rated).");
    }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;

private:
    int runPrompts(const QCommandLineParser& parser, CliContext& context,
                   const std::shared_ptr<Database>& database, const QDate& from, const QDate& to) const;
};

} // namespace athanor::cli
