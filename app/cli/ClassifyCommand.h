#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `classify`: the intent, confidence, alternatives and complexity of a prompt.
class ClassifyCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("classify"); }
    QString summary() const override { return QStringLiteral("Detect a prompt's intent and complexity."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
