#include "Int8Vector.h"

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#include <immintrin.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstring>

namespace athanor::int8vector {

namespace {

constexpr size_t kScaleBytes = sizeof(float);
constexpr float kResidualSteps = 254.0f;

qint32 dotInt8Portable(const qint8* a, const qint8* b, size_t n)
{
    qint32 sum = 0;
    for (size_t i = 0; i < n; ++i)
        sum += qint32(a[i]) * qint32(b[i]);
    return sum;
}

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
// Compiled for AVX2 whatever the project's flags (Debian builds for baseline x86-64, where
// hnswlib's own space falls back to SSE); chosen at run time only when the CPU has AVX2.
// Codes are within -127..127 (never -128), so |a| * sign(b, a) pairs cannot saturate int16.
__attribute__((target("avx2"))) inline qint32 dotInt8Avx2(const qint8* a, const qint8* b, size_t n)
{
    __m256i sum = _mm256_setzero_si256();
    const __m256i ones = _mm256_set1_epi16(1);
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        const __m256i va = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(a + i));
        const __m256i vb = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(b + i));
        const __m256i pairs = _mm256_maddubs_epi16(_mm256_sign_epi8(va, va), _mm256_sign_epi8(vb, va));
        sum = _mm256_add_epi32(sum, _mm256_madd_epi16(pairs, ones));
    }
    __m128i half = _mm_add_epi32(_mm256_castsi256_si128(sum), _mm256_extracti128_si256(sum, 1));
    half = _mm_add_epi32(half, _mm_shuffle_epi32(half, 0x4E));
    half = _mm_add_epi32(half, _mm_shuffle_epi32(half, 0xB1));
    return _mm_cvtsi128_si32(half) + dotInt8Portable(a + i, b + i, n - i);
}

bool cpuHasAvx2()
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2");
}
#endif

// hnswlib's distance: 1 - <a, b> (smaller is closer), as its InnerProductSpace defines it.
float int8DistancePortable(const void* a, const void* b, const void* dimension)
{
    const qint32 dot = dotInt8Portable(codesOf(a), codesOf(b), *static_cast<const size_t*>(dimension));
    return 1.0f - scaleOf(a) * scaleOf(b) * float(dot);
}

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
__attribute__((target("avx2"))) float int8DistanceAvx2(const void* a, const void* b, const void* dimension)
{
    const qint32 dot = dotInt8Avx2(codesOf(a), codesOf(b), *static_cast<const size_t*>(dimension));
    return 1.0f - scaleOf(a) * scaleOf(b) * float(dot);
}
#endif

} // namespace

// Padded to a multiple of 4: hnswlib puts each element's link counters (4-byte integers) right
// after the previous element's vector, so an odd dimension left them misaligned (undefined
// behaviour, found by the asan preset). Even dimensions, all real embedders', are unchanged; an
// index saved unpadded with an odd one no longer matches its shape and is rebuilt.
size_t bytes(size_t dimension)
{
    return (kScaleBytes + 2 * dimension + 3) & ~size_t(3);
}

float scaleOf(const void* vector)
{
    float scale = 0.0f;
    std::memcpy(&scale, vector, sizeof scale);
    return scale;
}

const qint8* codesOf(const void* vector)
{
    return static_cast<const qint8*>(vector) + kScaleBytes;
}

Distance bestDistance()
{
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
    static const Distance best = cpuHasAvx2() ? int8DistanceAvx2 : int8DistancePortable;
    return best;
#else
    return int8DistancePortable;
#endif
}

// The EmbeddingCodec quantisation (scale = max |x| / 127, codes rounded to -127..127: a vector
// decoded from a stored embedding comes back to the same codes, and its leftovers are zero),
// then the leftover of each component in steps of scale / 254.
void quantise(const float* vector, size_t dimension, char* out)
{
    float largest = 0.0f;
    for (size_t i = 0; i < dimension; ++i)
        if (std::isfinite(vector[i]))
            largest = std::max(largest, std::fabs(vector[i]));
    const float scale = largest / 127.0f;
    const float step = scale / kResidualSteps;
    std::memcpy(out, &scale, sizeof scale);
    for (size_t i = 0; i < dimension; ++i) {
        const float x = std::isfinite(vector[i]) ? vector[i] : 0.0f;
        const long q = scale > 0.0f ? std::clamp(std::lround(x / scale), -127L, 127L) : 0;
        const long r = step > 0.0f ? std::clamp(std::lround((x - float(q) * scale) / step), -127L, 127L) : 0;
        out[kScaleBytes + i] = char(q);
        out[kScaleBytes + dimension + i] = char(r);
    }
}

// The float vector a stored one stands for (the first codes as EmbeddingCodec::decode computes
// them, plus the leftovers).
void dequantise(const char* data, size_t dimension, float* out)
{
    const float scale = scaleOf(data);
    const float step = scale / kResidualSteps;
    const qint8* codes = codesOf(data);
    const qint8* leftovers = codes + dimension;
    for (size_t i = 0; i < dimension; ++i)
        out[i] = float(codes[i]) * scale + float(leftovers[i]) * step;
}

} // namespace athanor::int8vector
