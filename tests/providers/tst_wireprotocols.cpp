#include "ProviderSamples.h"
#include "TestRegistry.h"
#include "core/providers/StreamReader.h"
#include "core/providers/WireProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace athanor;
using namespace athanor::test;

namespace {

ChatRequest sampleRequest()
{
    ChatRequest request;
    request.model = QStringLiteral("m-1");
    request.system = QStringLiteral("Be brief.");
    request.messages = {{QStringLiteral("user"), QStringLiteral("Hi")},
                        {QStringLiteral("assistant"), QStringLiteral("Hello")},
                        {QStringLiteral("user"), QStringLiteral("Again")}};
    request.temperature = 1.5;
    request.maxTokens = 200;
    return request;
}

ProviderConfig configFor(ProviderKind kind, const QString& base = QStringLiteral("http://127.0.0.1:9/api/"))
{
    ProviderConfig config;
    config.kind = kind;
    config.baseUrl = base;
    config.apiKey = QStringLiteral("sk-test-123456789");
    return config;
}

QJsonObject json(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

ChatResult runStream(const WireProtocol& protocol, const QByteArray& body)
{
    std::unique_ptr<StreamReader> reader;
    if (protocol.framing() == WireProtocol::StreamFraming::ServerSentEvents)
        reader = std::make_unique<SseReader>();
    else
        reader = std::make_unique<JsonLinesReader>();
    QList<StreamEvent> events = reader->feed(body);
    events += reader->finish();
    ChatResult result;
    for (const StreamEvent& event : events) {
        Result<StreamDelta> delta = protocol.parseStreamEvent(event.name, event.data);
        if (!delta)
            qFatal("stream event rejected: %s", qPrintable(delta.error().what));
        result.text += delta->text;
        if (delta->usage && delta->usage->input)
            result.usage.input = delta->usage->input;
        if (delta->usage && delta->usage->output)
            result.usage.output = delta->usage->output;
        if (!delta->finishReason.isEmpty())
            result.finishReason = delta->finishReason;
        if (!delta->model.isEmpty())
            result.model = delta->model;
    }
    return result;
}

} // namespace

class WireProtocolTest : public QObject
{
    Q_OBJECT
private slots:
    void openAiChatRequest()
    {
        const auto protocol = WireProtocol::create(ProviderKind::OpenAI);
        const HttpCall call = protocol->chatCall(configFor(ProviderKind::OpenAI), sampleRequest(), true);
        QCOMPARE(call.method, QByteArray("POST"));
        QCOMPARE(call.url.toString(), QStringLiteral("http://127.0.0.1:9/api/chat/completions"));
        QCOMPARE(call.header("Authorization"), QByteArray("Bearer sk-test-123456789"));
        QCOMPARE(call.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(call.header("Accept"), QByteArray("text/event-stream"));
        const QJsonObject body = json(call.body);
        QCOMPARE(body.value("model").toString(), QStringLiteral("m-1"));
        QCOMPARE(body.value("stream").toBool(), true);
        QCOMPARE(body.value("stream_options").toObject().value("include_usage").toBool(), true);
        QCOMPARE(body.value("temperature").toDouble(), 1.5);
        QCOMPARE(body.value("max_tokens").toInt(), 200); // a compatible server: the classic field
        QCOMPARE(QJsonDocument(body.value("messages").toArray()).toJson(QJsonDocument::Compact),
                 QByteArray(R"([{"content":"Be brief.","role":"system"},{"content":"Hi","role":"user"},)"
                            R"({"content":"Hello","role":"assistant"},{"content":"Again","role":"user"}])"));

        const HttpCall official = protocol->chatCall(configFor(ProviderKind::OpenAI, {}), sampleRequest(), false);
        QCOMPARE(official.url.toString(), QStringLiteral("https://api.openai.com/v1/chat/completions"));
        QCOMPARE(json(official.body).value("max_completion_tokens").toInt(), 200);
        QVERIFY(!json(official.body).contains("stream"));
        QVERIFY(official.header("Accept").isEmpty());
    }

    void openRouterAddsAttribution()
    {
        const auto protocol = WireProtocol::create(ProviderKind::OpenRouter);
        const HttpCall call = protocol->chatCall(configFor(ProviderKind::OpenRouter, {}), sampleRequest(), false);
        QCOMPARE(call.url.toString(), QStringLiteral("https://openrouter.ai/api/v1/chat/completions"));
        QCOMPARE(call.header("X-Title"), QByteArray("Athanor"));
        QVERIFY(!call.header("HTTP-Referer").isEmpty());
        QCOMPARE(call.header("Authorization"), QByteArray("Bearer sk-test-123456789"));
        QCOMPARE(json(call.body).value("max_tokens").toInt(), 200);
    }

    void anthropicChatRequest()
    {
        const auto protocol = WireProtocol::create(ProviderKind::Anthropic);
        const HttpCall call = protocol->chatCall(configFor(ProviderKind::Anthropic, {}), sampleRequest(), true);
        QCOMPARE(call.url.toString(), QStringLiteral("https://api.anthropic.com/v1/messages"));
        QCOMPARE(call.header("x-api-key"), QByteArray("sk-test-123456789"));
        QCOMPARE(call.header("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(call.header("Authorization").isEmpty());
        const QJsonObject body = json(call.body);
        QCOMPARE(body.value("system").toString(), QStringLiteral("Be brief."));
        QCOMPARE(body.value("max_tokens").toInt(), 200);
        QCOMPARE(body.value("temperature").toDouble(), 1.0); // clamped to Anthropic's range
        QCOMPARE(body.value("stream").toBool(), true);
        QCOMPARE(body.value("messages").toArray().size(), 3); // the system prompt is not a message
        QCOMPARE(body.value("messages").toArray().first().toObject().value("role").toString(), QStringLiteral("user"));

        ChatRequest bare;
        bare.messages = {{QStringLiteral("user"), QStringLiteral("x")}};
        const QJsonObject defaults = json(protocol->chatCall(configFor(ProviderKind::Anthropic), bare, false).body);
        QCOMPARE(defaults.value("max_tokens").toInt(), 4096); // required by the API
        QCOMPARE(defaults.value("model").toString(), providerInfo(ProviderKind::Anthropic).defaultModel);
        QVERIFY(!defaults.contains("system"));
    }

    void geminiChatRequest()
    {
        const auto protocol = WireProtocol::create(ProviderKind::Google);
        const HttpCall stream = protocol->chatCall(configFor(ProviderKind::Google, {}), sampleRequest(), true);
        QCOMPARE(stream.url.toString(),
                 QStringLiteral("https://generativelanguage.googleapis.com/v1beta/models/m-1:streamGenerateContent?alt=sse"));
        QCOMPARE(stream.header("x-goog-api-key"), QByteArray("sk-test-123456789"));
        QVERIFY(!stream.url.toString().contains("sk-test")); // never in the URL
        const QJsonObject body = json(stream.body);
        QCOMPARE(QJsonDocument(body.value("systemInstruction").toObject()).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"parts":[{"text":"Be brief."}]})"));
        QCOMPARE(body.value("contents").toArray().at(1).toObject().value("role").toString(), QStringLiteral("model"));
        QCOMPARE(body.value("contents").toArray().at(2).toObject().value("parts").toArray().first().toObject().value("text").toString(),
                 QStringLiteral("Again"));
        QCOMPARE(body.value("generationConfig").toObject().value("temperature").toDouble(), 1.5);
        QCOMPARE(body.value("generationConfig").toObject().value("maxOutputTokens").toInt(), 200);

        ChatRequest whole = sampleRequest();
        whole.model = QStringLiteral("models/gemini-x");
        QCOMPARE(protocol->chatCall(configFor(ProviderKind::Google, {}), whole, false).url.toString(),
                 QStringLiteral("https://generativelanguage.googleapis.com/v1beta/models/gemini-x:generateContent"));
    }

    void ollamaChatRequest()
    {
        const auto protocol = WireProtocol::create(ProviderKind::Ollama);
        ProviderConfig config = configFor(ProviderKind::Ollama, {});
        config.apiKey.clear();
        const HttpCall call = protocol->chatCall(config, sampleRequest(), true);
        QCOMPARE(call.url.toString(), QStringLiteral("http://localhost:11434/api/chat"));
        QVERIFY(call.header("Authorization").isEmpty());
        const QJsonObject body = json(call.body);
        QCOMPARE(body.value("stream").toBool(), true);
        QCOMPARE(body.value("options").toObject().value("temperature").toDouble(), 1.5);
        QCOMPARE(body.value("options").toObject().value("num_predict").toInt(), 200);
        QCOMPARE(body.value("messages").toArray().first().toObject().value("role").toString(), QStringLiteral("system"));
        QCOMPARE(json(protocol->chatCall(config, sampleRequest(), false).body).value("stream").toBool(true), false);
    }

    void streamsDecode_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("input");
        QTest::addColumn<int>("output");
        QTest::addColumn<QString>("finish");
        QTest::addColumn<QString>("model");
        QTest::newRow("openai") << int(ProviderKind::OpenAI) << samples::kOpenAiStream << 12 << 7 << "stop"
                                << "gpt-4o-mini-2024-07-18";
        QTest::newRow("anthropic") << int(ProviderKind::Anthropic) << samples::kAnthropicStream << 25 << 15
                                   << "end_turn" << "claude-3-5-haiku-20241022";
        QTest::newRow("gemini") << int(ProviderKind::Google) << samples::kGeminiStream << 8 << 6 << "STOP"
                                << "gemini-2.0-flash";
        QTest::newRow("ollama") << int(ProviderKind::Ollama) << samples::kOllamaStream << 26 << 9 << "stop"
                                << "llama3.2";
    }
    void streamsDecode()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, body);
        QFETCH(int, input);
        QFETCH(int, output);
        QFETCH(QString, finish);
        QFETCH(QString, model);
        const ChatResult result = runStream(*WireProtocol::create(ProviderKind(kind)), body);
        QCOMPARE(result.text, QString::fromUtf8(samples::kStreamText));
        QCOMPARE(result.usage.input, input);
        QCOMPARE(result.usage.output, output);
        QCOMPARE(result.finishReason, finish);
        QCOMPARE(result.model, model);
    }

    void wholeAnswersDecode_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("total");
        QTest::newRow("openai") << int(ProviderKind::OpenAI) << samples::kOpenAiWhole << 12;
        QTest::newRow("anthropic") << int(ProviderKind::Anthropic) << samples::kAnthropicWhole << 14;
        QTest::newRow("gemini") << int(ProviderKind::Google) << samples::kGeminiWhole << 8;
        QTest::newRow("ollama") << int(ProviderKind::Ollama) << samples::kOllamaWhole << 9;
    }
    void wholeAnswersDecode()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, body);
        QFETCH(int, total);
        Result<ChatResult> result = WireProtocol::create(ProviderKind(kind))->parseChat(body);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().what));
        QCOMPARE(result->text, QStringLiteral("Hello there."));
        QCOMPARE(result->usage.total(), total);
        QVERIFY(!result->finishReason.isEmpty());
    }

    void malformedAnswersAreErrors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("body");
        for (int kind = 0; kind <= int(ProviderKind::Ollama); ++kind) {
            const QByteArray name = providerName(ProviderKind(kind)).toLatin1();
            QTest::newRow(name + " html") << kind << QByteArray("<html>Bad gateway</html>");
            QTest::newRow(name + " truncated") << kind << QByteArray(R"({"choices":[{"message":)");
            QTest::newRow(name + " array") << kind << QByteArray("[1,2]");
            QTest::newRow(name + " empty object") << kind << QByteArray("{}");
        }
    }
    void malformedAnswersAreErrors()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, body);
        QVERIFY(!WireProtocol::create(ProviderKind(kind))->parseChat(body).ok());
        QVERIFY(!WireProtocol::create(ProviderKind(kind))->parseModels(body).ok());
    }

    void streamErrorsAreReported()
    {
        Result<StreamDelta> anthropic = WireProtocol::create(ProviderKind::Anthropic)
                                            ->parseStreamEvent("error", R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})");
        QVERIFY(!anthropic.ok());
        QCOMPARE(anthropic.error().what, QStringLiteral("Overloaded"));
        QCOMPARE(anthropic.error().kind, Error::Kind::Network);
        Result<StreamDelta> ollama = WireProtocol::create(ProviderKind::Ollama)->parseStreamEvent({}, R"({"error":"model not loaded"})");
        QVERIFY(!ollama.ok());
        Result<StreamDelta> garbage = WireProtocol::create(ProviderKind::OpenAI)->parseStreamEvent({}, "{not json");
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error().kind, Error::Kind::Data);
    }

    void modelLists_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("models");
        QTest::newRow("openai") << int(ProviderKind::OpenAI) << "https://api.openai.com/v1/models"
                                << QByteArray(R"({"object":"list","data":[{"id":"gpt-4o","object":"model"},{"id":"gpt-4o-mini"}]})")
                                << QStringList{"gpt-4o", "gpt-4o-mini"};
        QTest::newRow("anthropic") << int(ProviderKind::Anthropic) << "https://api.anthropic.com/v1/models?limit=1000"
                                   << QByteArray(R"({"data":[{"type":"model","id":"claude-b"},{"type":"model","id":"claude-a"}],"has_more":false})")
                                   << QStringList{"claude-a", "claude-b"};
        QTest::newRow("gemini") << int(ProviderKind::Google)
                                << "https://generativelanguage.googleapis.com/v1beta/models?pageSize=1000"
                                << QByteArray(R"({"models":[{"name":"models/gemini-2.0-flash"},{"name":"models/text-embedding-004"}]})")
                                << QStringList{"gemini-2.0-flash", "text-embedding-004"};
        QTest::newRow("ollama") << int(ProviderKind::Ollama) << "http://localhost:11434/api/tags"
                                << QByteArray(R"({"models":[{"name":"llama3.2:latest","model":"llama3.2:latest"}]})")
                                << QStringList{"llama3.2:latest"};
    }
    void modelLists()
    {
        QFETCH(int, kind);
        QFETCH(QString, url);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, models);
        const auto protocol = WireProtocol::create(ProviderKind(kind));
        const HttpCall call = protocol->modelsCall(configFor(ProviderKind(kind), {}));
        QCOMPARE(call.method, QByteArray("GET"));
        QCOMPARE(call.url.toString(), url);
        Result<QStringList> parsed = protocol->parseModels(body);
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, models);
    }

    void embeddings()
    {
        const QStringList texts{QStringLiteral("a"), QStringLiteral("b")};
        const auto openai = WireProtocol::create(ProviderKind::OpenAI);
        HttpCall call = openai->embedCall(configFor(ProviderKind::OpenAI, {}), QStringLiteral("text-embedding-3-small"), texts);
        QCOMPARE(call.url.toString(), QStringLiteral("https://api.openai.com/v1/embeddings"));
        QCOMPARE(json(call.body).value("input").toArray().size(), 2);
        auto parsed = openai->parseEmbeddings(
            R"({"data":[{"object":"embedding","index":1,"embedding":[0,1]},{"index":0,"embedding":[1,0]}]})");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->at(0), (std::vector<float>{1, 0})); // ordered by index, not by position

        const auto gemini = WireProtocol::create(ProviderKind::Google);
        call = gemini->embedCall(configFor(ProviderKind::Google, {}), QStringLiteral("text-embedding-004"), texts);
        QCOMPARE(call.url.toString(),
                 QStringLiteral("https://generativelanguage.googleapis.com/v1beta/models/text-embedding-004:batchEmbedContents"));
        QCOMPARE(json(call.body).value("requests").toArray().first().toObject().value("model").toString(),
                 QStringLiteral("models/text-embedding-004"));
        call = gemini->embedCall(configFor(ProviderKind::Google, {}), QStringLiteral("text-embedding-004"), {QStringLiteral("a")});
        QVERIFY(call.url.toString().endsWith(":embedContent"));
        QCOMPARE(gemini->parseEmbeddings(R"({"embedding":{"values":[0.5,0.5]}})")->size(), size_t(1));
        QCOMPARE(gemini->parseEmbeddings(R"({"embeddings":[{"values":[1]},{"values":[2]}]})")->size(), size_t(2));

        const auto ollama = WireProtocol::create(ProviderKind::Ollama);
        call = ollama->embedCall(configFor(ProviderKind::Ollama, {}), QStringLiteral("nomic-embed-text"), texts);
        QCOMPARE(call.url.toString(), QStringLiteral("http://localhost:11434/api/embed"));
        QCOMPARE(ollama->parseEmbeddings(R"({"model":"x","embeddings":[[1,2],[3,4]]})")->size(), size_t(2));
        QVERIFY(!ollama->parseEmbeddings(R"({"embeddings":[["a"]]})").ok());

        QVERIFY(!WireProtocol::create(ProviderKind::Anthropic)->supportsEmbeddings());
    }

    void errorMessages()
    {
        const auto protocol = WireProtocol::create(ProviderKind::OpenAI);
        QCOMPARE(protocol->errorMessage(R"({"error":{"message":"Incorrect API key","type":"invalid_request_error"}})"),
                 QStringLiteral("Incorrect API key"));
        QCOMPARE(protocol->errorMessage(R"({"error":"model 'x' not found"})"), QStringLiteral("model 'x' not found"));
        QCOMPARE(protocol->errorMessage(R"([{"error":{"code":400,"message":"API key not valid"}}])"),
                 QStringLiteral("API key not valid"));
        QCOMPARE(protocol->errorMessage("<html>"), QString());
    }
};

ATHANOR_TEST(WireProtocolTest)
#include "tst_wireprotocols.moc"
