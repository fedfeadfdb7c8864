#pragma once

#include "WireProtocol.h"

namespace athanor {

// Ollama's native API: /api/chat (NDJSON streaming), /api/tags, /api/embed. No key.
class OllamaProtocol : public WireProtocol
{
public:
    ProviderKind kind() const override { return ProviderKind::Ollama; }
    HttpCall chatCall(const ProviderConfig& config, const ChatRequest& request, bool stream) const override;
    Result<ChatResult> parseChat(const QByteArray& body) const override;
    StreamFraming framing() const override { return StreamFraming::JsonLines; }
    Result<StreamDelta> parseStreamEvent(const QByteArray& event, const QByteArray& data) const override;
    HttpCall modelsCall(const ProviderConfig& config) const override;
    Result<QStringList> parseModels(const QByteArray& body) const override;
    bool supportsEmbeddings() const override { return true; }
    HttpCall embedCall(const ProviderConfig& config, const QString& model, const QStringList& texts) const override;
    Result<std::vector<std::vector<float>>> parseEmbeddings(const QByteArray& body) const override;
};

} // namespace athanor
