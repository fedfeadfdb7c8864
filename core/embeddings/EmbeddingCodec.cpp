#include "EmbeddingCodec.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace athanor {
namespace {

constexpr int kHeaderBytes = 4;

} // namespace

QByteArray EmbeddingCodec::encode(const std::vector<float>& vector)
{
    float largest = 0.0f;
    for (float x : vector)
        if (std::isfinite(x))
            largest = std::max(largest, std::fabs(x));
    // A zero vector keeps scale 0: every component decodes to exactly 0.
    const float scale = largest / 127.0f;

    QByteArray blob(kHeaderBytes + qsizetype(vector.size()), Qt::Uninitialized);
    quint32 bits = 0;
    std::memcpy(&bits, &scale, sizeof bits);
    qToLittleEndian(bits, blob.data());
    for (size_t i = 0; i < vector.size(); ++i) {
        const float x = std::isfinite(vector[i]) ? vector[i] : 0.0f;
        const long q = scale > 0.0f ? std::lround(x / scale) : 0;
        blob[qsizetype(kHeaderBytes + i)] = char(std::clamp(q, -127L, 127L));
    }
    return blob;
}

int EmbeddingCodec::dimensionOf(const QByteArray& blob)
{
    return blob.size() > kHeaderBytes ? int(blob.size() - kHeaderBytes) : -1;
}

Result<std::vector<float>> EmbeddingCodec::decode(const QByteArray& blob, int dimension)
{
    const int stored = dimensionOf(blob);
    if (stored < 0)
        return Error::data(QCoreApplication::translate("athanor::EmbeddingCodec",
                                                       "an embedding blob is too short (%1 bytes)")
                               .arg(blob.size()));
    if (dimension > 0 && stored != dimension)
        return Error::data(QCoreApplication::translate("athanor::EmbeddingCodec",
                                                       "an embedding has %1 dimensions, the model has %2")
                               .arg(stored)
                               .arg(dimension));
    const quint32 bits = qFromLittleEndian<quint32>(blob.constData());
    float scale = 0.0f;
    std::memcpy(&scale, &bits, sizeof scale);
    if (!std::isfinite(scale) || scale < 0.0f)
        return Error::data(
            QCoreApplication::translate("athanor::EmbeddingCodec", "an embedding blob has an invalid scale"));

    std::vector<float> vector(static_cast<size_t>(stored));
    const auto* q = reinterpret_cast<const signed char*>(blob.constData() + kHeaderBytes);
    for (int i = 0; i < stored; ++i)
        vector[size_t(i)] = float(q[i]) * scale;
    return vector;
}

} // namespace athanor
