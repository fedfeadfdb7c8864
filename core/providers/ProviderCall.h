#pragma once

#include "ChatTypes.h"
#include "ProviderError.h"
#include "RetryPolicy.h"
#include "WireProtocol.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace athanor {

class StreamReader;

// One exchange with a provider: sends the request, retries 429, 5xx and dropped connections
// with backoff (honouring Retry-After) as long as nothing was streamed yet, enforces the
// timeouts, streams deltas, and ends with finished() exactly once: ok(), or error().
class ProviderCall : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Whole, Stream };
    // Decodes a whole 2xx body into the call's result; returns an error message when it cannot.
    using BodyDecoder = std::function<std::optional<QString>(ProviderCall& call, const QByteArray& body)>;

    ProviderCall(QNetworkAccessManager* network, std::shared_ptr<const WireProtocol> protocol, ProviderConfig config,
                 HttpCall http, Mode mode, BodyDecoder decoder, QObject* parent = nullptr);
    ~ProviderCall() override;

    void start();
    // Stops at once: the connection is closed and finished() follows with a Cancelled error.
    void cancel();

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error; }
    const ProviderError& error() const { return *m_error; }
    const HttpCall& request() const { return m_http; }

    // Results; which one is filled depends on what was asked.
    ChatResult& chat() { return m_chat; }
    const ChatResult& chat() const { return m_chat; }
    QStringList& models() { return m_models; }
    std::vector<std::vector<float>>& embeddings() { return m_embeddings; }

signals:
    void delta(const QString& text);
    void retrying(int retry, int delayMs, const QString& reason);
    void finished();

private:
    void send();
    void onReadyRead();
    void onReplyFinished();
    void onTimeout();
    bool consumeEvents(const QList<struct StreamEvent>& events);
    void handleHttpFailure(int status, const QByteArray& retryAfter);
    void retryOrFail(const ProviderError& error, const QByteArray& retryAfter);
    void finishOk();
    void fail(const ProviderError& error);
    void dropReply();
    QString where() const;

    QNetworkAccessManager* m_network;
    std::shared_ptr<const WireProtocol> m_protocol;
    ProviderConfig m_config;
    HttpCall m_http;
    Mode m_mode;
    BodyDecoder m_decoder;
    RetryPolicy m_retry;

    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<StreamReader> m_reader;
    QByteArray m_body;
    QElapsedTimer m_attemptClock;
    QTimer m_deadline;   // the whole exchange, retries included
    QTimer m_retryTimer; // the pause before the next attempt
    int m_attempt = 0;
    bool m_streamedAny = false;
    bool m_streamDone = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_finished = false;
    std::optional<ProviderError> m_error;
    ChatResult m_chat;
    QStringList m_models;
    std::vector<std::vector<float>> m_embeddings;
};

} // namespace athanor
