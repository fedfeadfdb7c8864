#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `tag`: Add tags to a prompt (or remove them with --remove).
class TagCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("tag"); }
    QString summary() const override { return QStringLiteral("Add tags to a prompt (or remove them with --remove)."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
