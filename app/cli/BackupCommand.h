#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `backup [--to PATH]`: a consistent copy of the library (SQLite's VACUUM INTO), made while
// the app may be using it, without migrating it first.
class BackupCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override { return QStringLiteral("Copy the library to a backup file."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
