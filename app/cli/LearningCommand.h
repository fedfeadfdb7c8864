#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `learning`: what ratings have taught (per intent and technique, catalog value and learned
// value), and --reset to go back to the catalog's values.
class LearningCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("learning"); }
    QString summary() const override
    {
        return QStringLiteral("Show what ratings taught the recommender, or reset it.");
    }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
