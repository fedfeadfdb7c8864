#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `templates`: List the prompt templates.
class TemplatesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("templates"); }
    QString summary() const override { return QStringLiteral("List the prompt templates."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
