#pragma once

#include "core/Prompt.h"
#include "storage/UsageRepository.h"

#include <QList>
#include <QPair>

#include <memory>
#include <optional>

namespace athanor {

class Database;
class EmbeddingRepository;

// Everything the Library's detail panel shows about one prompt, read in one go off the GUI
// thread: the prompt, its context rows, its lineage both ways and the prompts most like it.
struct PromptDetails
{
    struct Link
    {
        QString id;
        QString preview;
        double score = 0; // similarity, for similar prompts
    };

    Prompt prompt;
    QList<QPair<QString, QString>> context; // (type, content)
    QList<Link> ancestors;                  // parent first, then its parent, ...
    QList<Link> children;
    QList<Link> similar;
    std::optional<UsageRepository::Summary> usage; // how it was generated from, selected, used, rated
    QString similarNote; // why there are no similar prompts, when there are none
    QString error;       // set when the prompt could not be read

    static constexpr int kMaxAncestors = 20;
    static constexpr int kSimilar = 5;

    // `embeddings` may be null: no similar prompts then.
    static PromptDetails load(const std::shared_ptr<Database>& database, const QString& id,
                              const std::shared_ptr<EmbeddingRepository>& embeddings);
};

} // namespace athanor
