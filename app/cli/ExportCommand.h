#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `export`: Export prompts to JSON, JSONL, CSV or Markdown.
class ExportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return QStringLiteral("Export prompts to JSON, JSONL, CSV or Markdown."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
