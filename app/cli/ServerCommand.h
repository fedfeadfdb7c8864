#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `server init|maintain|add-user`: the optional PostgreSQL server's schema, upkeep and users,
// run by its administrator (docs/server.md).
class ServerCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("server"); }
    QString summary() const override
    {
        return QStringLiteral("The sync server: init (create or migrate its schema), maintain, add-user.");
    }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
