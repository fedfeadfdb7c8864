#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `doctor`: schema version, integrity, journal mode and row counts of an existing database.
class DoctorCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("doctor"); }
    QString summary() const override { return QStringLiteral("Check the database: schema, integrity, tables."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
