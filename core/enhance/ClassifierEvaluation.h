#pragma once

#include "IntentClassifier.h"

#include <QMap>

namespace athanor {

// How a classifier does on labelled prompts it was not trained on: accuracy of its most likely
// label, and precision, recall and F1 per label (for the labels that occur in the test set or
// are predicted for it).
struct ClassifierEvaluation
{
    int samples = 0;
    int correct = 0;
    double accuracy = 0;
    QMap<QString, double> precision;
    QMap<QString, double> recall;
    QMap<QString, double> f1;

    static ClassifierEvaluation of(const IntentClassifier& classifier,
                                   const QList<IntentClassifier::Sample>& test);
};

} // namespace athanor
