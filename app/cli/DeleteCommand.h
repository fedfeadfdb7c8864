#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `delete`: Delete prompts (all of them or none).
class DeleteCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("delete"); }
    QString summary() const override { return QStringLiteral("Delete prompts (all of them or none)."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
