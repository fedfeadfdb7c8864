#include "GenerationSetup.h"

#include <QLocale>
#include <QStandardPaths>

namespace athanor {

QString userPhasePromptDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/phases");
}

QString userPriceFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/prices.yaml");
}

Result<PhasePromptLibrary> loadPhasePrompts()
{
    return PhasePromptLibrary::load(userPhasePromptDir(), QLocale().name());
}

Result<PriceTable> loadPriceTable()
{
    return PriceTable::load(userPriceFile());
}

} // namespace athanor
