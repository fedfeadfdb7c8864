#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `train`: fit a new classifier version on the corrections; activated only if not worse.
class TrainCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("train"); }
    QString summary() const override
    {
        return QStringLiteral("Retrain the intent classifier with the corrections, or roll back.");
    }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
