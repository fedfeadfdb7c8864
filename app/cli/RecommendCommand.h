#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `recommend`: The best techniques for an intent and a complexity.
class RecommendCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("recommend"); }
    QString summary() const override { return QStringLiteral("The best techniques for an intent and a complexity."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
