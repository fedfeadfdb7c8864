#pragma once

#include <QString>
#include <QStringList>

#include "core/Result.h"

#include <vector>

namespace athanor {

// Turns text into a fixed-length vector whose inner product with another says how alike the
// two texts are. Vectors are L2-normalised, so the inner product is the cosine similarity.
// Implementations are immutable after construction and safe to call from any thread.
class Embedder
{
public:
    virtual ~Embedder() = default;

    // Stored with every embedding: vectors of different models are never compared.
    virtual QString model() const = 0;
    virtual QString provider() const = 0;
    virtual int dimension() const = 0;

    // dimension() floats; all zero for a text without any feature (empty, white space only).
    virtual std::vector<float> embed(const QString& text) const = 0;

    // One vector per text, in order. Remote embedders override this to send one request.
    virtual std::vector<std::vector<float>> embedMany(const QStringList& texts) const
    {
        std::vector<std::vector<float>> vectors;
        vectors.reserve(size_t(texts.size()));
        for (const QString& text : texts)
            vectors.push_back(embed(text));
        return vectors;
    }

    // As embedMany, for embedders that can fail (a remote provider): an Error instead of vectors.
    // The library calls this one; local embedders need not override it.
    virtual Result<std::vector<std::vector<float>>> tryEmbedMany(const QStringList& texts) const
    {
        return embedMany(texts);
    }
    Result<std::vector<float>> tryEmbed(const QString& text) const
    {
        Result<std::vector<std::vector<float>>> vectors = tryEmbedMany({text});
        if (!vectors)
            return vectors.error();
        return std::move(vectors->front());
    }
};

} // namespace athanor
