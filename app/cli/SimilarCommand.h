#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `similar`: the library's prompts most like a stored prompt or a text, by local embeddings.
class SimilarCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("similar"); }
    QString summary() const override { return QStringLiteral("Find the prompts most similar to a prompt or a text."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
