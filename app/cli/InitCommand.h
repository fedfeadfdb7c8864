#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `init`: creates or migrates the database and says where it is.
class InitCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override { return QStringLiteral("Create or migrate the database and install the catalog; print where it is."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
