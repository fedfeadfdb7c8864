#include "OllamaProtocol.h"

#include "ProtocolJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace athanor {

namespace {

QList<QPair<QByteArray, QByteArray>> headersFor(const ProviderConfig& config)
{
    QList<QPair<QByteArray, QByteArray>> list{{"Content-Type", "application/json"}};
    // Ollama needs no key; one given is sent for servers behind an authenticating proxy.
    if (!config.apiKey.isEmpty())
        list.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer " + config.apiKey.toUtf8())));
    return list;
}

StreamDelta decode(const QJsonObject& object)
{
    StreamDelta delta;
    delta.text = object.value(QLatin1String("message")).toObject().value(QLatin1String("content")).toString();
    delta.model = object.value(QLatin1String("model")).toString();
    delta.done = object.value(QLatin1String("done")).toBool();
    if (delta.done) {
        delta.finishReason = object.value(QLatin1String("done_reason")).toString(QStringLiteral("stop"));
        delta.usage = TokenUsage{object.value(QLatin1String("prompt_eval_count")).toInt(),
                                 object.value(QLatin1String("eval_count")).toInt()};
    }
    return delta;
}

} // namespace

HttpCall OllamaProtocol::chatCall(const ProviderConfig& config, const ChatRequest& request, bool stream) const
{
    QJsonArray messages;
    if (!request.system.isEmpty())
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), request.system}});
    for (const ChatMessage& message : request.messages)
        messages.append(QJsonObject{{QStringLiteral("role"), message.role},
                                    {QStringLiteral("content"), message.content}});
    QJsonObject body{
        {QStringLiteral("model"), request.model.isEmpty() ? config.effectiveModel() : request.model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("stream"), stream}};
    QJsonObject options;
    if (request.temperature)
        options.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.maxTokens)
        options.insert(QStringLiteral("num_predict"), *request.maxTokens);
    if (!options.isEmpty())
        body.insert(QStringLiteral("options"), options);
    HttpCall call;
    call.url = QUrl(config.effectiveBaseUrl() + QStringLiteral("/api/chat"));
    call.headers = headersFor(config);
    call.body = protocol_json::compact(body);
    return call;
}

Result<ChatResult> OllamaProtocol::parseChat(const QByteArray& body) const
{
    Result<QJsonObject> object = protocol_json::parseObject(body);
    if (!object)
        return object.error();
    if (!object->value(QLatin1String("message")).isObject())
        return Error::data(
            QCoreApplication::translate("athanor::OllamaProtocol", "the answer has no \"message\""));
    const StreamDelta delta = decode(*object);
    ChatResult result;
    result.text = delta.text;
    result.model = delta.model;
    result.finishReason = delta.finishReason;
    result.usage = delta.usage.value_or(TokenUsage{});
    return result;
}

Result<StreamDelta> OllamaProtocol::parseStreamEvent(const QByteArray&, const QByteArray& data) const
{
    Result<QJsonObject> object = protocol_json::parseObject(data);
    if (!object)
        return object.error();
    if (object->value(QLatin1String("error")).isString())
        return Error::network(object->value(QLatin1String("error")).toString());
    return decode(*object);
}

HttpCall OllamaProtocol::modelsCall(const ProviderConfig& config) const
{
    HttpCall call;
    call.method = "GET";
    call.url = QUrl(config.effectiveBaseUrl() + QStringLiteral("/api/tags"));
    call.headers = headersFor(config);
    return call;
}

Result<QStringList> OllamaProtocol::parseModels(const QByteArray& body) const
{
    return protocol_json::modelNames(body, QStringLiteral("models"), QStringLiteral("name"));
}

HttpCall OllamaProtocol::embedCall(const ProviderConfig& config, const QString& model,
                                   const QStringList& texts) const
{
    HttpCall call;
    call.url = QUrl(config.effectiveBaseUrl() + QStringLiteral("/api/embed"));
    call.headers = headersFor(config);
    call.body = protocol_json::compact(
        {{QStringLiteral("model"), model}, {QStringLiteral("input"), QJsonArray::fromStringList(texts)}});
    return call;
}

Result<std::vector<std::vector<float>>> OllamaProtocol::parseEmbeddings(const QByteArray& body) const
{
    Result<QJsonObject> object = protocol_json::parseObject(body);
    if (!object)
        return object.error();
    std::vector<std::vector<float>> vectors;
    for (const QJsonValue& item : object->value(QLatin1String("embeddings")).toArray()) {
        vectors.push_back(protocol_json::floats(item));
        if (vectors.back().empty())
            return Error::data(QCoreApplication::translate("athanor::OllamaProtocol",
                                                           "embedding %1 is not a list of numbers")
                                   .arg(vectors.size() - 1));
    }
    return vectors;
}

} // namespace athanor
