#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `generate`: the three-phase refinement through an LLM provider, every variant stored.
class GenerateCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override { return QStringLiteral("Refine a prompt in phases through an LLM provider."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
