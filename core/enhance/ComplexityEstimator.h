#pragma once

#include <QString>
#include <QStringList>

namespace athanor {

// How demanding a prompt is, 1 (a one-line lookup) to 5 (a long, multi-part task with constraints,
// code or data), from features anyone can see in the text, with the reasons found.
struct ComplexityAssessment
{
    int level = 1;       // 1..5
    QStringList reasons; // plain sentences, e.g. "3 separate sub-tasks", "contains a code block"
    double score = 0;    // the raw feature score behind the level (for tests and tuning)
};

class ComplexityEstimator
{
public:
    // Deterministic and fast (well under a millisecond for 2 kB of text).
    static ComplexityAssessment estimate(const QString& text);
};

} // namespace athanor
