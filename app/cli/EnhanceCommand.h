#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `enhance`: the offline enhancement of a prompt, recorded in the library with its lineage.
class EnhanceCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("enhance"); }
    QString summary() const override { return QStringLiteral("Enhance a prompt offline and save both versions."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
