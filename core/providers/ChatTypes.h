#pragma once

#include "ProviderKind.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace athanor {

struct ChatMessage
{
    QString role; // "user" or "assistant"; the system prompt travels in ChatRequest::system
    QString content;
};

// One chat completion as every provider understands it.
struct ChatRequest
{
    QString model;
    QString system;
    QList<ChatMessage> messages;
    std::optional<double> temperature;
    std::optional<int> maxTokens;
};

struct TokenUsage
{
    int input = 0;
    int output = 0;
    int total() const { return input + output; }
};

struct ChatResult
{
    QString text;
    QString model;        // as the provider reported it (may name a dated snapshot)
    QString finishReason; // provider's own word: "stop", "length", "end_turn", "max_tokens", "STOP", ...
    TokenUsage usage;
    qint64 latencyMs = 0; // from sending the (last) request to the end of the answer
    int attempts = 1;     // 1 + retries
    bool truncated() const;
};

// Where and how to reach one provider. The key is held only in memory.
struct ProviderConfig
{
    ProviderKind kind = ProviderKind::OpenAI;
    QString baseUrl; // empty: the provider's default
    QString model;   // empty: the provider's default
    QString apiKey;
    int timeoutMs = 120000;    // the whole exchange
    int idleTimeoutMs = 30000; // no byte received for this long
    int maxRetries = 3;        // on 429, 5xx and dropped connections, before any output was streamed
    int retryBaseDelayMs = 500;
    int retryMaxDelayMs = 30000;

    QString effectiveBaseUrl() const;
    QString effectiveModel() const;
};

// An HTTP request as a protocol describes it: what tests assert, what the client sends.
struct HttpCall
{
    QByteArray method = "POST";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // empty for GET
    QByteArray header(const QByteArray& name) const;
};

// One event of a streamed answer, decoded.
struct StreamDelta
{
    QString text;                 // new output text, possibly empty
    std::optional<TokenUsage> usage; // when the event carries usage (fields it lacks stay 0)
    QString model;
    QString finishReason;
    bool done = false; // the provider said the answer is complete
};

} // namespace athanor
