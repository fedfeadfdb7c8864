#include "TestRegistry.h"
#include "core/ContentHash.h"

#include <QTest>

using namespace athanor;

class ContentHashTest : public QObject
{
    Q_OBJECT
private slots:
    void sameContentSameHash_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("crlf") << QStringLiteral("line one\r\nline two") << QStringLiteral("line one\nline two");
        QTest::newRow("trailing spaces") << QStringLiteral("a  \nb\t") << QStringLiteral("a\nb");
        QTest::newRow("trailing newlines") << QStringLiteral("a\n\n\n") << QStringLiteral("a");
        QTest::newRow("nfc") << QStringLiteral("caf\u0065\u0301") << QStringLiteral("caf\u00e9");
        QTest::newRow("old mac") << QStringLiteral("a\rb") << QStringLiteral("a\nb");
        QTest::newRow("line of spaces") << QStringLiteral("a\n   \nb") << QStringLiteral("a\n\nb");
        QTest::newRow("mixed") << QStringLiteral("x \r\n\r\ny\t\n \n\r") << QStringLiteral("x\n\ny");
        QTest::newRow("only white space") << QStringLiteral(" \r\n\t\n") << QString();
    }
    void sameContentSameHash()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(contentHash(a), contentHash(b));
    }

    void differentContentDifferentHash_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("leading space kept") << QStringLiteral("  indented") << QStringLiteral("indented");
        QTest::newRow("case") << QStringLiteral("Hello") << QStringLiteral("hello");
        QTest::newRow("inner blank line") << QStringLiteral("a\n\nb") << QStringLiteral("a\nb");
    }
    void differentContentDifferentHash()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY(contentHash(a) != contentHash(b));
    }

    void knownDigest()
    {
        // sha256("hello") from any reference implementation.
        QCOMPARE(contentHash(QStringLiteral("hello")),
                 QStringLiteral("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"));
        QCOMPARE(contentHash(QStringLiteral("x")).size(), 64);
    }
};

ATHANOR_TEST(ContentHashTest)
#include "tst_contenthash.moc"
