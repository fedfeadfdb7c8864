#include "ProviderClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

namespace athanor {

ProviderClient::ProviderClient(ProviderConfig config, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_protocol(WireProtocol::create(m_config.kind))
    , m_network(network ? network : new QNetworkAccessManager(this))
{
}

ProviderCall* ProviderClient::chat(const ChatRequest& request, bool stream)
{
    return startCall(m_protocol->chatCall(m_config, request, stream),
                     stream ? ProviderCall::Mode::Stream : ProviderCall::Mode::Whole,
                     [protocol = m_protocol](ProviderCall& call, const QByteArray& body) -> std::optional<QString> {
                         Result<ChatResult> result = protocol->parseChat(body);
                         if (!result)
                             return result.error().what;
                         const ChatResult previous = call.chat();
                         call.chat() = *result;
                         call.chat().latencyMs = previous.latencyMs;
                         call.chat().attempts = previous.attempts;
                         return std::nullopt;
                     });
}

ProviderCall* ProviderClient::listModels()
{
    return startCall(m_protocol->modelsCall(m_config), ProviderCall::Mode::Whole,
                     [protocol = m_protocol](ProviderCall& call, const QByteArray& body) -> std::optional<QString> {
                         Result<QStringList> models = protocol->parseModels(body);
                         if (!models)
                             return models.error().what;
                         call.models() = *models;
                         return std::nullopt;
                     });
}

ProviderCall* ProviderClient::embed(const QString& model, const QStringList& texts)
{
    const qsizetype expected = texts.size();
    return startCall(m_protocol->embedCall(m_config, model, texts), ProviderCall::Mode::Whole,
                     [protocol = m_protocol, expected](ProviderCall& call, const QByteArray& body) -> std::optional<QString> {
                         Result<std::vector<std::vector<float>>> vectors = protocol->parseEmbeddings(body);
                         if (!vectors)
                             return vectors.error().what;
                         if (qsizetype(vectors->size()) != expected)
                             return QCoreApplication::translate("athanor::ProviderClient",
                                                                "%1 embeddings for %2 texts")
                                 .arg(vectors->size())
                                 .arg(expected);
                         call.embeddings() = std::move(*vectors);
                         return std::nullopt;
                     });
}

ProviderCall* ProviderClient::startCall(HttpCall http, ProviderCall::Mode mode, ProviderCall::BodyDecoder decoder)
{
    auto* call = new ProviderCall(m_network, m_protocol, m_config, std::move(http), mode, std::move(decoder), this);
    call->start();
    return call;
}

bool waitForCall(ProviderCall* call)
{
    if (!call->isFinished()) {
        QEventLoop loop;
        QObject::connect(call, &ProviderCall::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return call->ok();
}

} // namespace athanor
