#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `correct`: tell the classifier what a prompt's intent (and complexity, techniques) really is;
// stored as training data for the next `train`.
class CorrectCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("correct"); }
    QString summary() const override
    {
        return QStringLiteral("Correct the detected intent of a prompt (training data).");
    }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
