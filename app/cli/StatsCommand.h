#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `stats techniques`: daily technique analytics (uses, ratings, success rate, trend), brought up
// to date first.
class StatsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override
    {
        return QStringLiteral("Technique analytics per day: uses, ratings, success rate, trend.");
    }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
