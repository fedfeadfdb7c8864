#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `show`: Show one prompt with its metadata, context and lineage.
class ShowCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override { return QStringLiteral("Show one prompt with its metadata, context and lineage."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
