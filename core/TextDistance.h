#pragma once

#include <QString>
#include <QStringList>

namespace athanor {

// Levenshtein edit distance, case-insensitive.
int editDistance(const QString& a, const QString& b);

// Up to `limit` candidates closest to `word`: those within a third of its length in edits, or
// that contain it or are contained in it; nearest first, ties in the candidates' order.
QStringList closestMatches(const QString& word, const QStringList& candidates, int limit);

} // namespace athanor
