#pragma once

#include "core/Prompt.h"

#include <QJsonObject>

namespace athanor::cli {

// The JSON form of a prompt in list and show output.
QJsonObject promptToJson(const Prompt& prompt);
QJsonObject summaryToJson(const PromptSummary& summary);

} // namespace athanor::cli
