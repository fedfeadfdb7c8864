#pragma once

#include "core/catalog/CatalogTypes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <vector>

namespace athanor {

struct IntentPrediction
{
    QString intent; // a taxonomy path
    double confidence = 0;
};

struct Classification
{
    QString intent;        // the most likely taxonomy path (a leaf, or an inner node when unsure)
    double confidence = 0; // calibrated probability of `intent` (for an inner node: of its subtree)
    QList<IntentPrediction> alternatives; // the next most likely paths, best first
};

// Offline intent classification: multinomial naive Bayes over binary word uni- and bigrams and
// character 3-5-grams, trained from the taxonomy's example prompts, with a softmax temperature
// fitted on a held-out split so that confidences are calibrated. Deterministic.
class IntentClassifier
{
public:
    struct Sample
    {
        QString text;
        QString intent;
    };

    // Every example prompt of the taxonomy, labelled with its node's path.
    static QList<Sample> samplesFrom(const QList<Intent>& intents);
    // The deterministic held-out split used for calibration and accuracy reports: every fifth
    // example of each intent.
    static void split(const QList<Sample>& samples, QList<Sample>* train, QList<Sample>* test);

    // Trains on `train`; `calibration` (may be empty) fits the temperature.
    static IntentClassifier train(const QList<Sample>& train, const QList<Sample>& calibration = {});

    bool isTrained() const { return !m_labels.isEmpty(); }
    const QStringList& labels() const { return m_labels; }
    double temperature() const { return m_temperature; }
    void setTemperature(double temperature) { m_temperature = temperature; }

    Classification classify(const QString& text, int alternatives = 3) const;
    // Probabilities of every label, in labels() order.
    std::vector<double> probabilities(const QString& text) const;

    static QStringList features(const QString& text);

private:
    std::vector<double> rawScores(const QString& text) const;

    QStringList m_labels;
    std::vector<double> m_logPrior;   // per label
    std::vector<double> m_logMissing; // per label: log P(unseen feature | label)
    // feature -> (label index, log P(f|label) - log P(unseen|label)) for labels that saw it
    QHash<quint64, std::vector<std::pair<int, float>>> m_weights;
    double m_temperature = 1.0;
};

} // namespace athanor
