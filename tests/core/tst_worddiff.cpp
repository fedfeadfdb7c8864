#include "TestRegistry.h"
#include "core/WordDiff.h"

#include <QElapsedTimer>
#include <QTest>

using namespace athanor;

namespace {

using Op = WordDiff::Segment::Op;

// "=kept|-removed|+added": one segment per '|'-separated part, compact enough for a data table.
QString encode(const QList<WordDiff::Segment>& segments)
{
    QStringList parts;
    for (const auto& s : segments)
        parts << (s.op == Op::Equal    ? QStringLiteral("=")
                  : s.op == Op::Insert ? QStringLiteral("+")
                                       : QStringLiteral("-")) +
                     s.text;
    return parts.join(QLatin1Char('|'));
}

QString side(const QList<WordDiff::Segment>& segments, Op kept)
{
    QString text;
    for (const auto& s : segments)
        if (s.op == Op::Equal || s.op == kept)
            text += s.text;
    return text;
}

} // namespace

class WordDiffTest : public QObject
{
    Q_OBJECT
private slots:
    void diff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("identical") << "the quick fox"
                                   << "the quick fox"
                                   << "=the quick fox";
        QTest::newRow("insertion") << "the fox"
                                   << "the quick fox"
                                   << "=the |+quick |=fox";
        QTest::newRow("deletion") << "the quick fox"
                                  << "the fox"
                                  << "=the |-quick |=fox";
        QTest::newRow("replacement") << "the quick fox"
                                     << "the slow fox"
                                     << "=the |-quick|+slow|= fox";
        QTest::newRow("replaced run is one change") << "a b c"
                                                    << "x y c"
                                                    << "-a b|+x y|= c";
        QTest::newRow("insert at end") << "Write a poem"
                                       << "Write a poem about cats"
                                       << "=Write a poem|+ about cats";
        QTest::newRow("empty before") << ""
                                      << "hello world"
                                      << "+hello world";
        QTest::newRow("empty after") << "hello world"
                                     << ""
                                     << "-hello world";
        QTest::newRow("both empty") << ""
                                    << ""
                                    << "";
        QTest::newRow("unicode") << QString::fromUtf8("Grüße an alle 😀")
                                 << QString::fromUtf8("Grüße an euch 😀")
                                 << QString::fromUtf8("=Grüße an |-alle|+euch|= 😀");
        QTest::newRow("emoji is one token")
            << QString::fromUtf8("a 😀 b") << QString::fromUtf8("a 🚀 b") << QString::fromUtf8("=a |-😀|+🚀|= b");
        QTest::newRow("whitespace widened") << "a b"
                                            << "a  b"
                                            << "=a|- |+  |=b";
        QTest::newRow("line break to space") << "one\ntwo"
                                             << "one two"
                                             << "=one|-\n|+ |=two";
        QTest::newRow("punctuation") << "Hello, world"
                                     << "Hello world!"
                                     << "=Hello|-,|= world|+!";
        QTest::newRow("placeholder") << "Solve {{task}}"
                                     << "Solve {{task}} step by step"
                                     << "=Solve {{task}}|+ step by step";
    }
    void diff()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        const auto segments = WordDiff::diff(before, after);
        QCOMPARE(encode(segments), expected);
        // Whatever the segmentation, each side is reproduced exactly.
        QCOMPARE(side(segments, Op::Delete), before);
        QCOMPARE(side(segments, Op::Insert), after);
        for (qsizetype i = 1; i < segments.size(); ++i)
            QVERIFY(segments.at(i).op != segments.at(i - 1).op || segments.at(i).op != Op::Equal);
    }

    void tokenize()
    {
        QCOMPARE(WordDiff::tokenize("Hi,  you_2!\n"), (QStringList{"Hi", ",", "  ", "you_2", "!", "\n"}));
        QCOMPARE(
            WordDiff::tokenize(QString::fromUtf8("café 😀😀")),
            (QStringList{QString::fromUtf8("café"), " ", QString::fromUtf8("😀"), QString::fromUtf8("😀")}));
        QVERIFY(WordDiff::tokenize({}).isEmpty());
    }

    void htmlMarksAndEscapes()
    {
        const QString html = WordDiff::toHtml(
            {{Op::Equal, "keep <i>"}, {Op::Insert, "<b>new</b>"}, {Op::Delete, "a & \"b\""}});
        QVERIFY(html.contains("keep &lt;i&gt;"));
        QVERIFY(!html.contains("<b>"));
        QVERIFY(html.contains("&lt;b&gt;new&lt;/b&gt;"));
        QVERIFY(html.contains("a &amp; &quot;b&quot;"));
        const qsizetype inserted = html.indexOf("&lt;b&gt;new");
        const qsizetype deleted = html.indexOf("a &amp;");
        QVERIFY(html.lastIndexOf("background-color", inserted) > html.lastIndexOf("</span>", inserted));
        QVERIFY(html.lastIndexOf("line-through", deleted) > html.lastIndexOf("</span>", deleted));
        QVERIFY(html.contains("pre-wrap")); // line breaks and runs of spaces stay visible
    }

    void largeInputsFallBackQuickly()
    {
        QStringList a;
        QStringList b;
        for (int i = 0; i < 6000; ++i) {
            a << QStringLiteral("a%1").arg(i);
            b << QStringLiteral("b%1").arg(i);
        }
        const QString before = a.join(' ');
        const QString after = b.join(' ');
        QElapsedTimer timer;
        timer.start();
        const auto segments = WordDiff::diff("head " + before + " tail", "head " + after + " tail");
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(encode(segments), "=head |-" + before + "|+" + after + "|= tail");
    }

    void mediumInputsStayExact()
    {
        // Below the cap, a single change inside a long text is still found word by word.
        QStringList words;
        for (int i = 0; i < 1500; ++i)
            words << QStringLiteral("w%1").arg(i % 37);
        const QString before = words.join(' ');
        QStringList changed = words;
        changed[700] = QStringLiteral("CHANGED");
        changed[10] = QStringLiteral("ALSO");
        const auto segments = WordDiff::diff(before, changed.join(' '));
        QCOMPARE(side(segments, Op::Delete), before);
        QCOMPARE(side(segments, Op::Insert), changed.join(' '));
        qsizetype inserted = 0;
        for (const auto& s : segments)
            if (s.op == Op::Insert)
                inserted += s.text.size();
        QCOMPARE(inserted, qsizetype(QStringLiteral("CHANGEDALSO").size()));
    }
};

ATHANOR_TEST(WordDiffTest)
#include "tst_worddiff.moc"
