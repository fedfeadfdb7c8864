#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `use ID`: prints a prompt's content for another program and counts it as used (usage analytics:
// its usage count, last use and relevance).
class UseCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("use"); }
    QString summary() const override
    {
        return QStringLiteral("Print a prompt's content for another program and count it as used.");
    }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
