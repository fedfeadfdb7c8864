#include "TestRegistry.h"
#include "core/TextDistance.h"

#include <QTest>

using namespace athanor;

class TextDistanceTest : public QObject
{
    Q_OBJECT
private slots:
    void distance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("equal") << "abc" << "abc" << 0;
        QTest::newRow("empty") << "" << "abc" << 3;
        QTest::newRow("kitten") << "kitten" << "sitting" << 3;
        QTest::newRow("case-insensitive") << "DOCTOR" << "doctor" << 0;
        QTest::newRow("transposition is two") << "ab" << "ba" << 2;
    }
    void distance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(editDistance(a, b), expected);
    }

    void closest()
    {
        const QStringList names{"init", "doctor", "import", "export", "enhance"};
        QCOMPARE(closestMatches("doctr", names, 3), QStringList{"doctor"});
        QCOMPARE(closestMatches("imprt", names, 3).first(), QStringLiteral("import"));
        QVERIFY(closestMatches("zzzzzzzz", names, 3).isEmpty());
        QCOMPARE(closestMatches("chain", {"chain_of_thought", "zero_shot_cot", "prompt_chaining"}, 3),
                 (QStringList{"chain_of_thought", "prompt_chaining"}));
    }
};

ATHANOR_TEST(TextDistanceTest)
#include "tst_textdistance.moc"
