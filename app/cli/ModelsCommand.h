#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `models`: the models a provider offers, asked from its API.
class ModelsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("models"); }
    QString summary() const override { return QStringLiteral("List the models of an LLM provider."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
