#include "ClassifierEvaluation.h"

#include <QHash>
#include <algorithm>

namespace athanor {

ClassifierEvaluation ClassifierEvaluation::of(const IntentClassifier& classifier,
                                              const QList<IntentClassifier::Sample>& test)
{
    ClassifierEvaluation e;
    QHash<QString, int> truePositives;
    QHash<QString, int> predicted;
    QHash<QString, int> actual;
    for (const IntentClassifier::Sample& sample : test) {
        const std::vector<double> p = classifier.probabilities(sample.text);
        const QString guess =
            p.empty() ? QString()
                      : classifier.labels().at(int(std::max_element(p.begin(), p.end()) - p.begin()));
        ++e.samples;
        ++predicted[guess];
        ++actual[sample.intent];
        if (guess == sample.intent) {
            ++e.correct;
            ++truePositives[sample.intent];
        }
    }
    e.accuracy = e.samples > 0 ? double(e.correct) / e.samples : 0;
    QStringList labels = actual.keys() + predicted.keys();
    labels.removeDuplicates();
    for (const QString& label : std::as_const(labels)) {
        if (label.isEmpty())
            continue;
        const double tp = truePositives.value(label);
        const double precision = predicted.value(label) > 0 ? tp / predicted.value(label) : 0;
        const double recall = actual.value(label) > 0 ? tp / actual.value(label) : 0;
        e.precision.insert(label, precision);
        e.recall.insert(label, recall);
        e.f1.insert(label, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0);
    }
    return e;
}

} // namespace athanor
