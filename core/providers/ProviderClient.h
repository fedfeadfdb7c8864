#pragma once

#include "ProviderCall.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace athanor {

// The entry point to one configured provider: chats (whole or streamed), its model list and
// embeddings. Calls are children of the client; delete them (deleteLater) when done.
class ProviderClient : public QObject
{
    Q_OBJECT
public:
    // `network` may be shared by several clients; without one the client makes its own.
    explicit ProviderClient(ProviderConfig config, QNetworkAccessManager* network = nullptr, QObject* parent = nullptr);

    const ProviderConfig& config() const { return m_config; }
    const WireProtocol& protocol() const { return *m_protocol; }

    // Started calls: connect to finished() (and delta() for streams).
    ProviderCall* chat(const ChatRequest& request, bool stream);
    ProviderCall* listModels();
    ProviderCall* embed(const QString& model, const QStringList& texts);

private:
    ProviderCall* startCall(HttpCall http, ProviderCall::Mode mode, ProviderCall::BodyDecoder decoder);

    ProviderConfig m_config;
    std::shared_ptr<const WireProtocol> m_protocol;
    QNetworkAccessManager* m_network;
};

// Runs the event loop until the call has finished; true when it succeeded. For the CLI and
// worker threads; the GUI connects to finished() instead.
bool waitForCall(ProviderCall* call);

} // namespace athanor
