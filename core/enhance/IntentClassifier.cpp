#include "IntentClassifier.h"


#include <algorithm>
#include <cmath>
#include <numeric>

namespace athanor {

namespace {

// Smoothing of the naive Bayes counts; chosen on the held-out split (docs/enhancement.md).
constexpr double kAlpha = 0.3;

// Features as 64-bit FNV-1a hashes: no string per n-gram on the hot path, and deterministic
// across runs (unlike qHash, which is seeded per process).
quint64 fnv1a(const QChar* data, qsizetype size, quint64 salt)
{
    quint64 hash = 1469598103934665603ULL ^ salt;
    for (qsizetype i = 0; i < size; ++i) {
        hash ^= data[i].unicode();
        hash *= 1099511628211ULL;
    }
    return hash;
}

QStringList words(const QString& text)
{
    QStringList result;
    const QString lower = text.toCaseFolded();
    qsizetype start = -1;
    for (qsizetype i = 0; i <= lower.size(); ++i) {
        const bool wordChar = i < lower.size() && (lower.at(i).isLetterOrNumber() || lower.at(i) == QLatin1Char('\''));
        if (wordChar && start < 0)
            start = i;
        else if (!wordChar && start >= 0) {
            QString word = lower.mid(start, i - start);
            word.remove(QLatin1Char('\''));
            if (!word.isEmpty())
                result << word;
            start = -1;
        }
    }
    return result;
}

// The distinct features of a text (binary features), sorted.
std::vector<quint64> featureHashes(const QString& text)
{
    std::vector<quint64> hashes;
    const QStringList tokens = words(text);
    hashes.reserve(size_t(tokens.size()) * 12);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString& word = tokens.at(i);
        hashes.push_back(fnv1a(word.constData(), word.size(), 1));
        if (i + 1 < tokens.size()) {
            const QString pair = word + QLatin1Char(' ') + tokens.at(i + 1);
            hashes.push_back(fnv1a(pair.constData(), pair.size(), 2));
        }
        const QString padded = QLatin1Char(' ') + word + QLatin1Char(' ');
        for (qsizetype n = 3; n <= 5; ++n)
            for (qsizetype s = 0; s + n <= padded.size(); ++s)
                hashes.push_back(fnv1a(padded.constData() + s, n, quint64(10 + n)));
    }
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    return hashes;
}

std::vector<double> softmax(const std::vector<double>& scores, double temperature)
{
    std::vector<double> p(scores.size());
    const double top = *std::max_element(scores.begin(), scores.end());
    double sum = 0;
    for (size_t i = 0; i < scores.size(); ++i) {
        p[i] = std::exp((scores[i] - top) / temperature);
        sum += p[i];
    }
    for (double& v : p)
        v /= sum;
    return p;
}

bool isWithin(const QString& path, const QString& ancestor)
{
    return path == ancestor || path.startsWith(ancestor + QLatin1Char('.'));
}

} // namespace

QStringList IntentClassifier::features(const QString& text)
{
    QStringList result;
    const QStringList tokens = words(text);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        result << QStringLiteral("w:") + tokens.at(i);
        if (i + 1 < tokens.size())
            result << QStringLiteral("b:%1 %2").arg(tokens.at(i), tokens.at(i + 1));
    }
    return result;
}

QList<IntentClassifier::Sample> IntentClassifier::samplesFrom(const QList<Intent>& intents)
{
    QList<Sample> samples;
    for (const Intent& intent : intents)
        for (const QString& example : intent.examples)
            samples.append({example, intent.path});
    return samples;
}

void IntentClassifier::split(const QList<Sample>& samples, QList<Sample>* train, QList<Sample>* test)
{
    QHash<QString, int> seen;
    for (const Sample& sample : samples) {
        const int index = seen[sample.intent]++;
        (index % 5 == 4 ? test : train)->append(sample);
    }
}

IntentClassifier IntentClassifier::train(const QList<Sample>& samples, const QList<Sample>& calibration)
{
    IntentClassifier model;
    QHash<QString, int> labelIndex;
    for (const Sample& s : samples)
        if (!labelIndex.contains(s.intent)) {
            labelIndex.insert(s.intent, int(model.m_labels.size()));
            model.m_labels << s.intent;
        }
    // Labels in a stable order, whatever the order of the samples.
    model.m_labels.sort();
    for (int i = 0; i < model.m_labels.size(); ++i)
        labelIndex[model.m_labels.at(i)] = i;
    const int labels = int(model.m_labels.size());
    if (labels == 0)
        return model;

    // feature -> (label, documents); a feature is seen by few labels, so a small vector suffices.
    QHash<quint64, std::vector<std::pair<int, int>>> counts;
    std::vector<double> totals(size_t(labels), 0.0);
    for (const Sample& s : samples) {
        const int label = labelIndex.value(s.intent);
        for (quint64 f : featureHashes(s.text)) {
            auto& row = counts[f];
            auto it = std::find_if(row.begin(), row.end(), [&](const auto& entry) { return entry.first == label; });
            if (it == row.end())
                row.emplace_back(label, 1);
            else
                ++it->second;
            totals[size_t(label)] += 1;
        }
    }
    const double vocabulary = double(counts.size());
    model.m_logPrior.assign(size_t(labels), -std::log(double(labels))); // uniform: the data's mix is not the world's
    model.m_logMissing.resize(size_t(labels));
    for (int c = 0; c < labels; ++c)
        model.m_logMissing[size_t(c)] = std::log(kAlpha / (totals[size_t(c)] + kAlpha * vocabulary));
    model.m_weights.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        std::vector<std::pair<int, float>> row;
        row.reserve(it->size());
        for (const auto& [label, documents] : *it)
            row.emplace_back(label, float(std::log((documents + kAlpha) / kAlpha)));
        std::sort(row.begin(), row.end());
        model.m_weights.insert(it.key(), std::move(row));
    }

    // Temperature: the value on a log grid that minimises the held-out negative log-likelihood.
    if (!calibration.isEmpty()) {
        std::vector<std::vector<double>> scores;
        std::vector<int> truth;
        for (const Sample& s : calibration) {
            if (!labelIndex.contains(s.intent))
                continue;
            scores.push_back(model.rawScores(s.text));
            truth.push_back(labelIndex.value(s.intent));
        }
        double best = 1.0;
        double bestLoss = std::numeric_limits<double>::max();
        for (double t = 1.0; t <= 2000.0; t *= 1.15) {
            double loss = 0;
            for (size_t i = 0; i < scores.size(); ++i)
                loss -= std::log(std::max(1e-12, softmax(scores[i], t)[size_t(truth[i])]));
            if (loss < bestLoss) {
                bestLoss = loss;
                best = t;
            }
        }
        model.m_temperature = best;
    }
    return model;
}

std::vector<double> IntentClassifier::rawScores(const QString& text) const
{
    std::vector<double> scores = m_logPrior;
    int known = 0;
    for (quint64 f : featureHashes(text)) {
        const auto it = m_weights.constFind(f);
        if (it == m_weights.constEnd())
            continue;
        ++known;
        for (const auto& [label, weight] : *it)
            scores[size_t(label)] += weight;
    }
    for (size_t c = 0; c < scores.size(); ++c)
        scores[c] += known * m_logMissing[c];
    return scores;
}

std::vector<double> IntentClassifier::probabilities(const QString& text) const
{
    if (!isTrained())
        return {};
    return softmax(rawScores(text), m_temperature);
}

Classification IntentClassifier::classify(const QString& text, int alternatives) const
{
    Classification result;
    if (!isTrained())
        return result;
    const std::vector<double> p = probabilities(text);
    std::vector<int> order(p.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return p[size_t(a)] > p[size_t(b)]; });

    result.intent = m_labels.at(order.front());
    result.confidence = p[size_t(order.front())];
    // Unsure between siblings: answer with the deepest ancestor that holds clearly more of the
    // probability mass (at least 0.6, and 0.2 more than the leaf alone).
    if (result.confidence < 0.6) {
        QString ancestor = result.intent;
        while (ancestor.contains(QLatin1Char('.'))) {
            ancestor = ancestor.left(ancestor.lastIndexOf(QLatin1Char('.')));
            double mass = 0;
            for (size_t c = 0; c < p.size(); ++c)
                if (isWithin(m_labels.at(int(c)), ancestor))
                    mass += p[c];
            if (mass >= 0.6 && mass >= result.confidence + 0.2) {
                result.intent = ancestor;
                result.confidence = mass;
                break;
            }
        }
    }
    for (int index : order) {
        if (result.alternatives.size() >= alternatives)
            break;
        const QString& label = m_labels.at(index);
        if (label == result.intent)
            continue;
        result.alternatives.append({label, p[size_t(index)]});
    }
    return result;
}

} // namespace athanor
