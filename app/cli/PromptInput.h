#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// The prompt a command works on: its single positional argument, or standard input for "-"
// (read as UTF-8, a BOM dropped).
Result<QString> readPromptArgument(const QCommandLineParser& parser, const QString& command);

} // namespace athanor::cli
