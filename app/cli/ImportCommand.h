#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `import`: Import prompt files and folders into the library.
class ImportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override { return QStringLiteral("Import prompt files and folders into the library."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
