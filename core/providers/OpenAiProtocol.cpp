#include "OpenAiProtocol.h"

#include "ProtocolJson.h"
#include "core/AthanorVersion.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace athanor {

namespace {

TokenUsage usageOf(const QJsonObject& usage)
{
    return {usage.value(QLatin1String("prompt_tokens")).toInt(),
            usage.value(QLatin1String("completion_tokens")).toInt()};
}

} // namespace

QList<QPair<QByteArray, QByteArray>> OpenAiProtocol::headers(const ProviderConfig& config) const
{
    QList<QPair<QByteArray, QByteArray>> list{{"Content-Type", "application/json"}};
    if (!config.apiKey.isEmpty())
        list.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer " + config.apiKey.toUtf8())));
    if (m_kind == ProviderKind::OpenRouter) {
        // OpenRouter's app attribution (https://openrouter.ai/docs/api-reference/overview).
        list.append(qMakePair(QByteArray("HTTP-Referer"), QByteArray(ATHANOR_HOMEPAGE_URL)));
        list.append(qMakePair(QByteArray("X-Title"), QByteArray(ATHANOR_APP_NAME)));
    }
    return list;
}

HttpCall OpenAiProtocol::chatCall(const ProviderConfig& config, const ChatRequest& request, bool stream) const
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
        {QStringLiteral("messages"), messages}};
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.maxTokens) {
        // api.openai.com renamed the field (reasoning models refuse the old one); compatible
        // servers and OpenRouter still read max_tokens.
        const bool official = QUrl(config.effectiveBaseUrl()).host() == QLatin1String("api.openai.com");
        body.insert(official ? QStringLiteral("max_completion_tokens") : QStringLiteral("max_tokens"),
                    *request.maxTokens);
    }
    HttpCall call;
    call.url = QUrl(config.effectiveBaseUrl() + QStringLiteral("/chat/completions"));
    call.headers = headers(config);
    if (stream) {
        body.insert(QStringLiteral("stream"), true);
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
        call.headers.append(qMakePair(QByteArray("Accept"), QByteArray("text/event-stream")));
    }
    call.body = protocol_json::compact(body);
    return call;
}

Result<ChatResult> OpenAiProtocol::parseChat(const QByteArray& body) const
{
    Result<QJsonObject> object = protocol_json::parseObject(body);
    if (!object)
        return object.error();
    const QJsonArray choices = object->value(QLatin1String("choices")).toArray();
    if (choices.isEmpty())
        return Error::data(
            QCoreApplication::translate("athanor::OpenAiProtocol", "the answer has no choices"));
    const QJsonObject choice = choices.first().toObject();
    const QJsonValue content =
        choice.value(QLatin1String("message")).toObject().value(QLatin1String("content"));
    if (!content.isString() && !content.isNull())
        return Error::data(
            QCoreApplication::translate("athanor::OpenAiProtocol", "choices[0].message.content is not text"));
    ChatResult result;
    result.text = content.toString();
    result.model = object->value(QLatin1String("model")).toString();
    result.finishReason = choice.value(QLatin1String("finish_reason")).toString();
    result.usage = usageOf(object->value(QLatin1String("usage")).toObject());
    return result;
}

Result<StreamDelta> OpenAiProtocol::parseStreamEvent(const QByteArray&, const QByteArray& data) const
{
    StreamDelta delta;
    if (data.trimmed() == "[DONE]") {
        delta.done = true;
        return delta;
    }
    Result<QJsonObject> object = protocol_json::parseObject(data);
    if (!object)
        return object.error();
    if (object->contains(QLatin1String("error")))
        return Error::network(protocol_json::errorMessage(data));
    delta.model = object->value(QLatin1String("model")).toString();
    const QJsonArray choices = object->value(QLatin1String("choices")).toArray();
    if (!choices.isEmpty()) {
        const QJsonObject choice = choices.first().toObject();
        delta.text =
            choice.value(QLatin1String("delta")).toObject().value(QLatin1String("content")).toString();
        delta.finishReason = choice.value(QLatin1String("finish_reason")).toString();
    }
    if (object->value(QLatin1String("usage")).isObject())
        delta.usage = usageOf(object->value(QLatin1String("usage")).toObject());
    return delta;
}

HttpCall OpenAiProtocol::modelsCall(const ProviderConfig& config) const
{
    HttpCall call;
    call.method = "GET";
    call.url = QUrl(config.effectiveBaseUrl() + QStringLiteral("/models"));
    call.headers = headers(config);
    return call;
}

Result<QStringList> OpenAiProtocol::parseModels(const QByteArray& body) const
{
    return protocol_json::modelNames(body, QStringLiteral("data"), QStringLiteral("id"));
}

HttpCall OpenAiProtocol::embedCall(const ProviderConfig& config, const QString& model,
                                   const QStringList& texts) const
{
    HttpCall call;
    call.url = QUrl(config.effectiveBaseUrl() + QStringLiteral("/embeddings"));
    call.headers = headers(config);
    call.body = protocol_json::compact({{QStringLiteral("model"), model},
                                        {QStringLiteral("input"), QJsonArray::fromStringList(texts)},
                                        {QStringLiteral("encoding_format"), QStringLiteral("float")}});
    return call;
}

Result<std::vector<std::vector<float>>> OpenAiProtocol::parseEmbeddings(const QByteArray& body) const
{
    Result<QJsonObject> object = protocol_json::parseObject(body);
    if (!object)
        return object.error();
    const QJsonArray data = object->value(QLatin1String("data")).toArray();
    std::vector<std::vector<float>> vectors(size_t(data.size()));
    for (const QJsonValue& item : data) {
        const int index = item.toObject().value(QLatin1String("index")).toInt(-1);
        if (index < 0 || index >= data.size())
            return Error::data(
                QCoreApplication::translate("athanor::OpenAiProtocol", "an embedding has no valid index"));
        vectors[size_t(index)] = protocol_json::floats(item.toObject().value(QLatin1String("embedding")));
        if (vectors[size_t(index)].empty())
            return Error::data(QCoreApplication::translate("athanor::OpenAiProtocol",
                                                           "embedding %1 is not a list of numbers")
                                   .arg(index));
    }
    return vectors;
}

} // namespace athanor
