#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `techniques`: List the techniques of the catalog.
class TechniquesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("techniques"); }
    QString summary() const override { return QStringLiteral("List the techniques of the catalog."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
