#include "ProviderCall.h"

#include "StreamReader.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace athanor {

namespace {

// More than this in one non-streamed answer is not an LLM answer.
constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;
// Far beyond any model's longest answer (about a million tokens): a server that streams text
// without end is stopped here rather than filling the memory until the deadline.
constexpr qsizetype kMaxAnswerChars = 4 * 1024 * 1024;
constexpr qint64 kReadBufferBytes = 1024 * 1024;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

} // namespace

ProviderCall::ProviderCall(QNetworkAccessManager* network, std::shared_ptr<const WireProtocol> protocol,
                           ProviderConfig config, HttpCall http, Mode mode, BodyDecoder decoder, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_protocol(std::move(protocol))
    , m_config(std::move(config))
    , m_http(std::move(http))
    , m_mode(mode)
    , m_decoder(std::move(decoder))
    , m_retry{m_config.maxRetries, m_config.retryBaseDelayMs, m_config.retryMaxDelayMs}
{
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ProviderCall::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ProviderCall::send);
}

ProviderCall::~ProviderCall()
{
    dropReply();
}

void ProviderCall::start()
{
    if (m_attempt > 0 || m_finished)
        return;
    if (m_config.timeoutMs > 0)
        m_deadline.start(m_config.timeoutMs);
    send();
}

void ProviderCall::send()
{
    ++m_attempt;
    m_body.clear();
    m_reader.reset();
    if (m_mode == Mode::Stream) {
        if (m_protocol->framing() == WireProtocol::StreamFraming::ServerSentEvents)
            m_reader = std::make_unique<SseReader>();
        else
            m_reader = std::make_unique<JsonLinesReader>();
    }
    QNetworkRequest request(m_http.url);
    for (const auto& [name, value] : m_http.headers)
        request.setRawHeader(name, value);
    if (m_config.idleTimeoutMs > 0)
        request.setTransferTimeout(m_config.idleTimeoutMs);
    m_attemptClock.start();
    m_reply = m_http.method == "GET" ? m_network->get(request)
                                     : m_network->sendCustomRequest(request, m_http.method, m_http.body);
    // Without a bound, Qt reads the socket as fast as a server sends and buffers it all: a server
    // faster than we parse would grow the memory. Bounded, TCP itself slows the server down.
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::readyRead, this, &ProviderCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ProviderCall::onReplyFinished);
}

void ProviderCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    fail(ProviderError::cancelled(m_config.kind, where()));
}

void ProviderCall::onTimeout()
{
    if (m_finished)
        return;
    m_timedOut = true;
    fail(ProviderError::timeout(m_config.kind, where(), m_config.timeoutMs));
}

void ProviderCall::onReadyRead()
{
    if (!m_reply || m_finished)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray chunk = m_reply->readAll();
    if (m_mode == Mode::Stream && isSuccess(status)) {
        if (!consumeEvents(m_reader->feed(chunk)))
            return;
        if (m_reader->overflowed())
            fail(ProviderError::malformed(m_config.kind, where(), tr("a streamed event is larger than %1 MB")
                                                                      .arg(StreamReader::kDefaultMaxEventBytes >> 20)));
        return;
    }
    m_body += chunk;
    if (m_body.size() > kMaxBodyBytes)
        fail(ProviderError::malformed(m_config.kind, where(), tr("the answer is larger than %1 MB").arg(kMaxBodyBytes >> 20)));
}

bool ProviderCall::consumeEvents(const QList<StreamEvent>& events)
{
    for (const StreamEvent& event : events) {
        Result<StreamDelta> decoded = m_protocol->parseStreamEvent(event.name, event.data);
        if (!decoded) {
            const Error& error = decoded.error();
            if (error.kind == Error::Kind::Network) {
                // The provider reported an error inside the stream (overloaded, content filter, ...).
                ProviderError failure = ProviderError::fromHttp(m_config.kind, 500, error.what, where(),
                                                                m_chat.model, m_config.apiKey);
                if (!m_streamedAny) {
                    retryOrFail(failure, {});
                    return false;
                }
                fail(failure);
                return false;
            }
            fail(ProviderError::malformed(m_config.kind, where(), error.what));
            return false;
        }
        if (!decoded->model.isEmpty())
            m_chat.model = decoded->model;
        if (!decoded->finishReason.isEmpty())
            m_chat.finishReason = decoded->finishReason;
        if (decoded->usage) {
            // Providers send usage in pieces (Anthropic: input first, output at the end).
            if (decoded->usage->input > 0)
                m_chat.usage.input = decoded->usage->input;
            if (decoded->usage->output > 0)
                m_chat.usage.output = decoded->usage->output;
        }
        m_streamDone = m_streamDone || decoded->done;
        if (!decoded->text.isEmpty()) {
            m_streamedAny = true;
            m_chat.text += decoded->text;
            if (m_chat.text.size() > kMaxAnswerChars) {
                fail(ProviderError::malformed(
                    m_config.kind, where(),
                    tr("the answer is longer than %1 million characters: the server kept streaming")
                        .arg(kMaxAnswerChars >> 20)));
                return false;
            }
            emit delta(decoded->text);
            if (m_finished) // a slot cancelled us
                return false;
        }
    }
    return true;
}

void ProviderCall::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_finished || sender() != reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString networkMessage = reply->errorString();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    if (reply->bytesAvailable() > 0)
        onReadyRead();
    if (m_finished)
        return;
    dropReply();

    if (status == 0 || (networkError != QNetworkReply::NoError && isSuccess(status))) {
        // No HTTP answer, or the connection broke in the middle of one.
        const ProviderError error = networkError == QNetworkReply::OperationCanceledError
            ? ProviderError::timeout(m_config.kind, where(), m_config.idleTimeoutMs) // the idle transfer timeout
            : ProviderError::unreachable(m_config.kind, where(), networkMessage);
        if (m_streamedAny)
            fail(error);
        else
            retryOrFail(error, {});
        return;
    }
    if (!isSuccess(status)) {
        handleHttpFailure(status, retryAfter);
        return;
    }
    m_chat.latencyMs = m_attemptClock.elapsed();
    m_chat.attempts = m_attempt;
    if (m_mode == Mode::Stream) {
        if (!consumeEvents(m_reader->finish()))
            return;
        if (!m_streamDone && m_chat.finishReason.isEmpty()) {
            fail(ProviderError::unreachable(m_config.kind, where(), tr("the stream ended before the answer was complete")));
            return;
        }
        finishOk();
        return;
    }
    if (const std::optional<QString> problem = m_decoder(*this, m_body)) {
        fail(ProviderError::malformed(m_config.kind, where(), *problem));
        return;
    }
    finishOk();
}

void ProviderCall::handleHttpFailure(int status, const QByteArray& retryAfter)
{
    const QString model = m_chat.model.isEmpty() ? m_config.effectiveModel() : m_chat.model;
    retryOrFail(ProviderError::fromHttp(m_config.kind, status, m_protocol->errorMessage(m_body), where(), model,
                                        m_config.apiKey),
                retryAfter);
}

void ProviderCall::retryOrFail(const ProviderError& error, const QByteArray& retryAfter)
{
    dropReply();
    const std::optional<int> delay = error.retryable() && !m_streamedAny
        ? m_retry.delayMs(m_attempt, retryAfter, QDateTime::currentDateTimeUtc())
        : std::nullopt;
    if (!delay) {
        fail(error);
        return;
    }
    m_chat = ChatResult{};
    emit retrying(m_attempt, *delay, error.error.what);
    if (!m_finished)
        m_retryTimer.start(*delay);
}

void ProviderCall::finishOk()
{
    m_finished = true;
    m_deadline.stop();
    emit finished();
}

void ProviderCall::fail(const ProviderError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_deadline.stop();
    m_retryTimer.stop();
    dropReply();
    emit finished();
}

void ProviderCall::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

QString ProviderCall::where() const
{
    return redactSecret(m_http.url.toString(QUrl::RemoveUserInfo), m_config.apiKey);
}

} // namespace athanor
