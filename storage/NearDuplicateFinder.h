#pragma once

#include "EmbeddingRepository.h"
#include "core/Result.h"

#include <atomic>
#include <functional>
#include <memory>

namespace athanor {

class Database;

// Prompts that say nearly the same thing. Identical content never enters the library twice
// (imports count it as a duplicate), so what is left to group is near-identical wording.
struct DuplicateGroup
{
    QList<SimilarPrompt> members; // oldest first; score: similarity to the first member
};

// Groups the library's prompts whose embeddings are at least `threshold` similar (cosine),
// linking each prompt to its nearest neighbours through the vector index and taking the
// connected groups. Runs on the calling thread's connection; callers run it off the GUI thread.
class NearDuplicateFinder
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    NearDuplicateFinder(std::shared_ptr<Database> database, std::shared_ptr<EmbeddingRepository> embeddings);

    // The groups, largest first. Prompts not yet embedded are not considered: index them first.
    // With an index still to be rebuilt, every lookup would be an exact scan: that is an error.
    Result<QList<DuplicateGroup>> find(float threshold, const Progress& progress = {},
                                       const std::atomic_bool* cancel = nullptr);

    static constexpr int kNeighbours = 8;

private:
    std::shared_ptr<Database> m_database;
    std::shared_ptr<EmbeddingRepository> m_embeddings;
};

} // namespace athanor
