#include "CliRunner.h"
#include "FakeHttpServer.h"
#include "TestRegistry.h"
#include "storage/Database.h"
#include "storage/GenerationRepository.h"
#include "storage/PromptRepository.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace athanor;
using namespace athanor::test;
using Response = FakeHttpServer::Response;

namespace {

constexpr const char* kKey = "sk-athanor-test-KEY-0123456789abcdef";

// An OpenAI Chat Completions stream answering `text`, cut into 5-byte pieces.
Response openAiAnswer(const QString& text, int input = 40, int output = 30)
{
    QByteArray body;
    const QStringList words = text.split(QLatin1Char(' '));
    for (int i = 0; i < words.size(); ++i) {
        const QString piece = i == 0 ? words[i] : QLatin1Char(' ') + words[i];
        body += "data: " +
                QJsonDocument(
                    QJsonObject{{"model", "gpt-test"},
                                {"choices", QJsonArray{QJsonObject{
                                                {"index", 0}, {"delta", QJsonObject{{"content", piece}}}}}}})
                    .toJson(QJsonDocument::Compact) +
                "\n\n";
    }
    body += R"(data: {"model":"gpt-test","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})"
            "\n\n";
    body += QByteArray(R"(data: {"model":"gpt-test","choices":[],"usage":{"prompt_tokens":)") +
            QByteArray::number(input) + R"(,"completion_tokens":)" + QByteArray::number(output) +
            "}}\n\ndata: [DONE]\n\n";
    return Response::streamed("text/event-stream", body, 5, 0);
}

Response judgeAnswer(int score)
{
    return Response::json(
        200,
        QByteArray(R"({"model":"gpt-test","choices":[{"index":0,"message":{"role":"assistant","content":")") +
            "Clear and specific.\\nScore: " + QByteArray::number(score) +
            R"(/10"},"finish_reason":"stop"}],"usage":{"prompt_tokens":50,"completion_tokens":8}})");
}

} // namespace

// `models` and `generate` against a fake provider on loopback, and the key's hygiene.
class ProvidersCliTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QProcessEnvironment m_env;

    // The child's environment with a settings file under `configDir` that sets one provider's base
    // URL, as the GUI's Providers dialog writes it; empty when the file cannot be written.
    QProcessEnvironment withBaseUrl(const QString& configDir, const char* provider,
                                    const QByteArray& url) const
    {
        QFile settings(configDir + "/Athanor/Athanor.conf");
        if (!QDir().mkpath(configDir + "/Athanor") || !settings.open(QIODevice::WriteOnly))
            return {};
        settings.write("[providers]\n" + QByteArray(provider) + "\\baseUrl=" + url + "\n");
        QProcessEnvironment env = m_env;
        env.insert("XDG_CONFIG_HOME", configDir);
        return env;
    }

    Run cli(const QStringList& args, const QProcessEnvironment& env)
    {
        return runCli(QStringList{"--db", m_db} + args, env);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath("gen.db");
        m_env = QProcessEnvironment::systemEnvironment();
        // Settings, data and logs of the child go under the temporary folder, to be searched.
        m_env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
        m_env.insert("XDG_DATA_HOME", m_dir.filePath("data"));
        m_env.insert("XDG_CACHE_HOME", m_dir.filePath("cache"));
        m_env.insert("HOME", m_dir.path());
        m_env.insert("ATHANOR_KEYCHAIN", "off");
        m_env.insert("OPENAI_API_KEY", kKey);
        m_env.remove("ANTHROPIC_API_KEY");
    }

    void modelsAsJson()
    {
        FakeHttpServer server;
        server.enqueue(Response::json(200, R"({"object":"list","data":[{"id":"gpt-b"},{"id":"gpt-a"}]})"));
        const Run run =
            cli({"models", "--provider", "openai", "--base-url", server.baseUrl() + "/v1", "--json"}, m_env);
        QCOMPARE(run.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value("provider").toString(), QStringLiteral("openai"));
        QCOMPARE(json.value("models").toArray(), (QJsonArray{"gpt-a", "gpt-b"}));
        QCOMPARE(server.requests().value(0).target, QByteArray("/v1/models"));
        QCOMPARE(server.requests().value(0).header("authorization"), QByteArray("Bearer ") + kKey);
    }

    void missingKeyIsAClearError()
    {
        const Run run = cli({"models", "--provider", "anthropic", "--base-url", "http://127.0.0.1:9"}, m_env);
        QCOMPARE(run.code, 1);
        QVERIFY2(isErrorLine(run.err), run.err.constData());
        QVERIFY(run.err.contains("no API key for Anthropic"));
        QVERIFY(run.err.contains("ANTHROPIC_API_KEY"));
    }

    void wrongKeyIsANetworkError()
    {
        FakeHttpServer server;
        server.enqueue(Response::json(
            401,
            R"({"error":{"message":"Incorrect API key provided: sk-athanor-test-KEY-0123456789abcdef"}})"));
        const Run run =
            cli({"models", "--provider", "openai", "--base-url", server.baseUrl() + "/v1"}, m_env);
        QCOMPARE(run.code, 3);
        QVERIFY2(isErrorLine(run.err), run.err.constData());
        QVERIFY(run.err.contains("OPENAI_API_KEY"));
        QVERIFY(!run.err.contains(kKey));
    }

    void unknownProvider()
    {
        const Run run = cli({"models", "--provider", "bard"}, m_env);
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains("unknown provider"));
    }

    void generateRecordsEveryVariant()
    {
        FakeHttpServer server;
        // Two phases, two variants each, then a judge call per variant of each phase.
        server.enqueue(openAiAnswer("Goal: a haiku about autumn. Constraints: 5-7-5 syllables."));
        server.enqueue(openAiAnswer("Goal: write one haiku on autumn leaves, three lines, 5-7-5.", 40, 1024));
        server.enqueue(judgeAnswer(6));
        server.enqueue(judgeAnswer(6));
        server.enqueue(
            openAiAnswer("Write a single haiku about autumn leaves drifting down; keep the 5-7-5 form."));
        server.enqueue(
            openAiAnswer("Compose one haiku (5-7-5) that captures autumn leaves falling in a quiet park."));
        server.enqueue(judgeAnswer(9));
        server.enqueue(judgeAnswer(9));
        const Run run = cli({"generate", "--provider", "openai", "--base-url", server.baseUrl() + "/v1",
                             "--model", "gpt-test", "--phases", "prima,coagulatio", "--variants", "2",
                             "--persona", "writing", "--judge", "--json", "write a haiku about autumn"},
                            m_env);
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        const QJsonArray phases = json.value("phases").toArray();
        QCOMPARE(phases.size(), 2);
        QCOMPARE(phases[0].toObject().value("phase").toString(), QStringLiteral("prima-materia"));
        QCOMPARE(phases[1].toObject().value("phase").toString(), QStringLiteral("coagulatio"));
        const QString inputId = json.value("input_id").toString();
        const QString session = json.value("session_id").toString();
        QCOMPARE(session.size(), 36);

        auto database = Database::open(m_db);
        QVERIFY(database.ok());
        GenerationRepository generations(*database);
        PromptRepository prompts(*database);
        const QJsonObject firstBest = [&] {
            for (const QJsonValue& v : phases[0].toObject().value("variants").toArray())
                if (v.toObject().value("id") == phases[0].toObject().value("best"))
                    return v.toObject();
            return QJsonObject();
        }();
        QVERIFY(!firstBest.isEmpty());
        // The truncated variant (1024 of 1024 tokens) does not win the first phase.
        QVERIFY(!firstBest.value("content").toString().contains("three lines"));
        for (int p = 0; p < 2; ++p) {
            const QJsonArray variants = phases[p].toObject().value("variants").toArray();
            QCOMPARE(variants.size(), 2);
            for (const QJsonValue& value : variants) {
                const QJsonObject variant = value.toObject();
                const QString expectedParent =
                    p == 0 ? inputId : phases[0].toObject().value("best").toString();
                QCOMPARE(variant.value("parent_id").toString(), expectedParent);
                QVERIFY(variant.value("score").toDouble() > 0);
                QVERIFY(variant.contains("judge"));
                const auto prompt = prompts.find(variant.value("id").toString());
                QVERIFY(prompt.has_value());
                QCOMPARE(prompt->content, variant.value("content").toString());
                QCOMPARE(prompt->phase,
                         p == 0 ? QStringLiteral("prima-materia") : QStringLiteral("coagulatio"));
                QCOMPARE(prompt->provider, QStringLiteral("openai"));
                QCOMPARE(prompt->model, QStringLiteral("gpt-test"));
                QCOMPARE(prompt->persona, QStringLiteral("writing"));
                QCOMPARE(prompt->sessionId, session);
                QCOMPARE(prompt->parentId, expectedParent);
                QCOMPARE(prompt->maxTokens.value_or(0), 1024);
                QVERIFY(prompt->actualTokens.value_or(0) > 0);
                QVERIFY(prompt->temperature.has_value());
                QCOMPARE(prompt->originalInput, QStringLiteral("write a haiku about autumn"));
                const auto metrics = generations.metrics(prompt->id);
                QVERIFY(metrics.ok());
                QVERIFY(metrics->contains("response_time"));
                QCOMPARE(metrics->value("token_usage").toInt(), variant.value("tokens").toInt());
                QVERIFY(!metrics->contains("cost_usd")); // gpt-test has no price: unknown, not zero
                QSqlQuery row((*database)->connection());
                row.prepare("SELECT generation_request, generation_context FROM prompts WHERE id = ?");
                row.addBindValue(prompt->id);
                QVERIFY(row.exec() && row.next());
                const QJsonObject request = QJsonDocument::fromJson(row.value(0).toByteArray()).object();
                QCOMPARE(request.value("messages").toArray().size(), 2);
                QCOMPARE(
                    QJsonDocument::fromJson(row.value(1).toByteArray()).object().value("phase").toString(),
                    prompt->phase);
            }
        }
        // The second phase worked on the first phase's best.
        const QList<FakeHttpServer::Request> requests = server.requests();
        QCOMPARE(requests.size(), 8);
        const QString secondPhaseUser = QJsonDocument::fromJson(requests[4].body)
                                            .object()
                                            .value("messages")
                                            .toArray()
                                            .at(1)
                                            .toObject()
                                            .value("content")
                                            .toString();
        QVERIFY(secondPhaseUser.contains(firstBest.value("content").toString()));
        QCOMPARE(json.value("best").toString(), phases[1].toObject().value("best").toString());
    }

    void generateWithAKnownPriceRecordsCost()
    {
        FakeHttpServer server;
        server.enqueue(openAiAnswer("A polished prompt about tide pools for children.", 1000000, 500000));
        const Run run =
            cli({"generate", "--provider", "openai", "--base-url", server.baseUrl() + "/v1", "--model",
                 "gpt-4o-mini", "--phases", "coagulatio", "--variants", "1", "--json", "tide pools for kids"},
                m_env);
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject variant = QJsonDocument::fromJson(run.out)
                                        .object()
                                        .value("phases")
                                        .toArray()[0]
                                        .toObject()
                                        .value("variants")
                                        .toArray()[0]
                                        .toObject();
        QCOMPARE(variant.value("cost").toDouble(), 0.45); // 1M × $0.15 + 0.5M × $0.60
    }

    void generateFailsCleanlyWhenTheProviderFails()
    {
        FakeHttpServer server;
        server.setFallback(Response::json(404, R"({"error":{"message":"The model `nope` does not exist"}})"));
        const Run run = cli({"generate", "--provider", "openai", "--base-url", server.baseUrl() + "/v1",
                             "--model", "nope", "--variants", "1", "some prompt to refine"},
                            m_env);
        QCOMPARE(run.code, 3);
        QVERIFY2(isErrorLine(run.err.mid(run.err.indexOf("error:"))), run.err.constData());
        QVERIFY(run.err.contains("nope"));
    }

    void generateUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bad phase") << QStringList{"--phases", "prima,distillatio"};
        QTest::newRow("repeated phase") << QStringList{"--phases", "solutio,solutio"};
        QTest::newRow("zero variants") << QStringList{"--variants", "0"};
        QTest::newRow("bad persona") << QStringList{"--persona", "poet"};
        QTest::newRow("bad target score") << QStringList{"--target-score", "7"};
    }
    void generateUsageErrors()
    {
        QFETCH(QStringList, args);
        const Run run =
            cli(QStringList{"generate", "--provider", "openai"} + args + QStringList{"text"}, m_env);
        QCOMPARE(run.code, 1);
        QVERIFY2(isErrorLine(run.err), run.err.constData());
    }

    void enhanceHandsTheLastStepToTheProvider()
    {
        FakeHttpServer server;
        const QString polished = QStringLiteral(
            "You are a patient teacher. Explain recursion to a ten-year-old with one everyday example.");
        server.enqueue(openAiAnswer(polished));
        const Run run = cli({"enhance", "--provider", "openai", "--base-url", server.baseUrl() + "/v1",
                             "--model", "gpt-test", "--json", "explain recursion to a child"},
                            m_env);
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        const QString enhancedId = json.value("id").toString();
        const QString enhanced = json.value("enhanced").toString();
        QVERIFY(enhanced.contains("explain recursion to a child"));
        const QJsonObject last = json.value("final").toObject();
        QCOMPARE(last.value("content").toString(), polished);
        QCOMPARE(last.value("parent_id").toString(), enhancedId);
        QCOMPARE(last.value("provider").toString(), QStringLiteral("openai"));
        QCOMPARE(last.value("model").toString(), QStringLiteral("gpt-test"));
        QCOMPARE(last.value("phase").toString(), QStringLiteral("coagulatio"));
        QCOMPARE(last.value("tokens").toInt(), 70);

        // One call: the coagulatio prompt carrying the locally enhanced text.
        QCOMPARE(server.requests().size(), 1);
        const QJsonArray messages =
            QJsonDocument::fromJson(server.requests()[0].body).object().value("messages").toArray();
        QVERIFY(messages.last().toObject().value("content").toString().contains(enhanced));

        auto database = Database::open(m_db);
        QVERIFY(database.ok());
        const auto stored = PromptRepository(*database).find(last.value("id").toString());
        QVERIFY(stored.has_value());
        QCOMPARE(stored->content, polished);
        QCOMPARE(stored->parentId, enhancedId);
        QCOMPARE(stored->phase, QStringLiteral("coagulatio"));
        QCOMPARE(stored->originalInput, QStringLiteral("explain recursion to a child"));
        QCOMPARE(PromptRepository(*database).find(enhancedId)->content, enhanced);
    }

    void enhanceStreamsTheFinalPromptAsText()
    {
        FakeHttpServer server;
        server.enqueue(openAiAnswer("List three risks of the plan, most serious first."));
        const Run run = cli({"enhance", "--provider", "openai", "--base-url", server.baseUrl() + "/v1",
                             "--model", "gpt-test", "what could go wrong with my plan"},
                            m_env);
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(run.out.trimmed(), QByteArray("List three risks of the plan, most serious first."));
        QVERIFY(run.err.contains("final: "));
    }

    void enhanceWithoutAProviderTakesNoModel()
    {
        const Run run = cli({"enhance", "--model", "gpt-test", "some prompt"}, m_env);
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains("--provider"));
    }

    void enhanceReportsAProviderFailure()
    {
        FakeHttpServer server;
        server.setFallback(Response::json(401, R"({"error":{"message":"Incorrect API key"}})"));
        const Run run = cli({"enhance", "--provider", "openai", "--base-url", server.baseUrl() + "/v1",
                             "--model", "gpt-test", "summarise this report"},
                            m_env);
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains("OPENAI_API_KEY"), run.err.constData());
        QVERIFY(!run.err.contains(kKey));
    }

    void pricesAreSetUsedAndReset()
    {
        Run run = cli({"prices", "--set", "gpt-test", "--input", "2", "--output", "4", "--json"}, m_env);
        QVERIFY2(run.code == 0, run.err.constData());
        QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QVERIFY(json.value("file").toString().startsWith(m_dir.filePath("data")));
        QCOMPARE(
            json.value("prices").toArray(),
            (QJsonArray{QJsonObject{{"model", "gpt-test"}, {"input", 2}, {"output", 4}, {"custom", true}}}));

        FakeHttpServer server;
        server.enqueue(openAiAnswer("A priced prompt.", 1000, 500));
        run = cli({"generate", "--provider", "openai", "--base-url", server.baseUrl() + "/v1", "--model",
                   "gpt-test", "--phases", "coagulatio", "--variants", "1", "--json", "price this"},
                  m_env);
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject variant = QJsonDocument::fromJson(run.out)
                                        .object()
                                        .value("phases")
                                        .toArray()[0]
                                        .toObject()
                                        .value("variants")
                                        .toArray()[0]
                                        .toObject();
        QCOMPARE(variant.value("cost").toDouble(), 0.004); // 1000 × $2/M + 500 × $4/M

        run = cli({"prices", "--json"}, m_env);
        json = QJsonDocument::fromJson(run.out).object();
        int custom = 0;
        for (const QJsonValue& row : json.value("prices").toArray())
            custom += row.toObject().value("custom").toBool() ? 1 : 0;
        QCOMPARE(custom, 1);
        QVERIFY(json.value("prices").toArray().size() > 10); // the shipped table too

        run = cli({"prices", "--reset", "gpt-test"}, m_env);
        QCOMPARE(run.code, 0);
        run = cli({"prices", "--json"}, m_env);
        for (const QJsonValue& row : QJsonDocument::fromJson(run.out).object().value("prices").toArray())
            QVERIFY(row.toObject().value("model").toString() != QStringLiteral("gpt-test"));
    }

    void pricesUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("negative") << QStringList{"--set", "m", "--input", "-1", "--output", "1"};
        QTest::newRow("no output") << QStringList{"--set", "m", "--input", "1"};
        QTest::newRow("input alone") << QStringList{"--input", "1"};
        QTest::newRow("set and reset")
            << QStringList{"--set", "m", "--input", "1", "--output", "1", "--reset", "m"};
    }
    void pricesUsageErrors()
    {
        QFETCH(QStringList, args);
        const Run run = cli(QStringList{"prices"} + args, m_env);
        QCOMPARE(run.code, 1);
        QVERIFY2(isErrorLine(run.err), run.err.constData());
    }

    void similarSearchesWithARemoteEmbedder()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("embed.db");
        QFile file(dir.filePath("three.txt"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "cats purr on warm windowsills\n---\ndogs bark at the postman\n---\ncars honk in traffic jams\n");
        file.close();
        QCOMPARE(runCli({"--db", db, "import", file.fileName()}, m_env).code, 0);

        // The Ollama base URL comes from the settings, as the GUI's Providers dialog writes it.
        FakeHttpServer server;
        const QProcessEnvironment env =
            withBaseUrl(dir.filePath("config"), "ollama", server.baseUrl().toUtf8());
        QVERIFY(!env.isEmpty());
        server.enqueue(Response::json(200, R"({"embeddings":[[0.5,0.5,0.5]]})")); // the dimension probe
        server.enqueue(Response::json(200, R"({"embeddings":[[1,0,0],[0,1,0],[0,0,1]]})"));
        server.enqueue(
            Response::json(200, R"({"embeddings":[[0.1,0.2,0.9]]})")); // the query: most like the third
        Run run = runCli({"--db", db, "similar", "--embedder", "ollama:embed-test", "--text", "vehicles",
                          "--k", "2", "--json"},
                         env);
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonArray found = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].toObject().value("content").toString(),
                 QStringLiteral("cars honk in traffic jams"));
        QCOMPARE(found[1].toObject().value("content").toString(), QStringLiteral("dogs bark at the postman"));
        const QList<FakeHttpServer::Request> requests = server.requests();
        QCOMPARE(requests.size(), 3);
        for (const FakeHttpServer::Request& request : requests)
            QCOMPARE(request.target, QByteArray("/api/embed"));
        const QJsonObject batch = QJsonDocument::fromJson(requests[1].body).object();
        QCOMPARE(batch.value("model").toString(), QStringLiteral("embed-test"));
        QCOMPARE(batch.value("input").toArray(),
                 (QJsonArray{"cats purr on warm windowsills", "dogs bark at the postman",
                             "cars honk in traffic jams"}));
        QCOMPARE(QJsonDocument::fromJson(requests[2].body).object().value("input").toArray(),
                 QJsonArray{"vehicles"});

        // Each embedding model has its own index: the local one still answers, without the server.
        run = runCli(
            {"--db", db, "similar", "--embedder", "local", "--text", "cats purr", "--k", "1", "--json"}, env);
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).array()[0].toObject().value("content").toString(),
                 QStringLiteral("cats purr on warm windowsills"));
        QCOMPARE(server.requests().size(), 3);
    }

    void embedderErrors()
    {
        Run run = cli({"similar", "--embedder", "anthropic", "--text", "x"}, m_env);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains("no embeddings API"), run.err.constData());
        run = cli({"similar", "--embedder", "word2vec", "--text", "x"}, m_env);
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains("unknown embedder"));
        // A provider that fails: its error, as a network error (exit code 3); nothing leaves loopback.
        FakeHttpServer server;
        server.setFallback(Response::json(404, R"({"error":{"message":"The model `nope` does not exist"}})"));
        QTemporaryDir dir;
        const QProcessEnvironment env = withBaseUrl(dir.path(), "openai", server.baseUrl().toUtf8() + "/v1");
        QVERIFY(!env.isEmpty());
        run = cli({"duplicates", "--embedder", "openai:nope"}, env);
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains("nope"), run.err.constData());
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.requests()[0].target, QByteArray("/v1/embeddings"));
    }

    // The key was used by every command above: it is nowhere on disk and in no output.
    void keyNeverReachesDiskOrOutput()
    {
        const Run exported =
            cli({"export", "--format", "json", "--out", m_dir.filePath("export.json")}, m_env);
        QCOMPARE(exported.code, 0);
        QVERIFY(!exported.out.contains(kKey) && !exported.err.contains(kKey));
        int files = 0;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            QVERIFY2(!bytes.contains(kKey), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains("0123456789abcdef"), qPrintable(file.fileName()));
        }
        QVERIFY(files >= 2); // at least the database and the export
    }
};

ATHANOR_TEST(ProvidersCliTest)
#include "tst_cli_providers.moc"
