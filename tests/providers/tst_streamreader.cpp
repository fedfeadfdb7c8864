#include "ProviderSamples.h"
#include "TestRegistry.h"
#include "core/providers/StreamReader.h"

#include <QTest>

using namespace athanor;
using namespace athanor::test;

namespace {

QList<StreamEvent> readInPieces(StreamReader& reader, const QByteArray& body, const QList<int>& cuts)
{
    QList<StreamEvent> events;
    int from = 0;
    for (int cut : cuts) {
        events += reader.feed(body.mid(from, cut - from));
        from = cut;
    }
    events += reader.feed(body.mid(from));
    events += reader.finish();
    return events;
}

QByteArray joined(const QList<StreamEvent>& events)
{
    QByteArray out;
    for (const StreamEvent& event : events)
        out += event.name + '|' + event.data + '\n';
    return out;
}

} // namespace

class StreamReaderTest : public QObject
{
    Q_OBJECT
private slots:
    void sseFields_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("lf") << QByteArray("data: a\n\ndata: b\n\n") << QByteArray("|a\n|b\n");
        QTest::newRow("crlf") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n") << QByteArray("|a\n|b\n");
        QTest::newRow("cr only") << QByteArray("data: a\r\rdata: b\r\r") << QByteArray("|a\n|b\n");
        QTest::newRow("event name") << QByteArray("event: ping\ndata: {}\n\n") << QByteArray("ping|{}\n");
        QTest::newRow("multi-line data") << QByteArray("data: one\ndata: two\n\n") << QByteArray("|one\ntwo\n");
        QTest::newRow("no space after colon") << QByteArray("data:x\n\n") << QByteArray("|x\n");
        QTest::newRow("only one space removed") << QByteArray("data:  x\n\n") << QByteArray("| x\n");
        QTest::newRow("comments ignored") << QByteArray(": hi\ndata: a\n: there\n\n") << QByteArray("|a\n");
        QTest::newRow("blank lines without data") << QByteArray("\n\n\nevent: x\n\ndata: a\n\n") << QByteArray("|a\n");
        QTest::newRow("id and retry ignored") << QByteArray("id: 7\nretry: 10\ndata: a\n\n") << QByteArray("|a\n");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF" "data: a\n\n") << QByteArray("|a\n");
        QTest::newRow("last event unterminated") << QByteArray("data: a\n\ndata: b") << QByteArray("|a\n|b\n");
        QTest::newRow("empty data line") << QByteArray("data\n\n") << QByteArray("|\n");
    }
    void sseFields()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, expected);
        SseReader whole;
        QCOMPARE(joined(readInPieces(whole, body, {})), expected);
        // And byte by byte: every possible place a network read can end.
        QList<int> everyByte;
        for (int i = 1; i < body.size(); ++i)
            everyByte << i;
        SseReader bytes;
        QCOMPARE(joined(readInPieces(bytes, body, everyByte)), expected);
    }

    // Every provider's sample stream cut in two at every offset gives the same events as whole.
    void samplesSplitAnywhere_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("sse");
        QTest::addColumn<int>("events");
        QTest::newRow("openai") << samples::kOpenAiStream << true << 7;
        QTest::newRow("anthropic crlf") << samples::kAnthropicStream << true << 9;
        QTest::newRow("gemini") << samples::kGeminiStream << true << 3;
        QTest::newRow("ollama") << samples::kOllamaStream << false << 4;
    }
    void samplesSplitAnywhere()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, sse);
        QFETCH(int, events);
        auto make = [sse]() -> std::unique_ptr<StreamReader> {
            if (sse)
                return std::make_unique<SseReader>();
            return std::make_unique<JsonLinesReader>();
        };
        const QByteArray expected = joined(readInPieces(*make(), body, {}));
        QCOMPARE(expected.count('\n') >= events, true);
        QCOMPARE(int(readInPieces(*make(), body, {}).size()), events);
        for (int cut = 1; cut < body.size(); ++cut) {
            auto reader = make();
            const QByteArray got = joined(readInPieces(*reader, body, {cut}));
            if (got != expected)
                QFAIL(qPrintable(QStringLiteral("differs when cut at byte %1").arg(cut)));
        }
    }

    void sseCrLfSplitBetweenCrAndLf()
    {
        SseReader reader;
        QCOMPARE(reader.feed("data: a\r").size(), 0);
        QCOMPARE(reader.feed("\n\r").size(), 0);
        const QList<StreamEvent> events = reader.feed("\ndata: b\r\n\r\n");
        QCOMPARE(joined(events), QByteArray("|a\n|b\n"));
    }

    void oversizedEventIsAnError()
    {
        SseReader sse(64);
        sse.feed("data: " + QByteArray(100, 'x'));
        QVERIFY(sse.overflowed());
        QVERIFY(sse.finish().isEmpty());

        JsonLinesReader lines(64);
        lines.feed(QByteArray(65, 'x'));
        QVERIFY(lines.overflowed());

        SseReader fine(64);
        fine.feed("data: " + QByteArray(40, 'x') + "\n\n");
        QVERIFY(!fine.overflowed());
    }

    void jsonLines()
    {
        JsonLinesReader reader;
        QCOMPARE(reader.feed("{\"a\":1}\r\n\n  \n{\"b\"").size(), 1);
        QCOMPARE(reader.feed(":2}").size(), 0);
        const QList<StreamEvent> last = reader.finish();
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.first().data, QByteArray("{\"b\":2}"));
    }
};

ATHANOR_TEST(StreamReaderTest)
#include "tst_streamreader.moc"
