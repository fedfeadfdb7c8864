#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `sync [--server URL] [--status] [--json]`: this library with the optional server (docs/sync.md).
class SyncCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override
    {
        return QStringLiteral("Sync this library with the server: push local changes, pull the others.");
    }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
