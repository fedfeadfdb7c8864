#pragma once

#include "PhasePromptLibrary.h"
#include "core/providers/PriceTable.h"

namespace athanor {

// Where the user's editable data files live, shared by the GUI and the CLI.
QString userPhasePromptDir();
QString userPriceFile();
Result<PhasePromptLibrary> loadPhasePrompts();
Result<PriceTable> loadPriceTable();

} // namespace athanor
