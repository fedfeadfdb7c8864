#pragma once

#include "ChatTypes.h"
#include "core/Result.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace athanor {

// One provider's HTTP API as pure functions: requests to send, answers to decode. No I/O, so
// every byte of it is unit-tested and fuzzed; ProviderClient does the networking.
class WireProtocol
{
public:
    enum class StreamFraming { ServerSentEvents, JsonLines };

    virtual ~WireProtocol() = default;
    virtual ProviderKind kind() const = 0;

    virtual HttpCall chatCall(const ProviderConfig& config, const ChatRequest& request, bool stream) const = 0;
    virtual Result<ChatResult> parseChat(const QByteArray& body) const = 0;

    virtual StreamFraming framing() const = 0;
    // One event: an SSE event (its name, possibly empty, and its data) or one JSON line (name empty).
    virtual Result<StreamDelta> parseStreamEvent(const QByteArray& event, const QByteArray& data) const = 0;

    virtual HttpCall modelsCall(const ProviderConfig& config) const = 0;
    virtual Result<QStringList> parseModels(const QByteArray& body) const = 0;

    // Empty model: the provider has no embeddings API.
    virtual bool supportsEmbeddings() const { return false; }
    virtual HttpCall embedCall(const ProviderConfig& config, const QString& model, const QStringList& texts) const;
    virtual Result<std::vector<std::vector<float>>> parseEmbeddings(const QByteArray& body) const;

    // The human message inside an error body ({"error":{"message":...}} and the like), or empty.
    virtual QString errorMessage(const QByteArray& body) const;

    static std::unique_ptr<WireProtocol> create(ProviderKind kind);
};

} // namespace athanor
