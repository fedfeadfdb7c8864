#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `technique`: Show one technique: templates, examples, sources.
class TechniqueCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("technique"); }
    QString summary() const override { return QStringLiteral("Show one technique: templates, examples, sources."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
