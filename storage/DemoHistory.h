#pragma once

#include "core/Result.h"

#include <memory>

namespace athanor {

class Database;

// Fills a database (never the user's: the Trends pane makes a separate demo database for it) with
// `days` days of synthetic enhancement history up to today: a few to a dozen enhancements a day,
// each with an intent, a complexity, two or three techniques and, for most, a rating that
// depends on the techniques and drifts over time, so that the charts have something to show.
// Deterministic for a seed. Every row says it is demo data (client_type "demo").
Status generateDemoHistory(const std::shared_ptr<Database>& database, int days, quint32 seed = 2026);

} // namespace athanor
