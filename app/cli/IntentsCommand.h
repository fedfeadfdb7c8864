#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `intents`: List the intent taxonomy.
class IntentsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("intents"); }
    QString summary() const override { return QStringLiteral("List the intent taxonomy."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
