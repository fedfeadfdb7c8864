#include "CliRunner.h"
#include "TestRegistry.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/PromptRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using athanor::test::Run;
using athanor::test::isErrorLine;
using athanor::test::runCli;

// classify and enhance (issue 5).
class EnhanceCliTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList& args) { return runCli(QStringList{"--db", m_db} + args); }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath("enhance.db");
        QCOMPARE(runCli({"--db", m_db, "init"}).code, 0);
    }

    void classify()
    {
        const Run run = cli({"classify", "--json", "Why does my React component render twice in development?"});
        QCOMPARE(run.code, 0);
        const QJsonObject c = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(c.keys(), (QStringList{"alternatives", "complexity", "complexity_reasons", "confidence", "intent"}));
        QVERIFY(c.value("intent").toString().startsWith("code"));
        QVERIFY(c.value("confidence").toDouble() > 0 && c.value("confidence").toDouble() <= 1);
        const QJsonObject alternative = c.value("alternatives").toArray().first().toObject();
        QCOMPARE(alternative.keys(), (QStringList{"confidence", "intent"}));
        QVERIFY(c.value("complexity").toInt() >= 1 && c.value("complexity").toInt() <= 5);
        QVERIFY(c.value("complexity_reasons").isArray());
    }

    void enhanceAndLineage()
    {
        const QString prompt = "Summarise the following incident report for the leadership team:\n\n> Outage at 02:14 UTC.";
        const Run run = cli({"enhance", "--json", "--target-model", "claude-sonnet-4", prompt});
        QCOMPARE(run.code, 0);
        const QJsonObject e = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(e.keys(), (QStringList{"complexity", "enhanced", "id", "improvements", "intent", "original", "parent_id",
                                        "techniques"}));
        QCOMPARE(e.value("original").toString(), prompt);
        QVERIFY(e.value("enhanced").toString().contains(prompt));
        QVERIFY(e.value("enhanced").toString().contains("<task>"));
        const QJsonArray techniques = e.value("techniques").toArray();
        QVERIFY(!techniques.isEmpty() && techniques.size() <= 3);
        QCOMPARE(techniques.first().toObject().keys(), (QStringList{"code", "reason"}));
        QVERIFY(e.value("id").toString() != e.value("parent_id").toString());
        // The enhanced prompt is in the library with the original as its parent.
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "lineage");
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QString("SELECT parent_id FROM prompts WHERE id = '%1'").arg(e.value("id").toString())));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), e.value("parent_id").toString());
            QVERIFY(q.exec("SELECT count(*) FROM prompt_history"));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() >= 1);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase("lineage");
    }

    void enhanceFromStandardInput()
    {
        QProcess process;
        process.start(QStringLiteral(ATHANOR_CLI_PATH), {"--db", m_db, "enhance", "--json", "-"});
        QVERIFY(process.waitForStarted());
        process.write("\xEF\xBB\xBFList five ideas for a team offsite.\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject e = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(e.value("original").toString(), QStringLiteral("List five ideas for a team offsite.\n"));
    }

    void enhanceErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QStringList{"enhance", "   "} << 2 << "empty";
        QTest::newRow("unknown technique") << QStringList{"enhance", "--techniques", "few_shots", "x"} << 2 << "few_shot";
        QTest::newRow("unknown persona") << QStringList{"enhance", "--persona", "bard", "x"} << 2 << "writing";
        QTest::newRow("unknown model") << QStringList{"enhance", "--target-model", "zzz-9", "x"} << 2 << "anthropic";
        QTest::newRow("max techniques") << QStringList{"enhance", "--max-techniques", "0", "x"} << 1 << "max-techniques";
        QTest::newRow("no text") << QStringList{"enhance"} << 1 << "argument";
        QTest::newRow("classify empty") << QStringList{"classify", ""} << 2 << "empty";
    }
    void enhanceErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const Run run = cli(args);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.startsWith("error: "), run.err.constData());
        QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
};

ATHANOR_TEST(EnhanceCliTest)
#include "tst_cli_enhance.moc"
