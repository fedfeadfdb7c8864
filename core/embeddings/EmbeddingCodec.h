#pragma once

#include "core/Result.h"

#include <QByteArray>

#include <vector>

namespace athanor {

// How an embedding is stored in prompts.embedding: a 4-byte little-endian float scale followed
// by one int8 per dimension (value = int8 * scale). A 384-dimension vector takes 388 bytes
// instead of 1536; the error per component is at most scale / 2 = max|x| / 254.
class EmbeddingCodec
{
public:
    static QByteArray encode(const std::vector<float>& vector);
    // Fails on a blob that is too short or whose length does not match `dimension` (when > 0).
    static Result<std::vector<float>> decode(const QByteArray& blob, int dimension = 0);
    // The dimension a blob holds, or -1 when it is not a valid blob.
    static int dimensionOf(const QByteArray& blob);
};

} // namespace athanor
