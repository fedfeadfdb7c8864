#include "TestRegistry.h"
#include "core/catalog/CatalogLoader.h"
#include "core/enhance/Enhancer.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace athanor;

namespace {

// One engine for the whole suite: the shipped catalog and a classifier trained on all of it.
const Enhancer& engine()
{
    static const Enhancer instance = [] {
        auto catalog = CatalogLoader::loadDirectory();
        if (!catalog)
            qFatal("%s", qPrintable(catalog.error().message()));
        return Enhancer(*catalog, IntentClassifier::train(IntentClassifier::samplesFrom(catalog->intents)));
    }();
    return instance;
}

QStringList codes(const Enhancement& e)
{
    QStringList result;
    for (const auto& t : e.techniques)
        result << t.code;
    return result;
}

// Every occurrence of `pattern` in `text`, in order.
QStringList matches(const QString& text, const QRegularExpression& pattern)
{
    QStringList found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured();
    return found;
}

} // namespace

class EnhancerTest : public QObject
{
    Q_OBJECT
private slots:
    void modelFamily_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("family");
        QTest::newRow("empty") << "" << "generic";
        QTest::newRow("gpt") << "gpt-4o-mini" << "openai";
        QTest::newRow("o3") << "o3-mini" << "openai";
        QTest::newRow("claude") << "claude-3-5-sonnet-latest" << "anthropic";
        QTest::newRow("gemini") << "gemini-2.0-flash" << "gemini";
        QTest::newRow("llama") << "llama3.1:8b" << "open";
        QTest::newRow("gemma is open") << "gemma2" << "open";
        QTest::newRow("openrouter vendor") << "anthropic/claude-sonnet-4" << "anthropic";
        QTest::newRow("openrouter open") << "meta-llama/llama-3.1-70b-instruct" << "open";
        QTest::newRow("family name") << "OpenAI" << "openai";
        QTest::newRow("unknown") << "frobnicator-9" << "";
    }
    void modelFamily()
    {
        QFETCH(QString, model);
        QFETCH(QString, family);
        auto result = Enhancer::modelFamily(model);
        if (family.isEmpty()) {
            QVERIFY(!result.ok());
            QVERIFY(result.error().hint.contains("anthropic"));
        } else {
            QVERIFY(result.ok());
            QCOMPARE(*result, family);
        }
    }

    void errors_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QStringList>("techniques");
        QTest::addColumn<QString>("persona");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << "" << QStringList{} << "" << "empty";
        QTest::newRow("whitespace") << " \n\t " << QStringList{} << "" << "empty";
        QTest::newRow("unknown technique") << "hi" << QStringList{"chain_of_thougt"} << "" << "chain_of_thought";
        QTest::newRow("unknown technique, nothing close") << "hi" << QStringList{"qqqqqqqqqq"} << "" << "self_refine";
        QTest::newRow("unknown persona") << "hi" << QStringList{} << "poet" << "analysis";
        QTest::newRow("conflicting") << "hi" << QStringList{"zero_shot", "few_shot"} << "" << "together";
    }
    void errors()
    {
        QFETCH(QString, prompt);
        QFETCH(QStringList, techniques);
        QFETCH(QString, persona);
        QFETCH(QString, mentions);
        EnhancementOptions options;
        options.techniques = techniques;
        options.persona = persona;
        auto result = engine().enhance(prompt, options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().exitCode(), 2);
        QVERIFY2((result.error().what + result.error().hint).contains(mentions), qPrintable(result.error().message()));
    }

    void compositionRules_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<int>("max");
        QTest::newRow("math") << "A train leaves at 3 pm at 80 km/h; another at 4 pm at 100 km/h. When does the second "
                                 "catch up? Show the working." << 3;
        QTest::newRow("code") << "Write a Rust function that parses ISO-8601 dates and returns a Result." << 2;
        QTest::newRow("story") << "Write a short story about a robot learning to paint, under 500 words." << 4;
        QTest::newRow("summary") << "Summarise this article for a busy executive: <article text>" << 1;
        QTest::newRow("plan") << "Plan a product launch in six weeks with a team of four." << 5;
    }
    void compositionRules()
    {
        QFETCH(QString, prompt);
        QFETCH(int, max);
        EnhancementOptions options;
        options.maxTechniques = max;
        auto e = engine().enhance(prompt, options);
        QVERIFY(e.ok());
        QVERIFY(!e->techniques.isEmpty());
        QVERIFY(e->techniques.size() <= max);
        const QStringList order{"persona", "context", "task", "reasoning", "output", "verification"};
        QSet<QString> sections;
        for (qsizetype i = 0; i < e->techniques.size(); ++i) {
            const auto& t = e->techniques.at(i);
            QVERIFY2(!t.reason.isEmpty(), qPrintable(t.code));
            QVERIFY2(!sections.contains(t.section), "one technique per section");
            sections.insert(t.section);
            if (i > 0)
                QVERIFY(order.indexOf(e->techniques.at(i - 1).section) <= order.indexOf(t.section));
            const Technique* technique = engine().catalog().technique(t.code);
            QVERIFY2(!technique->requiresExamples, "the prompt brings no examples");
            for (const auto& other : e->techniques)
                QVERIFY2(!technique->conflictsWith.contains(other.code), qPrintable(t.code + " vs " + other.code));
        }
        QVERIFY(!e->improvements.isEmpty());
        QVERIFY(e->complexity >= 1 && e->complexity <= 5);
    }

    void explicitTechniquesAreApplied()
    {
        EnhancementOptions options;
        options.techniques = {"chain_of_verification", "role_prompting"};
        options.persona = "code";
        auto e = engine().enhance("Explain what a mutex is.", options);
        QVERIFY(e.ok());
        QCOMPARE(codes(*e), (QStringList{"role_prompting", "chain_of_verification"})); // ordered by section
        QVERIFY2(e->enhanced.contains("senior software engineer"), qPrintable(e->enhanced)); // the persona's role
        options.persona = "writing";
        QVERIFY(engine().enhance("Explain what a mutex is.", options)->enhanced.contains("writer and editor"));
    }

    void layoutFollowsTheModelFamily_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("taskOpening");
        QTest::newRow("anthropic") << "claude-sonnet-4" << "<task>\n";
        QTest::newRow("openai") << "gpt-4o" << "## Task\n";
        QTest::newRow("gemini") << "gemini-2.0-flash" << "TASK:\n";
        QTest::newRow("open") << "llama3.1" << "### Task\n";
        QTest::newRow("generic") << "" << "## Task\n";
    }
    void layoutFollowsTheModelFamily()
    {
        QFETCH(QString, target);
        QFETCH(QString, taskOpening);
        const QString prompt = "List three risks of\nmigrating a monolith to microservices.";
        EnhancementOptions options;
        options.targetModel = target;
        auto e = engine().enhance(prompt, options);
        QVERIFY(e.ok());
        QVERIFY2(e->enhanced.contains(taskOpening + prompt), qPrintable(e->enhanced));
        QVERIFY(e->enhanced.count('\n') > prompt.count('\n') + 3); // structured, never one line
    }

    void userTagsDoNotCollide()
    {
        EnhancementOptions options;
        options.targetModel = "anthropic";
        const QString prompt = "Explain this XML: <task>do it</task> and what {{task}} means.";
        auto e = engine().enhance(prompt, options);
        QVERIFY(e.ok());
        QVERIFY(e->enhanced.contains("<user_task>\n" + prompt + "\n</user_task>"));
    }

    void deterministic()
    {
        const QString prompt = "Compare PostgreSQL and SQLite for a desktop app that syncs to a server.";
        auto a = engine().enhance(prompt);
        auto b = engine().enhance(prompt);
        QCOMPARE(a->enhanced, b->enhanced);
        QCOMPARE(codes(*a), codes(*b));
        QCOMPARE(a->improvements, b->improvements);
    }

    // Every tricky prompt keeps every line, code block, quoted line, URL, number and placeholder
    // of the original, verbatim and in order, for every model family.
    void keepsThePromptIntact_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(ATHANOR_TEST_DATA_DIR "/prompts"));
        const QStringList files = dir.entryList({"*.txt"}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 20, "the tricky-prompt corpus is missing");
        for (const QString& f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void keepsThePromptIntact()
    {
        QFETCH(QString, file);
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString prompt = QString::fromUtf8(in.readAll());
        for (const QString& family : Enhancer::modelFamilies()) {
            EnhancementOptions options;
            options.targetModel = family;
            auto e = engine().enhance(prompt, options);
            if (prompt.trimmed().isEmpty()) {
                QVERIFY(!e.ok());
                continue;
            }
            QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().message()));
            const QString& out = e->enhanced;
            // Piece by piece, each found in the output after the previous one, so that a failure
            // says what was lost or reordered.
            static const QRegularExpression placeholders(R"(\{\{[^{}]*\}\}|\$\{[^{}]*\}|\{[A-Za-z_][A-Za-z0-9_]*\})");
            static const QRegularExpression fences(R"(```[\s\S]*?```|~~~[\s\S]*?~~~)");
            static const QRegularExpression urls(R"(https?://\S+)");
            static const QRegularExpression numbers(R"(\d+(?:[.,]\d+)*%?)");
            static const QRegularExpression quoted(R"((?m)^>.*$)");
            QList<QStringList> pieces{prompt.split('\n')};
            for (const QRegularExpression* pattern : {&placeholders, &fences, &urls, &numbers, &quoted})
                pieces << matches(prompt, *pattern);
            for (const QStringList& kind : pieces) {
                qsizetype from = 0;
                for (const QString& piece : kind) {
                    const qsizetype at = out.indexOf(piece, from);
                    QVERIFY2(at >= 0, qPrintable(family + ": lost or reordered: " + piece.left(80)));
                    from = at + piece.size();
                }
            }
            // And the whole original as one unchanged block.
            QVERIFY2(out.contains(prompt), qPrintable(family));
        }
    }
};

ATHANOR_TEST(EnhancerTest)
#include "tst_enhancer.moc"
