#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `duplicates`: groups of near-identical prompts, as the Library's Duplicates dialog finds them.
class DuplicatesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("duplicates"); }
    QString summary() const override { return QStringLiteral("Group the prompts that are worded almost alike."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
