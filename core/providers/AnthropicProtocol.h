#pragma once

#include "WireProtocol.h"

namespace athanor {

// Anthropic Messages API (x-api-key, anthropic-version; SSE events message_start,
// content_block_delta, message_delta, message_stop, error).
class AnthropicProtocol : public WireProtocol
{
public:
    ProviderKind kind() const override { return ProviderKind::Anthropic; }
    HttpCall chatCall(const ProviderConfig& config, const ChatRequest& request, bool stream) const override;
    Result<ChatResult> parseChat(const QByteArray& body) const override;
    StreamFraming framing() const override { return StreamFraming::ServerSentEvents; }
    Result<StreamDelta> parseStreamEvent(const QByteArray& event, const QByteArray& data) const override;
    HttpCall modelsCall(const ProviderConfig& config) const override;
    Result<QStringList> parseModels(const QByteArray& body) const override;

};

} // namespace athanor
