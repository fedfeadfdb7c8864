#pragma once

#include "ProviderKind.h"
#include "core/Result.h"
#include "core/embeddings/Embedder.h"

#include <memory>

namespace athanor {

// Which embedder the library's similarity search uses: "local" (offline, the default) or
// "<provider>[:<model>]" (e.g. "openai:text-embedding-3-small", "ollama:nomic-embed-text").
// Each embedding model has its own vectors and its own index, so switching back and forth keeps both.
namespace EmbedderChoice {

QString local();
// The setting, "local" when unset.
QString current();
void setCurrent(const QString& spec);

struct Parsed
{
    std::optional<ProviderKind> provider; // empty: local
    QString model;                        // empty: the provider's default embedding model
};
Result<Parsed> parse(const QString& spec);

// The local embedder at once; a remote one after asking the provider for one embedding (to learn
// its dimension), so a wrong key or a dead server fails here with the provider's message.
Result<std::shared_ptr<const Embedder>> create(const QString& spec);

// What the settings offer: local, and each provider's default embedding model.
QStringList suggestions();

} // namespace EmbedderChoice

} // namespace athanor
