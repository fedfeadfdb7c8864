#include "TestRegistry.h"
#include "storage/SqlScript.h"

#include <QTest>

using namespace athanor;

class SqlScriptTest : public QObject
{
    Q_OBJECT
private slots:
    void split_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("count");
        QTest::newRow("two") << "CREATE TABLE a(x); CREATE TABLE b(y);" << 2;
        QTest::newRow("no trailing semicolon") << "SELECT 1; SELECT 2" << 2;
        QTest::newRow("semicolon in string") << "INSERT INTO a VALUES ('x;y'); SELECT 1;" << 2;
        QTest::newRow("escaped quote") << "INSERT INTO a VALUES ('it''s; fine');" << 1;
        QTest::newRow("line comment") << "-- a; comment\nSELECT 1;" << 1;
        QTest::newRow("block comment") << "/* a; b */ SELECT 1; SELECT 2;" << 2;
        QTest::newRow("trigger body")
            << "CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); DELETE FROM c; END; SELECT 1;" << 2;
        QTest::newRow("case in trigger")
            << "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = CASE WHEN 1 THEN 2 END; END; SELECT 1;" << 2;
        QTest::newRow("case in select") << "SELECT CASE WHEN 1 THEN 'a;' ELSE 2 END; SELECT 3;" << 2;
        QTest::newRow("quoted identifier") << "CREATE TABLE \"a;b\"(x); SELECT 1;" << 2;
        QTest::newRow("only comments") << "-- nothing\n/* here */" << 0;
        QTest::newRow("begin transaction is not a block") << "BEGIN; SELECT 1; COMMIT;" << 3;
    }
    void split()
    {
        QFETCH(QString, script);
        QFETCH(int, count);
        const QStringList statements = splitSqlScript(script);
        QCOMPARE(statements.size(), count);
    }

    void triggerKeptWhole()
    {
        const QStringList statements =
            splitSqlScript("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\nEND;");
        QCOMPARE(statements.size(), 1);
        QVERIFY(statements.first().startsWith("CREATE TRIGGER"));
        QVERIFY(statements.first().endsWith("END;"));
    }
};

ATHANOR_TEST(SqlScriptTest)
#include "tst_sqlscript.moc"
