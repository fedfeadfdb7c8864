#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `experiment create|record|status|stop`: A/B experiments of two prompts or two technique sets.
class ExperimentCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("experiment"); }
    QString summary() const override
    {
        return QStringLiteral("A/B experiments: create, record a rated run, status, stop.");
    }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
