#pragma once

#include "CliCommand.h"
#include "storage/EnhancementBatch.h"

namespace athanor::cli {

// `enhance --batch FILE`: runs the batch and prints each prompt as it is saved, so that what was
// printed is in the library even if the run is killed.
int runEnhanceBatch(const QString& file, bool json, const EnhancementBatch& batch, CliContext& context);

} // namespace athanor::cli
