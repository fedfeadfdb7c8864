#pragma once

#include "CliCommand.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace athanor::cli {

// Every command athanor-cli knows, in the order `--help` lists them.
class CommandRegistry
{
public:
    CommandRegistry();
    const std::vector<std::unique_ptr<CliCommand>>& commands() const { return m_commands; }
    const CliCommand* find(const QString& name) const;
    // Names close to an unknown one, for "did you mean".
    QStringList closest(const QString& name) const;

private:
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

// Runs athanor-cli with its arguments (without the program name); returns the exit code.
int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace athanor::cli
