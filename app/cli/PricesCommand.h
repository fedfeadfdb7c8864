#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `prices`: the price table costs are recorded with, and the user's own entries over it
// (the same file Edit ▸ Providers ▸ Prices edits).
class PricesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("prices"); }
    QString summary() const override
    {
        return QStringLiteral("Show or edit the price per million tokens of each model.");
    }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
