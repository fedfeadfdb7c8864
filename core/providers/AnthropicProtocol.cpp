#include "AnthropicProtocol.h"

#include "ProtocolJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace athanor {

namespace {

// The Messages API requires max_tokens; this is what we ask for when the caller does not say.
constexpr int kDefaultMaxTokens = 4096;
constexpr const char* kApiVersion = "2023-06-01";

QList<QPair<QByteArray, QByteArray>> headersFor(const ProviderConfig& config)
{
    return {{"Content-Type", "application/json"},
            {"x-api-key", config.apiKey.toUtf8()},
            {"anthropic-version", kApiVersion}};
}

TokenUsage usageOf(const QJsonObject& usage)
{
    return {usage.value(QLatin1String("input_tokens")).toInt(),
            usage.value(QLatin1String("output_tokens")).toInt()};
}

} // namespace

HttpCall AnthropicProtocol::chatCall(const ProviderConfig& config, const ChatRequest& request,
                                     bool stream) const
{
    QJsonArray messages;
    for (const ChatMessage& message : request.messages)
        messages.append(QJsonObject{{QStringLiteral("role"), message.role},
                                    {QStringLiteral("content"), message.content}});
    QJsonObject body{
        {QStringLiteral("model"), request.model.isEmpty() ? config.effectiveModel() : request.model},
        {QStringLiteral("max_tokens"), request.maxTokens.value_or(kDefaultMaxTokens)},
        {QStringLiteral("messages"), messages}};
    if (!request.system.isEmpty())
        body.insert(QStringLiteral("system"), request.system);
    // Anthropic accepts 0..1 where the others accept 0..2.
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), std::clamp(*request.temperature, 0.0, 1.0));
    if (stream)
        body.insert(QStringLiteral("stream"), true);
    HttpCall call;
    call.url = QUrl(config.effectiveBaseUrl() + QStringLiteral("/messages"));
    call.headers = headersFor(config);
    if (stream)
        call.headers.append(qMakePair(QByteArray("Accept"), QByteArray("text/event-stream")));
    call.body = protocol_json::compact(body);
    return call;
}

Result<ChatResult> AnthropicProtocol::parseChat(const QByteArray& body) const
{
    Result<QJsonObject> object = protocol_json::parseObject(body);
    if (!object)
        return object.error();
    if (!object->value(QLatin1String("content")).isArray())
        return Error::data(
            QCoreApplication::translate("athanor::AnthropicProtocol", "the answer has no \"content\" list"));
    ChatResult result;
    for (const QJsonValue& block : object->value(QLatin1String("content")).toArray())
        if (block.toObject().value(QLatin1String("type")).toString() == QLatin1String("text"))
            result.text += block.toObject().value(QLatin1String("text")).toString();
    result.model = object->value(QLatin1String("model")).toString();
    result.finishReason = object->value(QLatin1String("stop_reason")).toString();
    result.usage = usageOf(object->value(QLatin1String("usage")).toObject());
    return result;
}

Result<StreamDelta> AnthropicProtocol::parseStreamEvent(const QByteArray& event, const QByteArray& data) const
{
    Result<QJsonObject> object = protocol_json::parseObject(data);
    if (!object)
        return object.error();
    // The data carries its type too; the event line is optional for robustness.
    const QString type = object->value(QLatin1String("type")).toString(QString::fromUtf8(event));
    StreamDelta delta;
    if (type == QLatin1String("message_start")) {
        const QJsonObject message = object->value(QLatin1String("message")).toObject();
        delta.model = message.value(QLatin1String("model")).toString();
        delta.usage = usageOf(message.value(QLatin1String("usage")).toObject());
    } else if (type == QLatin1String("content_block_delta")) {
        const QJsonObject inner = object->value(QLatin1String("delta")).toObject();
        if (inner.value(QLatin1String("type")).toString() == QLatin1String("text_delta"))
            delta.text = inner.value(QLatin1String("text")).toString();
    } else if (type == QLatin1String("message_delta")) {
        delta.finishReason =
            object->value(QLatin1String("delta")).toObject().value(QLatin1String("stop_reason")).toString();
        delta.usage = usageOf(object->value(QLatin1String("usage")).toObject());
    } else if (type == QLatin1String("message_stop")) {
        delta.done = true;
    } else if (type == QLatin1String("error")) {
        return Error::network(
            object->value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString());
    }
    return delta; // ping, content_block_start/stop: nothing to add
}

HttpCall AnthropicProtocol::modelsCall(const ProviderConfig& config) const
{
    HttpCall call;
    call.method = "GET";
    call.url = QUrl(config.effectiveBaseUrl() + QStringLiteral("/models?limit=1000"));
    call.headers = headersFor(config);
    return call;
}

Result<QStringList> AnthropicProtocol::parseModels(const QByteArray& body) const
{
    return protocol_json::modelNames(body, QStringLiteral("data"), QStringLiteral("id"));
}

} // namespace athanor
