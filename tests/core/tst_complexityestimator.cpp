#include "TestRegistry.h"
#include "core/enhance/ComplexityEstimator.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace athanor;

namespace {

QString dataFile(const QString& name)
{
    QFile file(QStringLiteral(ATHANOR_TEST_DATA_DIR "/prompts/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool anyReasonContains(const QStringList& reasons, const QString& needle)
{
    return std::any_of(reasons.cbegin(), reasons.cend(),
                       [&](const QString& r) { return r.contains(needle); });
}

const char* describe(const ComplexityAssessment& a)
{
    static QByteArray text;
    text = QStringLiteral("level %1, score %2: %3")
               .arg(a.level)
               .arg(a.score)
               .arg(a.reasons.join(" | "))
               .toUtf8();
    return text.constData();
}

const QString kBugFix = QStringLiteral(
    "My Python function is supposed to return the running average of a list, but it returns the wrong values "
    "after the first element. Find the bug, explain why it happens, and then give a corrected version. Also "
    "add "
    "two unit tests with pytest. Do not change the function signature.\n\n"
    "```python\ndef running_average(values):\n    total = 0\n    result = []\n    for i, v in "
    "enumerate(values):\n"
    "        total += v\n        result.append(total / i)\n    return result\n```\n");

const QString kSpec = QStringLiteral(
    R"(You are a senior backend engineer. Design and implement a rate-limited webhook delivery service for our
payments platform. The audience for the design section is the engineering leadership; the code is for the
developers who will maintain it.

Requirements:
1. Accept events over an HTTP endpoint and persist them in PostgreSQL before acknowledging.
2. Deliver each event to every subscribed URL with exponential backoff and at most 8 retries.
3. Deliveries must be idempotent: receivers must be able to deduplicate with an idempotency key.
4. Respect a per-subscriber rate limit of no more than 50 requests per second.
5. Sign every payload with HMAC-SHA256 and include the signature in a header.
6. Expose metrics for latency, throughput and failure rate.
7. Write unit tests for the retry schedule and the signature check.
8. Document the failure modes and how an operator recovers from each.

Constraints:
- The service must be written in Go 1.22 without third-party web frameworks.
- It should not lose events if the process crashes between persistence and delivery.
- The design document must be at most 1500 words, in markdown, with a sequence diagram in Mermaid.
- Return the API as an OpenAPI 3.1 document in YAML.

Here is the event schema we use today:

```json
{
  "id": "evt_123",
  "type": "payment.succeeded",
  "created": 1714000000,
  "data": {"amount": 1250, "currency": "EUR"}
}
```

And the current (naive) sender, which you should replace:

```go
func send(url string, body []byte) error {
    resp, err := http.Post(url, "application/json", bytes.NewReader(body))
    if err != nil {
        return err
    }
    defer resp.Body.Close()
    return nil
}
```

Finally, compare your design with using a managed queue (SQS or Pub/Sub) and explain the trade-offs in
consistency, cost and operational load. Also list the open questions you would ask the team before starting.
)");

} // namespace

class ComplexityEstimatorTest : public QObject
{
    Q_OBJECT
private slots:
    void levels_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<int>("minLevel");
        QTest::addColumn<int>("maxLevel");

        // Level 1: greetings and one-line lookups.
        QTest::newRow("greeting") << "Hi there!" << 1 << 1;
        QTest::newRow("capital lookup") << "What is the capital of France?" << 1 << 1;
        QTest::newRow("definition") << "Define photosynthesis." << 1 << 1;
        QTest::newRow("chinese lookup") << QStringLiteral("请用三句话解释什么是机器学习。") << 1 << 2;
        // Short single tasks: 1-2.
        QTest::newRow("haiku") << "Write a haiku about autumn" << 1 << 2;
        QTest::newRow("palindrome")
            << "Write a Python function that checks whether a string is a palindrome, "
               "ignoring case and punctuation."
            << 1 << 2;
        QTest::newRow("inline code question")
            << "Why does `re.match(r'\\d+', 'abc123')` return None in Python?" << 1 << 2;
        QTest::newRow("german email")
            << QStringLiteral("Schreibe eine kurze E-Mail an meinen Vermieter, dass die "
                              "Heizung seit Montag nicht funktioniert.")
            << 1 << 2;
        QTest::newRow("two questions")
            << "Is Rust faster than Go? And which one is easier to learn?" << 1 << 2;
        // A paragraph with a couple of requirements: around 3.
        QTest::newRow("explain for kids")
            << "Explain how vaccines train the immune system. My audience is a class of 12-year-olds, so "
               "avoid jargon "
               "and use one everyday analogy. It should take about two minutes to read aloud."
            << 2 << 3;
        QTest::newRow("two versions") << "Write two versions of a product description for our "
                                         "noise-cancelling headphones: one for audiophiles "
                                         "and one for frequent business travellers. Each must be under 80 "
                                         "words, mention the 30-hour battery, "
                                         "and end with a call to action."
                                      << 2 << 3;
        QTest::newRow("cover letter")
            << "I need a cover letter for a junior data analyst position at a mid-sized retail company. It "
               "should "
               "highlight my Excel skills and my six-month internship at a regional bank. Keep it under 300 "
               "words and "
               "use a confident but friendly tone. Do not mention salary expectations."
            << 3 << 3;
        QTest::newRow("trip plan") << "I'm visiting Lisbon for three days in October with my partner, who "
                                      "uses a wheelchair. Suggest an "
                                      "itinerary that avoids steep streets where possible and includes at "
                                      "least one day trip. We like food "
                                      "markets and museums more than nightlife. Give rough costs in euros."
                                   << 2 << 3;
        QTest::newRow("marketing plan") << "We are launching a budget meal-planning app in the UK next "
                                           "spring. Draft a go-to-market plan covering "
                                           "positioning, the three main channels we should use, a rough "
                                           "monthly budget split for the first "
                                           "quarter, and the metrics we should track. Our audience is "
                                           "students and young families, and the tone "
                                           "should be practical rather than salesy. Keep it to one page."
                                        << 3 << 3;
        QTest::newRow("table analysis")
            << "Here are our quarterly numbers. Compare the four quarters, identify the weakest one, and "
               "suggest two "
               "actions for next year. Keep the answer under 200 words.\n\n"
               "| Quarter | Revenue | Costs | Churn |\n|---|---|---|---|\n| Q1 | 1.2M | 0.9M | 3% |\n"
               "| Q2 | 1.4M | 1.0M | 2.5% |\n| Q3 | 1.1M | 1.0M | 4% |\n| Q4 | 1.6M | 1.1M | 2% |\n"
            << 3 << 4;
        // Multi-part with constraints and code or data: 4.
        QTest::newRow("bug fix with code") << kBugFix << 4 << 4;
        QTest::newRow("json to csv")
            << "Convert the following order records into a CSV with exactly these columns: id, customer, "
               "total_eur. "
               "Round totals to two decimals and sort by total, descending. Only include orders with status "
               "\"paid\". Return nothing but the CSV.\n\n"
               "[\n  {\"id\": 1, \"customer\": \"Ada\", \"total\": 12.5, \"status\": \"paid\"},\n"
               "  {\"id\": 2, \"customer\": \"Linus\", \"total\": 7.25, \"status\": \"refunded\"},\n"
               "  {\"id\": 3, \"customer\": \"Grace\", \"total\": 99.999, \"status\": \"paid\"}\n]\n"
            << 4 << 4;
        QTest::newRow("sql review")
            << "Review this query for performance. It runs against a PostgreSQL table with 40 million "
               "rows.\n\n"
               "```sql\nSELECT c.name, SUM(o.total)\nFROM orders o JOIN customers c ON c.id = o.customer_id\n"
               "WHERE o.created_at > now() - interval '30 days'\nGROUP BY c.name\nORDER BY 2 DESC;\n```\n\n"
               "1. Point out which index would help and why.\n2. Rewrite the query if it can be made "
               "faster.\n"
               "3. Estimate the latency improvement.\nAnswer in a markdown table with at most 5 rows."
            << 4 << 4;
        QTest::newRow("csv cleaning")
            << "Clean up the customer export below. Normalise the phone numbers to E.164, split the name "
               "column into "
               "first and last name, and flag rows with an invalid email. Then return the cleaned rows as "
               "CSV, "
               "without the header, and list every change you made in a markdown table.\n\n"
               "name,phone,email,country\nJohn Smith,(555) 123-4567,john@example.com,US\n"
               "Maria Garcia,+34 612 345 678,maria@,ES\nLi Wei,138 0013 8000,liwei@example.cn,CN\n"
               "Anna Müller,0151 2345678,anna.mueller@example.de,DE\n"
            << 4 << 4;
        // Long specifications with many sub-tasks, constraints, code or data and domain terms: 5.
        QTest::newRow("webhook spec") << kSpec << 5 << 5;
        QTest::newRow("contract review")
            << "Act as a contracts lawyer reviewing a SaaS agreement for a mid-sized hospital group. "
               "Summarize the "
               "attached clauses for two audiences: the hospital's executives (plain language, no more than "
               "150 "
               "words) and its compliance officers (precise, citing clause numbers).\n\nFor each clause:\n"
               "- identify the liability cap and any carve-outs for indemnification;\n"
               "- flag anything that conflicts with HIPAA or GDPR obligations;\n"
               "- note the governing law and jurisdiction;\n"
               "- suggest a redline where the hospital's position is weak.\n\n"
               "Then produce a risk table with columns Clause, Risk (High/Medium/Low), Rationale and "
               "Proposed "
               "change. The table must list at least 6 rows and must be sorted by risk. Do not give generic "
               "advice; "
               "quote the clause text you rely on. Finish with three questions for the vendor's counsel, and "
               "deliver everything by Friday.\n\n"
               "Clause 9.2: \"Vendor's aggregate liability shall not exceed the fees paid in the twelve (12) "
               "months "
               "preceding the claim.\"\nClause 14: \"This Agreement is governed by the laws of the State of "
               "Delaware.\"\n"
            << 5 << 5;
    }
    void levels()
    {
        QFETCH(QString, prompt);
        QFETCH(int, minLevel);
        QFETCH(int, maxLevel);
        const ComplexityAssessment a = ComplexityEstimator::estimate(prompt);
        QVERIFY2(a.level >= minLevel && a.level <= maxLevel, describe(a));
        QVERIFY(a.score >= 0);
        for (const QString& reason : a.reasons)
            QVERIFY2(!reason.trimmed().isEmpty(), describe(a));
    }

    void levelsRiseWithTheScore()
    {
        // The level is a step function of the score: a higher score never means a lower level.
        const QStringList prompts{"Hi", "Write a haiku about autumn", kBugFix, kSpec};
        ComplexityAssessment previous;
        for (const QString& p : prompts) {
            const ComplexityAssessment a = ComplexityEstimator::estimate(p);
            QVERIFY2(a.score >= previous.score && a.level >= previous.level, describe(a));
            previous = a;
        }
    }

    void reasonsNameTheCodeBlock()
    {
        const ComplexityAssessment a = ComplexityEstimator::estimate(kBugFix);
        QVERIFY2(a.reasons.contains(QStringLiteral("contains a code block")), describe(a));
        const ComplexityAssessment two = ComplexityEstimator::estimate(kSpec);
        QVERIFY2(two.reasons.contains(QStringLiteral("contains a code block")),
                 describe(two)); // one go block
        QVERIFY2(anyReasonContains(two.reasons, QStringLiteral("JSON data")),
                 describe(two)); // ```json is data
    }

    void reasonsNameTheConstraints()
    {
        const ComplexityAssessment a =
            ComplexityEstimator::estimate("Summarize the report. You must cite page numbers, keep it to at "
                                          "most 200 words and return JSON.");
        QVERIFY2(a.reasons.contains(QStringLiteral("3 explicit constraints (must, at most 200 words, JSON)")),
                 describe(a));
        const ComplexityAssessment none = ComplexityEstimator::estimate("What is the capital of France?");
        QVERIFY2(!anyReasonContains(none.reasons, QStringLiteral("constraint")), describe(none));
    }

    void reasonsCountTheSubTasks_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("reason");
        QTest::newRow("numbered list under an umbrella line")
            << dataFile("22-numbered-eight-subtasks.txt") << "8 separate sub-tasks";
        QTest::newRow("joined requests")
            << "Find the bug, explain why it happens, and then give a fix. Also add a test."
            << "4 separate sub-tasks";
        QTest::newRow("bullets") << "Please:\n- translate the text\n- shorten it\n- suggest a title\n"
                                 << "3 separate sub-tasks";
    }
    void reasonsCountTheSubTasks()
    {
        QFETCH(QString, prompt);
        QFETCH(QString, reason);
        QVERIFY(!prompt.isEmpty());
        const ComplexityAssessment a = ComplexityEstimator::estimate(prompt);
        QVERIFY2(a.reasons.contains(reason), describe(a));
        // Most important first: the reasons follow the score each feature contributed.
        QVERIFY2(!a.reasons.isEmpty(), describe(a));
    }

    void reasonsOnlyForWhatWasFound()
    {
        const ComplexityAssessment a = ComplexityEstimator::estimate("Write a haiku about autumn");
        QVERIFY2(a.reasons.isEmpty(), describe(a));
        const ComplexityAssessment terms = ComplexityEstimator::estimate(
            "Why is our API latency high when the endpoint is idempotent and the cache is warm?");
        QVERIFY2(anyReasonContains(terms.reasons, QStringLiteral("uses domain terms: api, latency, endpoint, "
                                                                 "idempotent, cache")),
                 describe(terms));
        const ComplexityAssessment table = ComplexityEstimator::estimate(dataFile("08-markdown-table.txt"));
        QVERIFY2(table.reasons.contains(QStringLiteral("contains tabular data")), describe(table));
        const ComplexityAssessment nested = ComplexityEstimator::estimate(dataFile("05-nested-fences.txt"));
        QVERIFY2(nested.reasons.contains(QStringLiteral("contains a code block")),
                 describe(nested)); // not three
    }

    void deterministic()
    {
        for (const QString& p :
             {kBugFix, kSpec, dataFile("10-rtl-mixed.txt"), dataFile("23-large-spec-100k.txt")}) {
            const ComplexityAssessment a = ComplexityEstimator::estimate(p);
            const ComplexityAssessment b = ComplexityEstimator::estimate(QString(p)); // a separate copy
            QCOMPARE(a.level, b.level);
            QCOMPARE(a.score, b.score);
            QCOMPARE(a.reasons, b.reasons);
        }
    }

    void emptyAndWhitespace_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::newRow("null") << QString();
        QTest::newRow("empty") << QString("");
        QTest::newRow("spaces") << QString("     ");
        QTest::newRow("mixed whitespace") << QString(" \t\r\n\n\t  \u00a0\u2003\n");
        QTest::newRow("whitespace file") << dataFile("02-whitespace-only.txt");
    }
    void emptyAndWhitespace()
    {
        QFETCH(QString, prompt);
        const ComplexityAssessment a = ComplexityEstimator::estimate(prompt);
        QCOMPARE(a.level, 1);
        QCOMPARE(a.score, 0.0);
        QVERIFY(a.reasons.isEmpty());
    }

    void oddInputs_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::newRow("lone surrogate") << QString(QChar(0xD83D)) + "Write a poem" + QChar(0xDE00);
        QTest::newRow("unclosed fence") << QString("Fix this:\n```cpp\nint main() {\n");
        QTest::newRow("unbalanced json") << QString("{\"a\": [1, 2,\nExplain this.");
        QTest::newRow("only punctuation") << QString("?!?!... ,,, ;;;");
        QTest::newRow("fence markers only") << QString("```\n```\n~~~\n");
        QTest::newRow("one huge word") << QString(20000, QChar('a'));
        QTest::newRow("many braces") << QString("{\n").repeated(5000);
    }
    void oddInputs()
    {
        QFETCH(QString, prompt);
        const ComplexityAssessment a = ComplexityEstimator::estimate(prompt);
        QVERIFY(a.level >= 1 && a.level <= 5);
    }

    // Property test over the tricky prompts in tests/data/prompts: every file gives a level in range, the
    // same answer twice, and non-empty reasons.
    void corpus()
    {
        const QDir dir(QStringLiteral(ATHANOR_TEST_DATA_DIR "/prompts"));
        const QStringList files = dir.entryList({"*.txt"}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 20, qPrintable(dir.absolutePath()));
        for (const QString& name : files) {
            const QString text = dataFile(name);
            const ComplexityAssessment a = ComplexityEstimator::estimate(text);
            const ComplexityAssessment b = ComplexityEstimator::estimate(text);
            QVERIFY2(a.level >= 1 && a.level <= 5, qPrintable(name));
            QVERIFY2(a.level == b.level && a.reasons == b.reasons, qPrintable(name));
            QVERIFY2(std::none_of(a.reasons.cbegin(), a.reasons.cend(),
                                  [](const QString& r) { return r.isEmpty(); }),
                     qPrintable(name));
            if (!text.trimmed().isEmpty() && a.level > 1)
                QVERIFY2(!a.reasons.isEmpty(), qPrintable(name));
        }
        QCOMPARE(ComplexityEstimator::estimate(dataFile("01-one-word.txt")).level, 1);
        QCOMPARE(ComplexityEstimator::estimate(dataFile("23-large-spec-100k.txt")).level, 5);
        // CRLF and LF spell the same prompt.
        const QString crlf = dataFile("16-crlf-line-endings.txt");
        QVERIFY(crlf.contains("\r\n"));
        QString lf = crlf;
        lf.replace("\r\n", "\n");
        QCOMPARE(ComplexityEstimator::estimate(crlf).reasons, ComplexityEstimator::estimate(lf).reasons);
    }

    // Speed is measured by build/bench/bench_enhance, not here: timed unit tests are flaky.
    void hugeInputIsHandled()
    {
        const QString text = dataFile("23-large-spec-100k.txt");
        QVERIFY(text.toUtf8().size() >= 95 * 1024);
        QCOMPARE(ComplexityEstimator::estimate(text).level, 5);
        const ComplexityAssessment longLines = ComplexityEstimator::estimate(dataFile("18-very-long-lines.txt"));
        QVERIFY(longLines.level >= 1 && longLines.level <= 5);
    }
};

ATHANOR_TEST(ComplexityEstimatorTest)
#include "tst_complexityestimator.moc"
