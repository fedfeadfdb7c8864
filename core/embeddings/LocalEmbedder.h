#pragma once

#include "Embedder.h"

namespace athanor {

// The offline embedder: signed feature hashing of lower-cased word unigrams, word bigrams and
// character 3-5-grams (inside word boundaries) into 384 dimensions. Deterministic and
// independent of any corpus, so a vector never changes once stored. Each feature counts
// 1 + ln(tf); each feature family is normalised on its own before they are mixed, so that
// long texts (many character n-grams) do not drown the word features; a short list of English
// function words is weighted down. The result is L2-normalised.
class LocalEmbedder : public Embedder
{
public:
    static constexpr int kDimension = 384;

    QString model() const override { return QStringLiteral("athanor-local-hash-384-v1"); }
    QString provider() const override { return QStringLiteral("local"); }
    int dimension() const override { return kDimension; }
    std::vector<float> embed(const QString& text) const override;

    // 64-bit FNV-1a of the code points (each as 4 little-endian bytes), after a one-byte family
    // tag, so that the word "the" and the trigram "the" land in different places.
    static quint64 featureHash(char family, const char32_t* begin, const char32_t* end);
};

} // namespace athanor
