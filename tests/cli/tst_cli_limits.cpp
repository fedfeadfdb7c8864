#include "CliRunner.h"
#include "LargeInputs.h"
#include "TestRegistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace athanor::test;

namespace {

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

Run runWithInput(const QStringList& args, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral(ATHANOR_CLI_PATH), args);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("athanor-cli did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

// Inputs at and past the limits get a bounded, clear outcome (the time and memory each takes are
// measured by bench_limits, docs/reliability.md): a 100 MB file is refused unread, a 1 MB prompt
// is stored, searched, compared and enhanced, deeply nested JSON and YAML fail with their line.
class LimitsTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("limits.db"));
        QCOMPARE(runCli({"--db", m_db, "init"}).code, 0);
    }

    void aHundredMegabyteFileIsRefusedUnread()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(100) * 1024 * 1024)); // sparse: the size is what counts
        file.close();
        const Run imported = runCli({"--db", m_db, "import", "--json", path});
        QCOMPARE(imported.code, 2);
        const QJsonArray failed = QJsonDocument::fromJson(imported.out).object().value("failed").toArray();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).toObject().value("reason").toString(),
                 QStringLiteral("the file is larger than the 64 MB limit"));
        const Run batch = runCli({"--db", m_db, "enhance", "--batch", path});
        QCOMPARE(batch.code, 2);
        QVERIFY2(batch.err.contains("larger than the 64 MB limit"), batch.err.constData());
        QVERIFY(isErrorLine(batch.err));
    }

    void aMegabytePromptIsStoredSearchedAndEnhanced()
    {
        const QByteArray words = megabyteOfWords();
        const QString path = m_dir.filePath(QStringLiteral("megabyte.txt"));
        write(path, words);
        const Run imported = runCli({"--db", m_db, "import", "--json", path});
        QCOMPARE(imported.code, 0);
        QCOMPARE(QJsonDocument::fromJson(imported.out).object().value("imported").toInt(), 1);

        const Run listed = runCli({"--db", m_db, "list", "--json"});
        const QJsonObject stored = QJsonDocument::fromJson(listed.out).array().at(0).toObject();
        const QString id = stored.value("id").toString();
        QVERIFY(!id.isEmpty());
        const Run shown = runCli({"--db", m_db, "use", id});
        QCOMPARE(shown.code, 0);
        QCOMPARE(shown.out.trimmed(), words.trimmed()); // every byte kept

        const Run found = runCli({"--db", m_db, "search", "--json", "harbour"});
        QCOMPARE(found.code, 0);
        QCOMPARE(QJsonDocument::fromJson(found.out).array().at(0).toObject().value("id").toString(), id);
        QCOMPARE(runCli({"--db", m_db, "similar", id}).code, 0);
        const Run enhanced = runWithInput({"--db", m_db, "enhance", "--json", "-"}, words);
        QCOMPARE(enhanced.code, 0);
        const QJsonObject result = QJsonDocument::fromJson(enhanced.out).object();
        QVERIFY(result.value("enhanced").toString().contains(QString::fromUtf8(words.left(4096))));
        QCOMPARE(result.value("parent_id").toString(), id); // the same content is the same prompt
        QCOMPARE(runWithInput({"--db", m_db, "classify", "-"}, words).code, 0);
    }

    void deeplyNestedFilesFailWithTheirLine_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        constexpr int depth = 100000;
        const QByteArray open(depth, '['), close(depth, ']');
        QTest::newRow("JSON arrays") << "nested.json" << (open + close) << 1 << "the JSON is nested too deeply";
        QTest::newRow("JSON Lines objects")
            << "nested.jsonl" << ("{\"prompt\":\"fine\"}\n" + QByteArray("{\"a\":").repeated(depth) + "1" +
                                  QByteArray(depth, '}') + "\n")
            << 2 << "the JSON is nested too deeply";
        QTest::newRow("promptfoo YAML") << "nested.yaml"
                                        << ("- label: deep\n  raw: " + open + close + "\n- label: ok\n  raw: hi\n")
                                        << 2 << "the YAML is nested too deeply";
        QTest::newRow("Prompty front matter")
            << "nested.prompty" << ("---\nname: x\nmodel: " + open + close + "\n---\nuser:\nhello\n") << 3
            << "the YAML is nested too deeply";
        QTest::newRow("Athanor export")
            << "nested-export.json"
            << ("{\"format\":\"athanor-prompts\",\"version\":1,\"prompts\":[{\"content\":\"x\",\"metadata\":" +
                QByteArray("{\"a\":").repeated(depth) + "1" + QByteArray(depth, '}') + "}]}")
            << 1 << "nested too deeply";
    }
    void deeplyNestedFilesFailWithTheirLine()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(name);
        write(path, bytes);
        const Run run = runCli({"--db", m_db, "import", "--json", path});
        QCOMPARE(run.code, 2);
        const QJsonObject failure =
            QJsonDocument::fromJson(run.out).object().value("failed").toArray().at(0).toObject();
        QVERIFY2(failure.value("reason").toString().contains(reason), run.out.constData());
        QCOMPARE(failure.value("line").toInt(), line);
    }
};

ATHANOR_TEST(LimitsTest)
#include "tst_cli_limits.moc"
