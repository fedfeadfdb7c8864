#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `render`: Fill a template's variables and print the prompt.
class RenderCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("render"); }
    QString summary() const override { return QStringLiteral("Fill a template's variables and print the prompt."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
