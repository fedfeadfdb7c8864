#pragma once

#include "ChatTypes.h"
#include "core/embeddings/Embedder.h"

#include <memory>

namespace athanor {

// A provider's embeddings API (OpenAI /v1/embeddings, Gemini embedContent and
// batchEmbedContents, Ollama /api/embed) behind the library's Embedder interface. Each call
// runs its own network access on the calling thread, so the library may call it from workers.
class RemoteEmbedder : public Embedder
{
public:
    // Texts per request.
    static constexpr int kBatchSize = 64;

    // Asks the provider for one embedding to learn the dimension; fails with the provider's error.
    static Result<std::shared_ptr<RemoteEmbedder>> connect(const ProviderConfig& config, const QString& model = {});

    // "<provider>:<model>", so two providers' models of the same name are never mixed.
    QString model() const override { return m_modelKey; }
    QString provider() const override { return providerName(m_config.kind); }
    int dimension() const override { return m_dimension; }
    // Zero vectors when the provider fails; the library calls tryEmbedMany, which says why.
    std::vector<float> embed(const QString& text) const override;
    std::vector<std::vector<float>> embedMany(const QStringList& texts) const override;
    Result<std::vector<std::vector<float>>> tryEmbedMany(const QStringList& texts) const override;

private:
    RemoteEmbedder(ProviderConfig config, QString model);
    Result<std::vector<std::vector<float>>> request(const QStringList& texts) const;

    ProviderConfig m_config;
    QString m_model;
    QString m_modelKey;
    int m_dimension = 0;
};

} // namespace athanor
