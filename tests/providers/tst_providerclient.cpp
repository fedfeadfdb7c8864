#include "FakeHttpServer.h"
#include "ProviderSamples.h"
#include "TestRegistry.h"
#include "core/providers/ProviderClient.h"
#include "core/providers/RemoteEmbedder.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace athanor;
using namespace athanor::test;
using Response = FakeHttpServer::Response;

namespace {

constexpr const char* kKey = "sk-secret-abcdefghijklmnop";

ProviderConfig configFor(ProviderKind kind, const FakeHttpServer& server)
{
    ProviderConfig config;
    config.kind = kind;
    // The fake serves every provider under its default path layout.
    const QString path = QUrl(providerInfo(kind).defaultBaseUrl).path();
    config.baseUrl = server.baseUrl() + path;
    config.model = QStringLiteral("test-model");
    config.apiKey = kind == ProviderKind::Ollama ? QString() : QString::fromLatin1(kKey);
    config.retryBaseDelayMs = 20;
    config.timeoutMs = 10000;
    return config;
}

ChatRequest hello()
{
    ChatRequest request;
    request.system = QStringLiteral("Be brief.");
    request.messages = {{QStringLiteral("user"), QStringLiteral("Say hello")}};
    request.temperature = 0.3;
    return request;
}

QByteArray streamType(ProviderKind kind)
{
    return kind == ProviderKind::Ollama ? QByteArray("application/x-ndjson") : QByteArray("text/event-stream");
}

QByteArray sampleStream(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Anthropic:
        return samples::kAnthropicStream;
    case ProviderKind::Google:
        return samples::kGeminiStream;
    case ProviderKind::Ollama:
        return samples::kOllamaStream;
    default:
        return samples::kOpenAiStream;
    }
}

QByteArray sampleWhole(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Anthropic:
        return samples::kAnthropicWhole;
    case ProviderKind::Google:
        return samples::kGeminiWhole;
    case ProviderKind::Ollama:
        return samples::kOllamaWhole;
    default:
        return samples::kOpenAiWhole;
    }
}

QString expectedPath(ProviderKind kind, bool stream)
{
    switch (kind) {
    case ProviderKind::OpenAI:
        return QStringLiteral("/v1/chat/completions");
    case ProviderKind::OpenRouter:
        return QStringLiteral("/api/v1/chat/completions");
    case ProviderKind::Anthropic:
        return QStringLiteral("/v1/messages");
    case ProviderKind::Google:
        return stream ? QStringLiteral("/v1beta/models/test-model:streamGenerateContent?alt=sse")
                      : QStringLiteral("/v1beta/models/test-model:generateContent");
    case ProviderKind::Ollama:
        return QStringLiteral("/api/chat");
    }
    return {};
}

void addProviderRows()
{
    QTest::addColumn<int>("kind");
    for (const ProviderInfo& info : allProviders())
        QTest::newRow(info.name.toLatin1()) << int(info.kind);
}

} // namespace

class ProviderClientTest : public QObject
{
    Q_OBJECT
private slots:
    void streamedChatSplitAnywhere_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("pieceSize");
        const QList<int> sizes{1, 7, 61, 4096};
        for (const ProviderInfo& info : allProviders())
            for (int size : sizes)
                QTest::newRow(qPrintable(QStringLiteral("%1 by %2").arg(info.name).arg(size))) << int(info.kind) << size;
    }
    void streamedChatSplitAnywhere()
    {
        QFETCH(int, kind);
        QFETCH(int, pieceSize);
        const auto provider = ProviderKind(kind);
        FakeHttpServer server;
        server.enqueue(Response::streamed(streamType(provider), sampleStream(provider), pieceSize, 0));
        ProviderClient client(configFor(provider, server));
        ProviderCall* call = client.chat(hello(), true);
        QStringList deltas;
        connect(call, &ProviderCall::delta, this, [&](const QString& text) { deltas << text; });
        QVERIFY2(waitForCall(call), call->ok() ? "" : qPrintable(call->error().error.message()));
        QCOMPARE(deltas.join(QString()), QString::fromUtf8(samples::kStreamText));
        QCOMPARE(call->chat().text, QString::fromUtf8(samples::kStreamText));
        QVERIFY(deltas.size() >= 3);
        QVERIFY(call->chat().usage.output > 0);
        QVERIFY(call->chat().usage.input > 0);

        const FakeHttpServer::Request request = server.requests().value(0);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(QString::fromLatin1(request.target), expectedPath(provider, true));
        QCOMPARE(request.header("content-type"), QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QVERIFY(!body.isEmpty());
        switch (provider) {
        case ProviderKind::OpenAI:
        case ProviderKind::OpenRouter:
            QCOMPARE(request.header("authorization"), QByteArray("Bearer ") + kKey);
            QCOMPARE(body.value("stream").toBool(), true);
            QCOMPARE(body.value("model").toString(), QStringLiteral("test-model"));
            break;
        case ProviderKind::Anthropic:
            QCOMPARE(request.header("x-api-key"), QByteArray(kKey));
            QCOMPARE(request.header("anthropic-version"), QByteArray("2023-06-01"));
            QCOMPARE(body.value("system").toString(), QStringLiteral("Be brief."));
            break;
        case ProviderKind::Google:
            QCOMPARE(request.header("x-goog-api-key"), QByteArray(kKey));
            QVERIFY(!request.target.contains("key="));
            break;
        case ProviderKind::Ollama:
            QVERIFY(request.header("authorization").isEmpty());
            QCOMPARE(body.value("stream").toBool(), true);
            break;
        }
        if (provider == ProviderKind::OpenRouter)
            QCOMPARE(request.header("x-title"), QByteArray("Athanor"));
    }

    void wholeChat_data() { addProviderRows(); }
    void wholeChat()
    {
        QFETCH(int, kind);
        const auto provider = ProviderKind(kind);
        FakeHttpServer server;
        server.enqueue(Response::json(200, sampleWhole(provider)));
        ProviderClient client(configFor(provider, server));
        ProviderCall* call = client.chat(hello(), false);
        QSignalSpy deltas(call, &ProviderCall::delta);
        QVERIFY(waitForCall(call));
        QCOMPARE(call->chat().text, QStringLiteral("Hello there."));
        QCOMPARE(deltas.count(), 0);
        QCOMPARE(call->chat().attempts, 1);
        QVERIFY(call->chat().latencyMs >= 0);
        QCOMPARE(QString::fromLatin1(server.requests().value(0).target), expectedPath(provider, false));
    }

    void unauthorizedSaysWhichKeyAndHidesIt_data() { addProviderRows(); }
    void unauthorizedSaysWhichKeyAndHidesIt()
    {
        QFETCH(int, kind);
        const auto provider = ProviderKind(kind);
        if (provider == ProviderKind::Ollama)
            QSKIP("Ollama has no key");
        FakeHttpServer server;
        // Providers echo part of the key; the message must not.
        server.enqueue(Response::json(
            401, QByteArray(R"({"error":{"message":"Incorrect API key provided: sk-secret-abc*****lmnop. Find yours in your dashboard."}})")));
        ProviderClient client(configFor(provider, server));
        ProviderCall* call = client.chat(hello(), true);
        QVERIFY(!waitForCall(call));
        QCOMPARE(call->error().reason, ProviderError::Reason::Auth);
        QCOMPARE(call->error().httpStatus, 401);
        const QString text = call->error().error.message() + call->error().error.hint;
        QVERIFY2(text.contains(providerInfo(provider).keyEnvVars.first()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Edit ▸ Providers")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("sk-secret")) && !text.contains(QStringLiteral("lmnop")), qPrintable(text));
        QCOMPARE(server.requestCount(), 1); // a wrong key is not retried
    }

    void notFoundNamesTheModel()
    {
        FakeHttpServer server;
        server.enqueue(Response::json(404, R"({"error":"model 'test-model' not found, try pulling it first"})"));
        ProviderClient client(configFor(ProviderKind::Ollama, server));
        ProviderCall* call = client.chat(hello(), true);
        QVERIFY(!waitForCall(call));
        QCOMPARE(call->error().reason, ProviderError::Reason::NotFound);
        QVERIFY(call->error().error.what.contains(QStringLiteral("test-model")));
        QVERIFY(call->error().error.hint.contains(QStringLiteral("athanor-cli models --provider ollama")));
    }

    void honoursRetryAfter()
    {
        FakeHttpServer server;
        server.enqueue(Response::json(429, R"({"error":{"message":"Rate limit reached"}})", {{"Retry-After", "1"}}));
        server.enqueue(Response::streamed("text/event-stream", samples::kOpenAiStream, 50, 0));
        ProviderClient client(configFor(ProviderKind::OpenAI, server));
        ProviderCall* call = client.chat(hello(), true);
        QSignalSpy retries(call, &ProviderCall::retrying);
        QVERIFY(waitForCall(call));
        QCOMPARE(call->chat().text, QString::fromUtf8(samples::kStreamText));
        QCOMPARE(call->chat().attempts, 2);
        QCOMPARE(retries.count(), 1);
        QCOMPARE(retries.first().at(1).toInt(), 1000);
        const QList<FakeHttpServer::Request> requests = server.requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY2(requests[1].receivedAtMs - requests[0].receivedAtMs >= 950,
                 qPrintable(QString::number(requests[1].receivedAtMs - requests[0].receivedAtMs)));
        QCOMPARE(requests[1].body, requests[0].body); // the same request again
    }

    void serverErrorThenSuccess()
    {
        FakeHttpServer server;
        server.enqueue(Response::json(500, R"({"error":{"message":"internal"}})"));
        server.enqueue(Response::json(503, "<html>unavailable</html>"));
        server.enqueue(Response::json(200, samples::kAnthropicWhole));
        ProviderClient client(configFor(ProviderKind::Anthropic, server));
        ProviderCall* call = client.chat(hello(), false);
        QVERIFY(waitForCall(call));
        QCOMPARE(call->chat().attempts, 3);
        QCOMPARE(server.requestCount(), 3);
        const QList<FakeHttpServer::Request> requests = server.requests();
        // Exponential: 20 ms then 40 ms.
        QVERIFY(requests[2].receivedAtMs - requests[1].receivedAtMs >= 35);
    }

    void givesUpAfterMaxRetries()
    {
        FakeHttpServer server;
        server.setFallback(Response::json(502, R"({"error":{"message":"bad gateway"}})"));
        ProviderConfig config = configFor(ProviderKind::Google, server);
        config.maxRetries = 2;
        ProviderClient client(config);
        ProviderCall* call = client.chat(hello(), true);
        QVERIFY(!waitForCall(call));
        QCOMPARE(call->error().reason, ProviderError::Reason::Server);
        QVERIFY(call->error().error.what.contains(QStringLiteral("bad gateway")));
        QCOMPARE(server.requestCount(), 3);
    }

    void retryAfterLongerThanTheCapFailsAtOnce()
    {
        FakeHttpServer server;
        server.enqueue(Response::json(429, "{}", {{"Retry-After", "3600"}}));
        ProviderClient client(configFor(ProviderKind::OpenAI, server));
        QElapsedTimer clock;
        clock.start();
        ProviderCall* call = client.chat(hello(), false);
        QVERIFY(!waitForCall(call));
        QCOMPARE(call->error().reason, ProviderError::Reason::RateLimited);
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(server.requestCount(), 1);
    }

    void errorEventBeforeOutputIsRetried()
    {
        FakeHttpServer server;
        server.enqueue(Response::streamed("text/event-stream",
                                          "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n",
                                          1000, 0));
        server.enqueue(Response::streamed("text/event-stream", samples::kAnthropicStream, 100, 0));
        ProviderClient client(configFor(ProviderKind::Anthropic, server));
        ProviderCall* call = client.chat(hello(), true);
        QVERIFY(waitForCall(call));
        QCOMPARE(call->chat().text, QString::fromUtf8(samples::kStreamText));
        QCOMPARE(server.requestCount(), 2);
    }

    void cancelStopsASlowStreamAtOnce()
    {
        FakeHttpServer server;
        QByteArray slow;
        for (int i = 0; i < 100; ++i)
            slow += "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"word \"},\"done\":false}\n";
        Response response = Response::streamed("application/x-ndjson", slow, 70, 100); // ≈ 10 s in all
        server.enqueue(response);
        ProviderClient client(configFor(ProviderKind::Ollama, server));
        ProviderCall* call = client.chat(hello(), true);
        int deltas = 0;
        QElapsedTimer sinceCancel;
        connect(call, &ProviderCall::delta, this, [&] {
            if (++deltas == 1) {
                sinceCancel.start();
                call->cancel();
            }
        });
        QVERIFY(!waitForCall(call));
        QVERIFY(sinceCancel.isValid());
        QVERIFY(sinceCancel.elapsed() < 200);
        QCOMPARE(call->error().reason, ProviderError::Reason::Cancelled);
        QCOMPARE(deltas, 1); // nothing is delivered after cancel
        QTRY_COMPARE_WITH_TIMEOUT(server.abandonedCount(), 1, 3000); // the connection really closed
        QCOMPARE(server.requestCount(), 1);
    }

    void malformedBodyIsNotRetried()
    {
        FakeHttpServer server;
        server.enqueue(Response::json(200, "<html>captive portal</html>"));
        ProviderClient client(configFor(ProviderKind::OpenRouter, server));
        ProviderCall* call = client.chat(hello(), false);
        QVERIFY(!waitForCall(call));
        QCOMPARE(call->error().reason, ProviderError::Reason::Malformed);
        QVERIFY(call->error().error.what.contains(QStringLiteral("OpenRouter")));
        QCOMPARE(server.requestCount(), 1);
    }

    void malformedStreamEvent()
    {
        FakeHttpServer server;
        server.enqueue(Response::streamed("text/event-stream", "data: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\n\ndata: {oops\n\n", 1000, 0));
        ProviderClient client(configFor(ProviderKind::OpenAI, server));
        ProviderCall* call = client.chat(hello(), true);
        QVERIFY(!waitForCall(call));
        QCOMPARE(call->error().reason, ProviderError::Reason::Malformed);
        QCOMPARE(call->chat().text, QStringLiteral("a"));
    }

    void streamEndingEarlyIsAnError()
    {
        FakeHttpServer server;
        // Two deltas, then the server closes cleanly without a finish reason or [DONE].
        server.enqueue(Response::streamed("text/event-stream", samples::kOpenAiStream.left(samples::kOpenAiStream.indexOf("data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o-mini-2024-07-18\",\"choices\":[{\"index\":0,\"delta\":{},")), 4096, 0));
        ProviderClient client(configFor(ProviderKind::OpenAI, server));
        ProviderCall* call = client.chat(hello(), true);
        QVERIFY(!waitForCall(call));
        QCOMPARE(call->error().reason, ProviderError::Reason::Unreachable);
        QVERIFY(call->error().error.what.contains(QStringLiteral("before the answer was complete")));
        QCOMPARE(server.requestCount(), 1); // output was already shown: not retried
    }

    void droppedConnectionIsRetried()
    {
        FakeHttpServer server;
        Response drop;
        drop.dropConnection = true;
        server.enqueue(drop);
        server.enqueue(Response::json(200, samples::kOllamaWhole));
        ProviderClient client(configFor(ProviderKind::Ollama, server));
        ProviderCall* call = client.chat(hello(), false);
        QVERIFY2(waitForCall(call), call->ok() ? "" : qPrintable(call->error().error.message()));
        QCOMPARE(server.requestCount(), 2);
    }

    void unreachableHost()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        } // closed: nothing listens there now
        ProviderConfig config;
        config.kind = ProviderKind::Ollama;
        config.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        config.maxRetries = 1;
        config.retryBaseDelayMs = 10;
        ProviderClient client(config);
        ProviderCall* call = client.chat(hello(), true);
        QVERIFY(!waitForCall(call));
        QCOMPARE(call->error().reason, ProviderError::Reason::Unreachable);
        QVERIFY(call->error().error.hint.contains(QStringLiteral("ollama serve")));
        QVERIFY(call->error().error.where.contains(QString::number(port)));
    }

    void idleTimeout()
    {
        FakeHttpServer server;
        server.enqueue(Response::streamed("application/x-ndjson", samples::kOllamaStream, 40, 3000));
        ProviderConfig config = configFor(ProviderKind::Ollama, server);
        config.idleTimeoutMs = 300;
        ProviderClient client(config);
        QElapsedTimer clock;
        clock.start();
        ProviderCall* call = client.chat(hello(), true);
        QVERIFY(!waitForCall(call));
        QCOMPARE(call->error().reason, ProviderError::Reason::Timeout);
        QVERIFY(clock.elapsed() < 2500);
    }

    void overallTimeout()
    {
        FakeHttpServer server;
        server.setFallback(Response::json(503, "{}"));
        ProviderConfig config = configFor(ProviderKind::OpenAI, server);
        config.timeoutMs = 300;
        config.retryBaseDelayMs = 1000; // the deadline comes first
        ProviderClient client(config);
        ProviderCall* call = client.chat(hello(), false);
        QVERIFY(!waitForCall(call));
        QCOMPARE(call->error().reason, ProviderError::Reason::Timeout);
    }

    // A server that never ends its answer: text without end is cut at the answer limit (memory
    // stays bounded), keep-alives without end by the whole exchange's deadline.
    void endlessStreams_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("text");
        for (const ProviderInfo& info : allProviders()) {
            QTest::newRow(qPrintable(info.name + QStringLiteral(" text"))) << int(info.kind) << true;
            QTest::newRow(qPrintable(info.name + QStringLiteral(" keep-alives"))) << int(info.kind) << false;
        }
    }
    void endlessStreams()
    {
        QFETCH(int, kind);
        QFETCH(bool, text);
        const auto provider = ProviderKind(kind);
        const QByteArray words = QByteArray("forever and ever ").repeated(2048); // 34 KB of text per event
        QByteArray event;
        if (!text)
            event = provider == ProviderKind::Ollama ? QByteArray("\n") : QByteArray(": keep-alive\n\n");
        else if (provider == ProviderKind::Anthropic)
            event = "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
                    "\"delta\":{\"type\":\"text_delta\",\"text\":\"" + words + "\"}}\n\n";
        else if (provider == ProviderKind::Google)
            event = "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"" + words +
                    "\"}],\"role\":\"model\"}}]}\n\n";
        else if (provider == ProviderKind::Ollama)
            event = "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"" + words +
                    "\"},\"done\":false}\n";
        else
            event = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + words + "\"}}]}\n\n";
        FakeHttpServer server;
        Response endless = Response::streamed(streamType(provider), event, int(event.size()), text ? 0 : 20);
        endless.endless = true;
        server.enqueue(endless);
        ProviderConfig config = configFor(provider, server);
        config.timeoutMs = 800;
        config.maxRetries = 0;
        ProviderClient client(config);
        QElapsedTimer clock;
        clock.start();
        ProviderCall* call = client.chat(hello(), true);
        QVERIFY(!waitForCall(call));
        if (text) {
            QCOMPARE(call->error().reason, ProviderError::Reason::Malformed);
            QVERIFY2(call->error().error.what.contains("kept streaming"), qPrintable(call->error().error.message()));
        } else {
            QCOMPARE(call->error().reason, ProviderError::Reason::Timeout);
            QVERIFY(clock.elapsed() < 4000);
        }
        QVERIFY(call->chat().text.size() <= 4 * 1024 * 1024 + words.size());
        QTRY_COMPARE_WITH_TIMEOUT(server.abandonedCount(), 1, 5000); // the connection was closed
    }

    void listsModels()
    {
        FakeHttpServer server;
        server.enqueue(Response::json(200, R"({"models":[{"name":"models/gemini-b"},{"name":"models/gemini-a"}]})"));
        ProviderClient client(configFor(ProviderKind::Google, server));
        ProviderCall* call = client.listModels();
        QVERIFY(waitForCall(call));
        QCOMPARE(call->models(), (QStringList{"gemini-a", "gemini-b"}));
        QCOMPARE(server.requests().value(0).method, QByteArray("GET"));
        QCOMPARE(server.requests().value(0).target, QByteArray("/v1beta/models?pageSize=1000"));
        QCOMPARE(server.requests().value(0).header("x-goog-api-key"), QByteArray(kKey));
    }

    void remoteEmbedder_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("probe");
        QTest::addColumn<QByteArray>("batch");
        QTest::addColumn<QByteArray>("batchPath");
        QTest::newRow("openai") << int(ProviderKind::OpenAI) << QByteArray(R"({"data":[{"index":0,"embedding":[3,4,0]}]})")
                                << QByteArray(R"({"data":[{"index":0,"embedding":[1,0,0]},{"index":1,"embedding":[0,2,0]}]})")
                                << QByteArray("/v1/embeddings");
        QTest::newRow("gemini") << int(ProviderKind::Google) << QByteArray(R"({"embedding":{"values":[3,4,0]}})")
                                << QByteArray(R"({"embeddings":[{"values":[1,0,0]},{"values":[0,2,0]}]})")
                                << QByteArray("/v1beta/models/embed-model:batchEmbedContents");
        QTest::newRow("ollama") << int(ProviderKind::Ollama) << QByteArray(R"({"embeddings":[[3,4,0]]})")
                                << QByteArray(R"({"embeddings":[[1,0,0],[0,2,0]]})") << QByteArray("/api/embed");
    }
    void remoteEmbedder()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, probe);
        QFETCH(QByteArray, batch);
        QFETCH(QByteArray, batchPath);
        FakeHttpServer server;
        server.enqueue(Response::json(200, probe));
        server.enqueue(Response::json(200, batch));
        auto embedder = RemoteEmbedder::connect(configFor(ProviderKind(kind), server), QStringLiteral("embed-model"));
        QVERIFY2(embedder.ok(), embedder.ok() ? "" : qPrintable(embedder.error().message()));
        QCOMPARE((*embedder)->dimension(), 3);
        QCOMPARE((*embedder)->model(), providerName(ProviderKind(kind)) + QStringLiteral(":embed-model"));
        auto vectors = (*embedder)->tryEmbedMany({QStringLiteral("a"), QStringLiteral("b")});
        QVERIFY(vectors.ok());
        QCOMPARE(vectors->size(), size_t(2));
        QCOMPARE(vectors->at(1), (std::vector<float>{0, 1, 0})); // normalised
        QCOMPARE(server.requests().value(1).target, batchPath);

        server.enqueue(Response::json(200, R"({"embeddings":[[1,0]], "data":[{"index":0,"embedding":[1,0]}]})"));
        auto wrong = (*embedder)->tryEmbedMany({QStringLiteral("c")});
        QVERIFY(!wrong.ok()); // a vector of another dimension
    }

    void remoteEmbedderRefusesAProviderWithoutEmbeddings()
    {
        FakeHttpServer server;
        auto embedder = RemoteEmbedder::connect(configFor(ProviderKind::Anthropic, server));
        QVERIFY(!embedder.ok());
        QCOMPARE(server.requestCount(), 0);
    }
};

ATHANOR_TEST(ProviderClientTest)
#include "tst_providerclient.moc"
