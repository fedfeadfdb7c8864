#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `rate`: rate a prompt 1-5; a rating of an enhanced prompt teaches the engine (docs/learning.md).
class RateCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("rate"); }
    QString summary() const override
    {
        return QStringLiteral("Rate a prompt; ratings of enhancements teach the recommender.");
    }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
