#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace athanor {

// athanor_rank(prompts_fts, f1, f2, ...): Okapi BM25 (k1 1.2, b 0.75, all columns together, negated
// so that smaller ranks first, as FTS5's bm25() does) with each phrase's document frequency given
// as the share f_i of documents that contain it, instead of counted. FTS5's own bm25() counts it
// by reading the phrase's whole doclist on every query: 29 ms for a word in 93 % of a million
// prompts, paid even when only a handful of rows are ranked. The caller estimates the shares on
// the newest prompts (PromptQueries::search).
// Registered once per connection; Database does it when it opens one.
Status registerFtsRanking(const QSqlDatabase& db);

} // namespace athanor
