#pragma once

#include "WireProtocol.h"

namespace athanor {

// OpenAI Chat Completions, models and embeddings; also any OpenAI-compatible server (a custom
// base URL) and OpenRouter, which adds its attribution headers.
class OpenAiProtocol : public WireProtocol
{
public:
    explicit OpenAiProtocol(ProviderKind kind = ProviderKind::OpenAI) : m_kind(kind) {}
    ProviderKind kind() const override { return m_kind; }

    HttpCall chatCall(const ProviderConfig& config, const ChatRequest& request, bool stream) const override;
    Result<ChatResult> parseChat(const QByteArray& body) const override;
    StreamFraming framing() const override { return StreamFraming::ServerSentEvents; }
    Result<StreamDelta> parseStreamEvent(const QByteArray& event, const QByteArray& data) const override;
    HttpCall modelsCall(const ProviderConfig& config) const override;
    Result<QStringList> parseModels(const QByteArray& body) const override;
    bool supportsEmbeddings() const override { return m_kind == ProviderKind::OpenAI; }
    HttpCall embedCall(const ProviderConfig& config, const QString& model, const QStringList& texts) const override;
    Result<std::vector<std::vector<float>>> parseEmbeddings(const QByteArray& body) const override;

private:
    QList<QPair<QByteArray, QByteArray>> headers(const ProviderConfig& config) const;
    ProviderKind m_kind;
};

} // namespace athanor
