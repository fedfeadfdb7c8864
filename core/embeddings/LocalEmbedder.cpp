#include "LocalEmbedder.h"

#include <QChar>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace athanor {
namespace {

using Word = std::u32string;

// How much each feature family counts once each has unit length. Words say most about what a
// prompt asks; bigrams keep some word order; character n-grams catch inflections and typos.
constexpr float kUnigramWeight = 1.0f;
constexpr float kBigramWeight = 0.55f;
constexpr float kCharWeight = 0.6f;
// Function words say little about a prompt's subject; they keep a small weight rather than
// none so that a text made only of them still has a vector.
constexpr float kStopWordWeight = 0.2f;

constexpr quint64 kFnvOffset = 14695981039346656037ull;
constexpr quint64 kFnvPrime = 1099511628211ull;

bool isStopWord(const Word& word)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* w : {"a",    "an",   "the",  "and",  "or",   "but",   "of",   "to",    "in",   "on",  "at",
                              "for",  "with", "by",   "from", "as",   "is",    "are",  "was",   "were", "be",  "been",
                              "it",   "its",  "this", "that", "these", "those", "i",   "you",   "we",   "he",  "she",
                              "they", "me",   "my",   "your", "our",  "their", "do",   "does",  "not",  "no",  "so",
                              "if",   "then", "than", "can",  "will", "would", "should", "please", "into", "about"})
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    if (word.size() > 6)
        return false;
    return words.contains(QString::fromUcs4(word.data(), qsizetype(word.size())));
}

// Lower-cased runs of letters and digits, by code point (so CJK and emoji are handled).
std::vector<Word> words(const QString& text)
{
    std::vector<Word> result;
    Word current;
    const QList<uint> codePoints = text.toLower().toUcs4();
    for (uint cp : codePoints) {
        if (QChar::isLetterOrNumber(char32_t(cp)) || QChar::category(char32_t(cp)) == QChar::Mark_NonSpacing) {
            current.push_back(char32_t(cp));
        } else if (!current.empty()) {
            result.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty())
        result.push_back(std::move(current));
    return result;
}

struct Feature
{
    quint64 hash;
    float weight;
};

// Adds one family of features to `out` with unit length and weight `familyWeight`: equal
// hashes are counted (tf), each weighs (1 + ln tf) * its own weight.
void addFamily(std::vector<Feature>& features, float familyWeight, std::vector<float>& out)
{
    if (features.empty())
        return;
    std::sort(features.begin(), features.end(), [](const Feature& a, const Feature& b) { return a.hash < b.hash; });
    std::array<float, LocalEmbedder::kDimension> family{};
    for (size_t i = 0; i < features.size();) {
        size_t j = i;
        float weight = 0.0f;
        while (j < features.size() && features[j].hash == features[i].hash)
            weight = std::max(weight, features[j++].weight);
        const float tf = float(j - i);
        const quint64 h = features[i].hash;
        const size_t index = size_t((h & 0xffffffffu) % LocalEmbedder::kDimension);
        const float sign = (h >> 63) ? -1.0f : 1.0f;
        family[index] += sign * weight * (1.0f + std::log(tf));
        i = j;
    }
    double norm = 0.0;
    for (float x : family)
        norm += double(x) * x;
    if (norm <= 0.0)
        return;
    const float factor = familyWeight / float(std::sqrt(norm));
    for (size_t i = 0; i < family.size(); ++i)
        out[i] += family[i] * factor;
}

} // namespace

quint64 LocalEmbedder::featureHash(char family, const char32_t* begin, const char32_t* end)
{
    quint64 h = kFnvOffset;
    h = (h ^ quint64(quint8(family))) * kFnvPrime;
    for (const char32_t* p = begin; p != end; ++p) {
        const quint32 cp = quint32(*p);
        for (int shift = 0; shift < 32; shift += 8)
            h = (h ^ ((cp >> shift) & 0xffu)) * kFnvPrime;
    }
    // FNV's top bit mixes poorly for short keys; fold the high half in before it picks the sign.
    return h ^ (h << 31);
}

std::vector<float> LocalEmbedder::embed(const QString& text) const
{
    const std::vector<Word> tokens = words(text);
    std::vector<Feature> unigrams, bigrams, chars;
    unigrams.reserve(tokens.size());
    bigrams.reserve(tokens.size());
    chars.reserve(tokens.size() * 12);

    std::vector<bool> stop(tokens.size());
    for (size_t i = 0; i < tokens.size(); ++i)
        stop[i] = isStopWord(tokens[i]);

    Word padded;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Word& w = tokens[i];
        unigrams.push_back({featureHash('w', w.data(), w.data() + w.size()), stop[i] ? kStopWordWeight : 1.0f});
        if (i + 1 < tokens.size()) {
            Word pair = w;
            pair.push_back(U' ');
            pair += tokens[i + 1];
            const bool weak = stop[i] && stop[i + 1];
            bigrams.push_back({featureHash('b', pair.data(), pair.data() + pair.size()), weak ? kStopWordWeight : 1.0f});
        }
        if (stop[i])
            continue;
        padded.clear();
        padded.push_back(U'<');
        padded += w;
        padded.push_back(U'>');
        for (size_t n = 3; n <= 5; ++n)
            for (size_t start = 0; start + n <= padded.size(); ++start)
                chars.push_back({featureHash('c', padded.data() + start, padded.data() + start + n), 1.0f});
    }

    std::vector<float> vector(kDimension, 0.0f);
    addFamily(unigrams, kUnigramWeight, vector);
    addFamily(bigrams, kBigramWeight, vector);
    addFamily(chars, kCharWeight, vector);
    double norm = 0.0;
    for (float x : vector)
        norm += double(x) * x;
    if (norm > 0.0) {
        const float inverse = float(1.0 / std::sqrt(norm));
        for (float& x : vector)
            x *= inverse;
    }
    return vector;
}

} // namespace athanor
