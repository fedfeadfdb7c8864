#include "TestRegistry.h"
#include "core/importers/CsvReader.h"
#include "core/importers/ImportFormatRegistry.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace athanor;

namespace {

const QString kDir = QStringLiteral(ATHANOR_TEST_DATA_DIR "/import/");

struct Loaded
{
    QString format; // empty when the file was not recognised (or not text)
    ParseResult result;
};

// What the importer does with a file: decode, detect on the head, parse the whole text.
Loaded load(const QString& file)
{
    QFile in(kDir + file);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file));
    const auto text = ImportFormatRegistry::decode(in.readAll(), file);
    Loaded loaded;
    if (!text.ok())
        return loaded;
    const ImportFormat* format =
        ImportFormatRegistry::instance().detect(file, ImportFormatRegistry::head(*text));
    if (!format)
        return loaded;
    loaded.format = format->name();
    loaded.result = format->parse(*text, file);
    return loaded;
}

ParseResult parseAs(const char* format, const QString& text, const QString& fileName)
{
    return ImportFormatRegistry::instance().find(QLatin1String(format))->parse(text, fileName);
}

QStringList records(const CsvReader::Table& table)
{
    QStringList rows;
    for (const auto& record : table.records)
        rows << QStringLiteral("%1:%2").arg(record.line).arg(record.fields.join(QStringLiteral("|")));
    return rows;
}

} // namespace

class ImportFormatsTest : public QObject
{
    Q_OBJECT
private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format"); // empty: not recognised
        QTest::addColumn<int>("count");      // -1: the file must fail at errorLine
        QTest::addColumn<int>("errorLine");
        auto row = [](const char* file, const char* format, int count, int errorLine = 0) {
            QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(format) << count
                                << errorLine;
        };
        row("plain-prompts.txt", "text", 4);
        row("broken-plain.txt", "text", -1, 1);
        row("front-matter.md", "markdown", 1);
        row("broken-front-matter.md", "markdown", -1, 4);
        row("awesome-chatgpt-prompts.csv", "csv", 5);
        row("broken-awesome-chatgpt-prompts.csv", "csv", -1, 5);
        row("promptfoo-prompts.csv", "csv", 3);
        row("broken-promptfoo-prompts.csv", "csv", -1, 3);
        row("bom-crlf-team-prompts.csv", "csv", 2);
        row("prompts.json", "json", 4);
        row("broken-prompts.json", "json", -1, 3);
        row("broken-syntax.json", "json", -1, 4);
        row("chat-messages.json", "json", 1);
        row("chat-batch.json", "json", 3);
        row("prompts-json.txt", "json", 3);
        row("prompts.jsonl", "jsonl", 4);
        row("alpaca.jsonl", "jsonl", 3);
        row("sharegpt.jsonl", "jsonl", 2);
        row("broken-prompts.jsonl", "jsonl", -1, 3);
        row("jsonl-in.json", "jsonl", 3);
        row("promptfoo-prompts.yaml", "promptfoo-yaml", 4);
        row("promptfoo-chat.yaml", "promptfoo-yaml", 1);
        row("broken-promptfoo-prompts.yaml", "promptfoo-yaml", -1, 2);
        row("support-agent.prompty", "prompty", 1);
        row("broken-support-agent.prompty", "prompty", -1, 7);
        row("summarize.prompt", "dotprompt", 1);
        row("broken-summarize.prompt", "dotprompt", -1, 1);
        row("code-review.prompt.yml", "github-prompt", 1);
        row("chat-model.yaml", "github-prompt", 1);
        row("broken-code-review.prompt.yml", "github-prompt", -1, 6);
        row("langfuse-export.json", "langfuse", 3);
        row("broken-langfuse-export.json", "langfuse", -1, 3);
        row("athanor-export.json", "athanor", 3);
        row("broken-athanor-export.json", "athanor", -1, 6);
        row("utf16le-prompts.txt", "text", 2);
        row("empty.txt", "", 0);
        row("logo.png", "", 0);
        row("no-prompt-column.csv", "", 0);
        row("settings.yaml", "", 0);
    }
    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(int, count);
        QFETCH(int, errorLine);
        const Loaded loaded = load(file);
        QCOMPARE(loaded.format, format);
        if (format.isEmpty())
            return;
        if (count < 0) {
            QVERIFY2(loaded.result.error.has_value(), "a broken file must fail");
            QCOMPARE(loaded.result.error->line, errorLine);
            QVERIFY(!loaded.result.error->reason.isEmpty());
            QVERIFY(loaded.result.prompts.isEmpty());
            return;
        }
        QVERIFY2(!loaded.result.error, loaded.result.error ? qPrintable(loaded.result.error->reason) : "");
        QCOMPARE(loaded.result.prompts.size(), count);
        for (const ImportedPrompt& prompt : loaded.result.prompts) {
            QVERIFY(!prompt.content.trimmed().isEmpty());
            QVERIFY(prompt.line >= 1);
        }
    }

    void plainTextAndMarkdown()
    {
        const auto text = load(QStringLiteral("plain-prompts.txt")).result.prompts;
        QCOMPARE(text.at(0).title, QStringLiteral("Release notes"));
        QCOMPARE(text.at(0).variables, QStringList{QStringLiteral("commits")});
        QCOMPARE(text.at(1).line, 8);
        QVERIFY(text.at(2).content.contains(QStringLiteral("\n\n    TypeError:")));
        QVERIFY(text.at(2).content.endsWith(QStringLiteral("日本語の説明も一行で添えてください。")));
        QCOMPARE(text.at(3).line, 19);
        QCOMPARE(text.at(3).variables, QStringList{QStringLiteral("topic")});

        const auto md = load(QStringLiteral("front-matter.md")).result.prompts.first();
        QCOMPARE(md.title, QStringLiteral("Security code review"));
        QCOMPARE(md.tags, (QStringList{"review", "security", "c++"}));
        QCOMPARE(md.model, QStringLiteral("claude-3-5-sonnet-20241022"));
        QCOMPARE(md.temperature, std::optional<double>(0.2));
        QCOMPARE(md.maxTokens, std::optional<int>(2048));
        QCOMPARE(md.metadata.value("author").toString(), QStringLiteral("Léa Martin"));
        QCOMPARE(md.metadata.value("version").toInt(), 3);
        QVERIFY(md.content.startsWith(QStringLiteral("You are reviewing")));
        QVERIFY(md.content.endsWith(QStringLiteral("{{diff}}")));
        QVERIFY(load(QStringLiteral("broken-front-matter.md")).result.error->reason.contains("temperature"));
    }

    void csv()
    {
        const auto awesome = load(QStringLiteral("awesome-chatgpt-prompts.csv")).result.prompts;
        QCOMPARE(awesome.at(0).title, QStringLiteral("Linux Terminal"));
        QVERIFY(awesome.at(1).content.endsWith(
            QStringLiteral("\"istanbulu cok seviyom burada olmak cok guzel\"")));
        const ImportedPrompt& interviewer = awesome.at(2);
        QCOMPARE(interviewer.line, 4);
        QCOMPARE(interviewer.content.count(QLatin1Char('\n')), 2); // the multi-line field is intact
        QVERIFY(interviewer.content.contains(QStringLiteral("${Position:Software Engineer}")));
        QCOMPARE(interviewer.variables, QStringList{QStringLiteral("Position")});
        QCOMPARE(interviewer.metadata.value("for_devs").toString(), QStringLiteral("FALSE"));
        QCOMPARE(interviewer.metadata.value("variable_defaults").toObject().value("Position").toString(),
                 QStringLiteral("Software Engineer"));
        QCOMPARE(awesome.at(3).line, 7);
        QCOMPARE(awesome.at(4).line, 8);
        QVERIFY(awesome.at(4).content.contains(QStringLiteral("semicolons; and tabs\tinside")));

        const auto promptfoo = load(QStringLiteral("promptfoo-prompts.csv")).result.prompts;
        QCOMPARE(promptfoo.at(1).title, QStringLiteral("Bullet summary"));
        QCOMPARE(promptfoo.at(1).content,
                 QStringLiteral("Summarize this article in 3 bullet points:\n\n{{article}}"));
        QCOMPARE(promptfoo.at(2).line, 6);

        const auto team = load(QStringLiteral("bom-crlf-team-prompts.csv")).result.prompts;
        QCOMPARE(team.at(0).title, QStringLiteral("Relance facture"));
        QCOMPARE(team.at(0).tags, (QStringList{"finance", "email"}));
        QCOMPARE(team.at(0).model, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(team.at(0).temperature, std::optional<double>(0.4));
        QCOMPARE(team.at(0).metadata.value("owner").toString(), QStringLiteral("Zoé"));
        QCOMPARE(team.at(1).line, 3);
        QCOMPARE(team.at(1).content,
                 QStringLiteral("Draft a SQL query that returns the top 10 customers by revenue\n"
                                "for {{year}}, with ties broken by name."));
        QCOMPARE(team.at(1).tags, (QStringList{"sql", "analytics"}));

        const auto broken = load(QStringLiteral("broken-awesome-chatgpt-prompts.csv")).result.error;
        QCOMPARE(broken->reason, QStringLiteral("unclosed quote in field 3"));
    }

    void json()
    {
        const auto prompts = load(QStringLiteral("prompts.json")).result.prompts;
        QCOMPARE(prompts.at(0).title, QStringLiteral("Unit test writer"));
        QCOMPARE(prompts.at(0).tags, (QStringList{"testing", "python"}));
        QCOMPARE(prompts.at(0).temperature, std::optional<double>(0.3));
        QCOMPARE(prompts.at(1).line, 9);
        QCOMPARE(prompts.at(1).tags, (QStringList{"résumé", "français"}));
        QCOMPARE(prompts.at(2).metadata.value("category").toString(), QStringLiteral("fun"));
        QCOMPARE(prompts.at(3).variables, (QStringList{"schema", "column"}));
        QVERIFY(load(QStringLiteral("broken-prompts.json"))
                    .result.error->reason.contains(
                        "expected a JSON object with a prompt, content, text or template field"));

        const auto chat = load(QStringLiteral("chat-messages.json")).result.prompts.first();
        QCOMPARE(chat.systemPrompt,
                 QStringLiteral("You are a patient math tutor. Answer in LaTeX when it helps."));
        QVERIFY(chat.content.startsWith(QStringLiteral("Explain why")));
        QCOMPARE(chat.model, QStringLiteral("gpt-4o"));
        QCOMPARE(chat.variables, QStringList{QStringLiteral("level")});

        const auto batch = load(QStringLiteral("chat-batch.json")).result.prompts;
        QCOMPARE(batch.at(1).line, 6);
        QCOMPARE(batch.at(1).content, QStringLiteral("Describe this chart in two sentences."));
        QCOMPARE(batch.at(2).systemPrompt, QStringLiteral("Reply in Spanish."));
        QCOMPARE(batch.at(2).content, QStringLiteral("What is a monad?\n\nGive an example in Haskell."));
        QCOMPARE(batch.at(2).metadata.value("messages").toArray().size(), 4);
    }

    void jsonl()
    {
        const auto mixed = load(QStringLiteral("prompts.jsonl")).result.prompts;
        QCOMPARE(mixed.at(0).title, QStringLiteral("Sentiment"));
        QCOMPARE(mixed.at(1).systemPrompt, QStringLiteral("You are a SQL expert."));
        QCOMPARE(mixed.at(1).model, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(mixed.at(2).line, 4);
        QCOMPARE(mixed.at(3).content, QStringLiteral("Écris un poème sur la mer."));

        const auto alpaca = load(QStringLiteral("alpaca.jsonl")).result.prompts;
        QCOMPARE(alpaca.at(0).content, QStringLiteral("Give three tips for staying healthy."));
        QCOMPARE(alpaca.at(1).content,
                 QStringLiteral("Translate the sentence into German.\n\nThe weather is lovely today."));
        QCOMPARE(alpaca.at(1).metadata.value("output").toString(),
                 QStringLiteral("Das Wetter ist heute schön."));

        const auto sharegpt = load(QStringLiteral("sharegpt.jsonl")).result.prompts;
        QCOMPARE(sharegpt.at(0).systemPrompt, QStringLiteral("You are a helpful travel agent."));
        QCOMPARE(sharegpt.at(0).content, QStringLiteral("Plan a 3-day trip to Lisbon on a budget."));
        QCOMPARE(sharegpt.at(1).content, QStringLiteral("什么是量子计算？请用简单的语言解释。"));
        QCOMPARE(sharegpt.at(1).metadata.value("id").toString(), QStringLiteral("conv-002"));
    }

    void yamlFormats()
    {
        const auto promptfoo = load(QStringLiteral("promptfoo-prompts.yaml")).result.prompts;
        QCOMPARE(promptfoo.at(0).line, 2);
        QCOMPARE(promptfoo.at(1).content.section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("You are a careful editor."));
        QCOMPARE(promptfoo.at(2).line, 8);
        QCOMPARE(promptfoo.at(2).title, QStringLiteral("Formal tone"));
        QCOMPARE(promptfoo.at(2).temperature, std::optional<double>(0.2));
        QCOMPARE(promptfoo.at(2).metadata.value("id").toString(), QStringLiteral("formal"));
        QCOMPARE(promptfoo.at(3).title, QStringLiteral("Japanese"));
        const auto chat = load(QStringLiteral("promptfoo-chat.yaml")).result.prompts.first();
        QCOMPARE(chat.systemPrompt, QStringLiteral("You are a witty assistant who answers in limericks."));
        QCOMPARE(chat.content, QStringLiteral("Tell me about {{topic}}."));

        const auto prompty = load(QStringLiteral("support-agent.prompty")).result.prompts.first();
        QCOMPARE(prompty.title, QStringLiteral("Contoso Support Agent"));
        QCOMPARE(prompty.model, QStringLiteral("gpt-4o"));
        QCOMPARE(prompty.temperature, std::optional<double>(0.3));
        QCOMPARE(prompty.maxTokens, std::optional<int>(800));
        QCOMPARE(prompty.tags, (QStringList{"support", "rag"}));
        QVERIFY(
            prompty.systemPrompt.startsWith(QStringLiteral("You are an AI assistant for Contoso Outdoors.")));
        QVERIFY(prompty.systemPrompt.contains(QStringLiteral("{% for item in products %}")));
        QCOMPARE(prompty.content, QStringLiteral("{{question}}"));
        QCOMPARE(prompty.variables.mid(0, 2), (QStringList{"customer_name", "question"}));
        QCOMPARE(prompty.metadata.value("configuration").toObject().value("azure_endpoint").toString(),
                 QStringLiteral("${env:AZURE_OPENAI_ENDPOINT}"));
        QVERIFY(!prompty.variables.contains(QStringLiteral("env")));

        const auto dot = load(QStringLiteral("summarize.prompt")).result.prompts.first();
        QCOMPARE(dot.title, QStringLiteral("summarize"));
        QCOMPARE(dot.model, QStringLiteral("googleai/gemini-1.5-flash"));
        QCOMPARE(dot.temperature, std::optional<double>(0.4));
        QCOMPARE(dot.maxTokens, std::optional<int>(400));
        QCOMPARE(dot.systemPrompt, QStringLiteral("You are a precise summarizer. Never invent facts.\n"
                                                  "{{#if language}}Write in {{language}}.{{/if}}"));
        QCOMPARE(dot.content, QStringLiteral("Summarize the following text as a {{style}}:\n\n{{text}}"));
        QCOMPARE(dot.variables, (QStringList{"text", "style", "language"}));

        const auto github = load(QStringLiteral("code-review.prompt.yml")).result.prompts.first();
        QCOMPARE(github.title, QStringLiteral("Code review assistant"));
        QCOMPARE(github.model, QStringLiteral("openai/gpt-4o-mini"));
        QCOMPARE(github.maxTokens, std::optional<int>(1200));
        QVERIFY(github.systemPrompt.endsWith(QStringLiteral("commentaires en français.")));
        QCOMPARE(github.content, QStringLiteral("Review this {{language}} diff:\n\n{{diff}}"));
        QCOMPARE(github.variables, (QStringList{"language", "diff"}));
        QCOMPARE(github.metadata.value("testData").toArray().size(), 1);
        QVERIFY(github.metadata.contains("evaluators"));
        QCOMPARE(github.metadata.value("description").toString(),
                 QStringLiteral("Reviews a diff and lists risks"));
    }

    void langfuseAndAthanor()
    {
        const auto langfuse = load(QStringLiteral("langfuse-export.json")).result.prompts;
        QCOMPARE(langfuse.at(0).title, QStringLiteral("movie-critic"));
        QCOMPARE(langfuse.at(0).model, QStringLiteral("gpt-4o"));
        QCOMPARE(langfuse.at(0).maxTokens, std::optional<int>(300));
        QCOMPARE(langfuse.at(0).tags, QStringList{QStringLiteral("movies")});
        QCOMPARE(langfuse.at(0).metadata.value("labels").toArray().size(), 2);
        QCOMPARE(langfuse.at(0).metadata.value("version").toInt(), 3);
        QCOMPARE(langfuse.at(0).variables, (QStringList{"criticLevel", "movie"}));
        QCOMPARE(langfuse.at(1).line, 12);
        QCOMPARE(langfuse.at(1).systemPrompt,
                 QStringLiteral("You are a support agent for {{product}}. Stay polite — toujours."));
        QCOMPARE(langfuse.at(1).content, QStringLiteral("{{question}}"));
        QCOMPARE(langfuse.at(1).temperature, std::optional<double>(0));

        const auto athanor = load(QStringLiteral("athanor-export.json")).result.prompts;
        const ImportedPrompt& first = athanor.at(0);
        QCOMPARE(first.line, 6);
        QCOMPARE(first.title, QStringLiteral("Refactor for readability"));
        QCOMPARE(first.tags, (QStringList{"refactoring", "code"}));
        QCOMPARE(first.model, QStringLiteral("claude-3-5-sonnet-20241022"));
        QCOMPARE(first.temperature, std::optional<double>(0.2));
        QCOMPARE(first.maxTokens, std::optional<int>(2048));
        QCOMPARE(first.metadata.value("id").toString(),
                 QStringLiteral("0b6f3c1e-4a52-4d8e-9b1a-6f2d3c4b5a69"));
        QCOMPARE(first.metadata.value("phase").toString(), QStringLiteral("solutio"));
        QCOMPARE(first.metadata.value("provider").toString(), QStringLiteral("anthropic"));
        QCOMPARE(first.metadata.value("persona").toString(), QStringLiteral("senior engineer"));
        QCOMPARE(first.metadata.value("actual_tokens").toInt(), 412);
        QCOMPARE(first.metadata.value("session_id").toString(),
                 QStringLiteral("5d1f0c2a-8e3b-4f6a-9c7d-1e2f3a4b5c6d"));
        QCOMPARE(first.metadata.value("source").toString(), QStringLiteral("composer"));
        QCOMPARE(first.metadata.value("created_at").toString(), QStringLiteral("2024-05-12T14:03:11Z"));
        QCOMPARE(first.metadata.value("context").toArray().size(), 2);
        QVERIFY(!first.metadata.contains("parent_id")); // null: unknown
        const ImportedPrompt& second = athanor.at(1);
        QCOMPARE(second.metadata.value("parent_id").toString(), first.metadata.value("id").toString());
        QCOMPARE(second.metadata.value("rating").toInt(), 4); // an unknown field is kept
        QVERIFY(!second.temperature.has_value());
        QCOMPARE(athanor.at(2).line, 43);

        const QString newer = QStringLiteral(R"({"format": "athanor-export", "version": 2, "prompts": []})");
        QVERIFY(parseAs("athanor", newer, "x.json").error->reason.contains("version 2"));
    }

    void detectionUsesContent_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("format");
        QTest::newRow("txt with JSON") << "a.txt"
                                       << R"([{"prompt": "x"}])"
                                       << "json";
        QTest::newRow("txt with prose starting with a brace") << "a.txt"
                                                              << "{placeholder} in text"
                                                              << "text";
        QTest::newRow("json with JSONL") << "a.json"
                                         << "{\"prompt\": \"a\"}\n{\"prompt\": \"b\"}\n"
                                         << "jsonl";
        QTest::newRow("pretty JSON") << "a.json"
                                     << "[\n  {\"prompt\": \"a\"}\n]\n"
                                     << "json";
        QTest::newRow("yaml with messages and model") << "p.yaml"
                                                      << "model: x\nmessages:\n  - role: user\n"
                                                      << "github-prompt";
        QTest::newRow("yaml list") << "p.yml"
                                   << "# c\n- hello\n"
                                   << "promptfoo-yaml";
        QTest::newRow("md with front matter") << "p.md"
                                              << "---\ntitle: t\n---\nbody\n"
                                              << "markdown";
        QTest::newRow("md without") << "p.md"
                                    << "# Title\nbody\n"
                                    << "text";
        QTest::newRow("csv act") << "a.csv"
                                 << "act;prompt\nx;y\n"
                                 << "csv";
        QTest::newRow("tsv prompt") << "a.tsv"
                                    << "Label\tPROMPT\nx\ty\n"
                                    << "csv";
        QTest::newRow("csv without prompt") << "a.csv"
                                            << "name,email\n"
                                            << "";
        QTest::newRow("empty") << "a.txt"
                               << ""
                               << "";
        QTest::newRow("unknown extension") << "a.docx"
                                           << "hello"
                                           << "";
    }
    void detectionUsesContent()
    {
        QFETCH(QString, file);
        QFETCH(QString, head);
        QFETCH(QString, format);
        const ImportFormat* found = ImportFormatRegistry::instance().detect(file, head);
        QCOMPARE(found ? found->name() : QString(), format);
    }

    void csvReader_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QString>("error"); // "line: reason", or empty
        QTest::newRow("simple") << "a,b\n1,2\n" << QStringList{"1:a|b", "2:1|2"} << "";
        QTest::newRow("no final newline") << "a,b\n1,2" << QStringList{"1:a|b", "2:1|2"} << "";
        QTest::newRow("escaped quotes") << "\"say \"\"hi\"\"\",x\n" << QStringList{"1:say \"hi\"|x"} << "";
        QTest::newRow("delimiter and newline in quotes") << "\"a,b\nc\",d\ne,f\n"
                                                         << QStringList{"1:a,b\nc|d", "3:e|f"} << "";
        QTest::newRow("CRLF") << "a,b\r\n\"x\r\ny\",z\r\n" << QStringList{"1:a|b", "2:x\ny|z"} << "";
        QTest::newRow("empty fields") << ",\n\"\",x,\n" << QStringList{"1:|", "2:|x|"} << "";
        QTest::newRow("blank lines skipped") << "a\n\n\nb\n" << QStringList{"1:a", "4:b"} << "";
        QTest::newRow("semicolon sniffed") << "a;b;c,d\n1;2;3,4\n"
                                           << QStringList{"1:a|b|c,d", "2:1|2|3,4"} << "";
        QTest::newRow("tab sniffed") << "a\tb\n1\t2\n" << QStringList{"1:a|b", "2:1|2"} << "";
        QTest::newRow("quoted delimiters do not count") << "\"a;b;c\",d\n" << QStringList{"1:a;b;c|d"} << "";
        QTest::newRow("stray quote in unquoted field") << "5\" disk,x\n" << QStringList{"1:5\" disk|x"} << "";
        QTest::newRow("space before quote") << "a, \"b,c\"\n" << QStringList{"1:a|b,c"} << "";
        QTest::newRow("unclosed quote") << "a,b\nc,\"d\ne\nf\n"
                                        << QStringList{"1:a|b"} << "2: unclosed quote in field 2";
        QTest::newRow("text after closing quote")
            << "\"a\"b,c\n"
            << QStringList{} << "1: unexpected text after the closing quote of field 1";
    }
    void csvReader()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, rows);
        QFETCH(QString, error);
        const CsvReader::Table table = CsvReader::read(text);
        QCOMPARE(records(table), rows);
        QCOMPARE(table.error ? QStringLiteral("%1: %2").arg(table.error->line).arg(table.error->reason)
                             : QString(),
                 error);
    }

    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");  // expected when it decodes
        QTest::addColumn<int>("errorLine"); // 0: it decodes
        QTest::newRow("UTF-8") << QByteArray("h\xC3\xA9llo\n") << QString::fromUtf8("héllo\n") << 0;
        QTest::newRow("UTF-8 BOM + CRLF") << QByteArray("\xEF\xBB\xBF"
                                                        "a\r\nb\r\n")
                                          << "a\nb\n"
                                          << 0;
        QTest::newRow("CR only") << QByteArray("a\rb\r") << "a\nb\n" << 0;
        QTest::newRow("UTF-16 LE") << QByteArray("\xFF\xFE"
                                                 "a\0\r\0\n\0\xE9\0",
                                                 10)
                                   << QString::fromUtf8("a\né") << 0;
        QTest::newRow("UTF-16 BE") << QByteArray("\xFE\xFF"
                                                 "\0a\0\n\x4E\x2D",
                                                 8)
                                   << QString::fromUtf8("a\n中") << 0;
        QTest::newRow("invalid byte on line 3") << QByteArray("one\ntwo\nth\xFFree\n") << "" << 3;
        QTest::newRow("overlong") << QByteArray("\xC0\xAF") << "" << 1;
        QTest::newRow("surrogate") << QByteArray("ok\n\xED\xA0\x80") << "" << 2;
        QTest::newRow("truncated at end") << QByteArray("ok\n\xE2\x82") << "" << 2;
        QTest::newRow("Latin-1") << QByteArray("caf\xE9\n") << "" << 1;
        QTest::newRow("NUL (UTF-16 without BOM)") << QByteArray("a\0b\0", 4) << "" << 1;
        QTest::newRow("odd UTF-16") << QByteArray("\xFF\xFE"
                                                  "a\0b",
                                                  5)
                                    << "" << 1;
    }
    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(int, errorLine);
        const auto decoded = ImportFormatRegistry::decode(bytes, QStringLiteral("f.txt"));
        if (errorLine == 0) {
            QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message()));
            QCOMPARE(*decoded, text);
        } else {
            QVERIFY(!decoded.ok());
            QCOMPARE(decoded.error().where, QStringLiteral("f.txt:%1").arg(errorLine));
            QVERIFY(decoded.error().what.startsWith(QStringLiteral("line %1: ").arg(errorLine)));
        }
    }

    void fixturesDecode()
    {
        QFile png(kDir + "logo.png");
        QVERIFY(png.open(QIODevice::ReadOnly));
        const auto binary = ImportFormatRegistry::decode(png.readAll(), "logo.png");
        QVERIFY(!binary.ok());
        QVERIFY(binary.error().what.contains("UTF-8"));
        QFile bom(kDir + "bom-crlf-team-prompts.csv");
        QVERIFY(bom.open(QIODevice::ReadOnly));
        const auto text = ImportFormatRegistry::decode(bom.readAll(), "t.csv");
        QVERIFY(text->startsWith("Prompt;"));
        QVERIFY(!text->contains(QLatin1Char('\r')));
    }

    void hostileInputsFailCleanly()
    {
        const QString deep = QString(100000, QLatin1Char('[')) + QString(100000, QLatin1Char(']'));
        const ParseResult nested = parseAs("json", deep, "deep.json");
        QVERIFY(nested.error.has_value());
        QVERIFY2(nested.error->reason.contains("nested too deeply"), qPrintable(nested.error->reason));
        QVERIFY(parseAs("jsonl", deep, "deep.jsonl").error.has_value());
        const ParseResult yaml =
            parseAs("promptfoo-yaml", "- " + QString(5000, QLatin1Char('[')), "deep.yaml");
        QVERIFY(yaml.error.has_value());

        const QString big(10 * 1024 * 1024, QLatin1Char('x'));
        const ParseResult text = parseAs("text", big, "big.txt");
        QCOMPARE(text.prompts.size(), 1);
        QCOMPARE(text.prompts.first().content.size(), big.size());
        const ParseResult line =
            parseAs("jsonl", QStringLiteral("{\"prompt\": \"%1\"}\n{\"prompt\": ").arg(big), "big.jsonl");
        QCOMPARE(line.error->line, 2);
        const ParseResult csv = parseAs("csv", QStringLiteral("prompt\n\"%1").arg(big), "big.csv");
        QCOMPARE(csv.error->line, 2);
        QCOMPARE(csv.error->reason, QStringLiteral("unclosed quote in field 1"));
        QVERIFY(ImportFormatRegistry::instance().detect("big.txt", ImportFormatRegistry::head(big)));
    }

    // Found by fuzzing (tests/fuzz): a token limit beyond int's range was converted regardless
    // (undefined behaviour); now the file fails with the key and the line.
    void tokenLimitsOutOfRangeFail_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::newRow("json huge") << "json" << "[{\"prompt\": \"p\", \"max_tokens\": 3e67}]" << "a.json" << 1;
        QTest::newRow("jsonl negative") << "jsonl" << "{\"prompt\": \"p\"}\n{\"prompt\": \"q\", \"maxTokens\": -5}"
                                        << "a.jsonl" << 2;
        QTest::newRow("csv fraction") << "csv" << "prompt,max_tokens\nhello,12.5" << "a.csv" << 2;
        QTest::newRow("prompty huge") << "prompty"
                                      << "---\nname: x\nmodel:\n  parameters:\n    max_tokens: 1e300\n---\nuser:\nHi"
                                      << "a.prompty" << 5;
    }
    void tokenLimitsOutOfRangeFail()
    {
        QFETCH(QString, format);
        QFETCH(QString, text);
        QFETCH(QString, file);
        QFETCH(int, line);
        const ParseResult result = parseAs(qPrintable(format), text, file);
        QVERIFY(result.error.has_value());
        QVERIFY2(result.error->reason.contains("must be a whole number"), qPrintable(result.error->reason));
        QCOMPARE(result.error->line, line);
        // In range it is taken.
        QCOMPARE(parseAs("json", "[{\"prompt\": \"p\", \"max_tokens\": 4096}]", "a.json").prompts.first().maxTokens,
                 std::optional<int>(4096));
    }

    void everyFormatIsRegistered()
    {
        QStringList names;
        for (const auto& format : ImportFormatRegistry::instance().formats())
            names << format->name();
        names.sort();
        QCOMPARE(names, (QStringList{"athanor", "csv", "dotprompt", "github-prompt", "json", "jsonl",
                                     "langfuse", "markdown", "promptfoo-yaml", "prompty", "text"}));
    }
};

ATHANOR_TEST(ImportFormatsTest)
#include "tst_importformats.moc"
