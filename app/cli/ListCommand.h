#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `list`: List prompts of the library, newest first.
class ListCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return QStringLiteral("List prompts of the library, newest first."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
