#pragma once

#include <QtGlobal>

#include <cstddef>

// The vectors of the similarity index (VectorIndex) as its graph keeps them. Each is int8 codes
// with one float scale (the EmbeddingCodec layout: a stored embedding fits exactly), followed by
// int8 codes of what rounding left over, at 1/254 of the scale. The graph is walked on the first
// codes alone: a distance reads 388 bytes for 384 dimensions instead of 1536. The leftover codes
// are read only to score the final candidates, and bring any float vector back to within
// max|x| / 64516 per component, so scores stay exact to about 1e-6. Memory: 772 bytes a vector
// instead of 1536 (0.9 GB instead of 1.7 GB for a million prompts with the graph's links).
// Layout of one vector: float scale, dimension codes, dimension leftover codes (padded).
namespace athanor::int8vector {

// hnswlib's distance function type: (a, b, &dimension) -> 1 - <a, b>, smaller is closer.
using Distance = float (*)(const void*, const void*, const void*);

// The bytes of one vector of `dimension` components.
size_t bytes(size_t dimension);
float scaleOf(const void* vector);
const qint8* codesOf(const void* vector);
// The distance on the first codes, with AVX2 when the CPU has it.
Distance bestDistance();
// A float vector as codes (`bytes(dimension)` bytes at `out`), and back.
void quantise(const float* vector, size_t dimension, char* out);
void dequantise(const char* data, size_t dimension, float* out);

} // namespace athanor::int8vector
