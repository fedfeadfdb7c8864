#include "PromptDetails.h"

#include "storage/EmbeddingRepository.h"
#include "storage/PromptRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace athanor {

namespace {

QString previewOf(const QString& content)
{
    QString line = content.simplified();
    return line.size() > 120 ? line.left(119) + QChar(0x2026) : line;
}

} // namespace

PromptDetails PromptDetails::load(const std::shared_ptr<Database>& database, const QString& id,
                                  const std::shared_ptr<EmbeddingRepository>& embeddings)
{
    PromptDetails details;
    PromptRepository prompts(database);
    const auto prompt = prompts.find(id);
    if (!prompt) {
        details.error = QCoreApplication::translate("PromptDetails", "This prompt is no longer in the library.");
        return details;
    }
    details.prompt = *prompt;
    if (auto context = prompts.context(id))
        details.context = *context;
    if (auto usage = UsageRepository(database).summary(id))
        details.usage = *usage;

    // Lineage upwards; a cycle (which the schema cannot rule out across rows) stops the walk.
    QSet<QString> seen{id};
    QString parent = prompt->parentId;
    while (!parent.isEmpty() && !seen.contains(parent) && details.ancestors.size() < kMaxAncestors) {
        seen.insert(parent);
        const auto up = prompts.find(parent);
        if (!up)
            break;
        details.ancestors.append({up->id, previewOf(up->content)});
        parent = up->parentId;
    }
    if (auto children = prompts.children(id))
        for (const QString& child : *children)
            if (const auto down = prompts.find(child))
                details.children.append({down->id, previewOf(down->content)});

    if (!embeddings) {
        details.similarNote = QCoreApplication::translate("PromptDetails", "Similarity search is not available.");
        return details;
    }
    auto similar = embeddings->similar(id, kSimilar);
    if (!similar)
        details.similarNote = similar.error().message();
    else
        for (const SimilarPrompt& hit : *similar)
            details.similar.append({hit.id, previewOf(hit.content), double(hit.score)});
    if (similar && details.similar.isEmpty())
        details.similarNote = QCoreApplication::translate("PromptDetails", "No other prompts yet.");
    return details;
}

} // namespace athanor
