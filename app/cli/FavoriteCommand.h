#pragma once

#include "CliCommand.h"

namespace athanor::cli {

// `favorite`: Mark a technique as a favourite (or not, with --off).
class FavoriteCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("favorite"); }
    QString summary() const override { return QStringLiteral("Mark a technique as a favourite (or not, with --off)."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace athanor::cli
