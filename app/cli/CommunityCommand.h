#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `community list|search|publish|like|save|remix|queue|moderate`: the shared library on the
// server (docs/server.md), cached for reading offline (--offline).
class CommunityCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("community"); }
    QString summary() const override
    {
        return QStringLiteral(
            "The community library: list, search, publish, like, save, remix; moderators: queue, moderate.");
    }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
