#pragma once

#include "WireProtocol.h"

namespace athanor {

// Google Gemini: generateContent and streamGenerateContent?alt=sse, embedContent and
// batchEmbedContents, with the key in the x-goog-api-key header (never in the URL).
class GeminiProtocol : public WireProtocol
{
public:
    ProviderKind kind() const override { return ProviderKind::Google; }
    HttpCall chatCall(const ProviderConfig& config, const ChatRequest& request, bool stream) const override;
    Result<ChatResult> parseChat(const QByteArray& body) const override;
    StreamFraming framing() const override { return StreamFraming::ServerSentEvents; }
    Result<StreamDelta> parseStreamEvent(const QByteArray& event, const QByteArray& data) const override;
    HttpCall modelsCall(const ProviderConfig& config) const override;
    Result<QStringList> parseModels(const QByteArray& body) const override;
    bool supportsEmbeddings() const override { return true; }
    HttpCall embedCall(const ProviderConfig& config, const QString& model, const QStringList& texts) const override;
    Result<std::vector<std::vector<float>>> parseEmbeddings(const QByteArray& body) const override;
};

} // namespace athanor
