#pragma once

#include "CliCommand.h"
#include "core/phases/GenerationTypes.h"
#include "core/providers/ProviderSettings.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace athanor::cli {

// One variant as `generate` and `enhance --provider` print it.
QJsonObject variantJson(const VariantOutcome& variant);

// What a phase run needs from its command: where it starts and what it prints.
struct PhaseRunRequest
{
    ProviderConfig config;
    GenerateOptions options;
    QString original; // the user's own text, kept on every stored variant
    QString input;    // what the first phase works on
    QString inputId;  // the stored prompt the first phase descends from; empty: store `original` first
    QString persona;
    bool json = false;
    std::shared_ptr<Database> database; // null: the command's database is opened
};

struct PhaseRunOutcome
{
    QString sessionId;
    QString inputId;
    QJsonArray phases;
    VariantOutcome best;
};

// Runs the phases through the provider, stores every variant with its lineage and metrics, and
// reports progress on standard error (or streams a single variant to standard output).
Result<PhaseRunOutcome> runPhases(const PhaseRunRequest& request, CliContext& context);

} // namespace athanor::cli
