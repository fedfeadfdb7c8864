#include "GeminiProtocol.h"

#include "ProtocolJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace athanor {

namespace {

QList<QPair<QByteArray, QByteArray>> headersFor(const ProviderConfig& config)
{
    return {{"Content-Type", "application/json"}, {"x-goog-api-key", config.apiKey.toUtf8()}};
}

// "gemini-2.0-flash" or "models/gemini-2.0-flash" → "models/gemini-2.0-flash".
QString resourceName(const QString& model)
{
    return model.startsWith(QLatin1String("models/")) ? model : QStringLiteral("models/") + model;
}

QJsonObject textContent(const QString& text, const QString& role = {})
{
    QJsonObject content{{QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), text}}}}};
    if (!role.isEmpty())
        content.insert(QStringLiteral("role"), role);
    return content;
}

// A GenerateContentResponse, whole or one streamed chunk of it.
Result<StreamDelta> decodeResponse(const QJsonObject& object)
{
    if (object.contains(QLatin1String("error")))
        return Error::network(
            object.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString());
    StreamDelta delta;
    const QJsonArray candidates = object.value(QLatin1String("candidates")).toArray();
    if (!candidates.isEmpty()) {
        const QJsonObject candidate = candidates.first().toObject();
        for (const QJsonValue& part :
             candidate.value(QLatin1String("content")).toObject().value(QLatin1String("parts")).toArray())
            if (!part.toObject().value(QLatin1String("thought")).toBool())
                delta.text += part.toObject().value(QLatin1String("text")).toString();
        delta.finishReason = candidate.value(QLatin1String("finishReason")).toString();
    }
    if (object.value(QLatin1String("usageMetadata")).isObject()) {
        const QJsonObject usage = object.value(QLatin1String("usageMetadata")).toObject();
        delta.usage = TokenUsage{usage.value(QLatin1String("promptTokenCount")).toInt(),
                                 usage.value(QLatin1String("candidatesTokenCount")).toInt()};
    }
    delta.model = object.value(QLatin1String("modelVersion")).toString();
    return delta;
}

} // namespace

HttpCall GeminiProtocol::chatCall(const ProviderConfig& config, const ChatRequest& request, bool stream) const
{
    QJsonArray contents;
    for (const ChatMessage& message : request.messages)
        contents.append(textContent(message.content, message.role == QLatin1String("assistant")
                                                         ? QStringLiteral("model")
                                                         : QStringLiteral("user")));
    QJsonObject body{{QStringLiteral("contents"), contents}};
    if (!request.system.isEmpty())
        body.insert(QStringLiteral("systemInstruction"), textContent(request.system));
    QJsonObject generation;
    if (request.temperature)
        generation.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.maxTokens)
        generation.insert(QStringLiteral("maxOutputTokens"), *request.maxTokens);
    if (!generation.isEmpty())
        body.insert(QStringLiteral("generationConfig"), generation);

    const QString model = resourceName(request.model.isEmpty() ? config.effectiveModel() : request.model);
    HttpCall call;
    call.url = QUrl(
        config.effectiveBaseUrl() + QLatin1Char('/') + model +
        (stream ? QStringLiteral(":streamGenerateContent?alt=sse") : QStringLiteral(":generateContent")));
    call.headers = headersFor(config);
    if (stream)
        call.headers.append(qMakePair(QByteArray("Accept"), QByteArray("text/event-stream")));
    call.body = protocol_json::compact(body);
    return call;
}

Result<ChatResult> GeminiProtocol::parseChat(const QByteArray& body) const
{
    Result<QJsonObject> object = protocol_json::parseObject(body);
    if (!object)
        return object.error();
    if (!object->value(QLatin1String("candidates")).isArray())
        return Error::data(
            QCoreApplication::translate("athanor::GeminiProtocol", "the answer has no \"candidates\" list"));
    Result<StreamDelta> delta = decodeResponse(*object);
    if (!delta)
        return delta.error();
    ChatResult result;
    result.text = delta->text;
    result.model = delta->model;
    result.finishReason = delta->finishReason;
    result.usage = delta->usage.value_or(TokenUsage{});
    return result;
}

Result<StreamDelta> GeminiProtocol::parseStreamEvent(const QByteArray&, const QByteArray& data) const
{
    Result<QJsonObject> object = protocol_json::parseObject(data);
    if (!object)
        return object.error();
    return decodeResponse(*object);
}

HttpCall GeminiProtocol::modelsCall(const ProviderConfig& config) const
{
    HttpCall call;
    call.method = "GET";
    call.url = QUrl(config.effectiveBaseUrl() + QStringLiteral("/models?pageSize=1000"));
    call.headers = headersFor(config);
    return call;
}

Result<QStringList> GeminiProtocol::parseModels(const QByteArray& body) const
{
    return protocol_json::modelNames(body, QStringLiteral("models"), QStringLiteral("name"),
                                     QStringLiteral("models/"));
}

HttpCall GeminiProtocol::embedCall(const ProviderConfig& config, const QString& model,
                                   const QStringList& texts) const
{
    const QString name = resourceName(model);
    HttpCall call;
    call.headers = headersFor(config);
    if (texts.size() == 1) {
        call.url =
            QUrl(config.effectiveBaseUrl() + QLatin1Char('/') + name + QStringLiteral(":embedContent"));
        call.body = protocol_json::compact({{QStringLiteral("content"), textContent(texts.first())}});
        return call;
    }
    QJsonArray requests;
    for (const QString& text : texts)
        requests.append(
            QJsonObject{{QStringLiteral("model"), name}, {QStringLiteral("content"), textContent(text)}});
    call.url =
        QUrl(config.effectiveBaseUrl() + QLatin1Char('/') + name + QStringLiteral(":batchEmbedContents"));
    call.body = protocol_json::compact({{QStringLiteral("requests"), requests}});
    return call;
}

Result<std::vector<std::vector<float>>> GeminiProtocol::parseEmbeddings(const QByteArray& body) const
{
    Result<QJsonObject> object = protocol_json::parseObject(body);
    if (!object)
        return object.error();
    std::vector<std::vector<float>> vectors;
    if (object->value(QLatin1String("embedding")).isObject()) {
        vectors.push_back(protocol_json::floats(
            object->value(QLatin1String("embedding")).toObject().value(QLatin1String("values"))));
    } else {
        for (const QJsonValue& item : object->value(QLatin1String("embeddings")).toArray())
            vectors.push_back(protocol_json::floats(item.toObject().value(QLatin1String("values"))));
    }
    for (size_t i = 0; i < vectors.size(); ++i)
        if (vectors[i].empty())
            return Error::data(QCoreApplication::translate("athanor::GeminiProtocol",
                                                           "embedding %1 is not a list of numbers")
                                   .arg(i));
    return vectors;
}

} // namespace athanor
