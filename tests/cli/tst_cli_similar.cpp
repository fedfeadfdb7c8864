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

// `similar`: nearest prompts by local embeddings, with the error and JSON contracts.
class SimilarCliTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_ids;

    Run cli(QStringList args) { return runCli(QStringList{"--db", m_db} + args); }

    static QJsonArray parseArray(const Run& run)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError || !document.isArray())
            qWarning("not one JSON array: %s", run.out.constData());
        return document.array();
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath("similar.db");
        auto database = athanor::Database::open(m_db);
        QVERIFY(database.ok());
        athanor::PromptRepository prompts(*database);
        for (const char* text : {"Write a SQL query that lists customers with no orders in 2025.",
                                 "Write an SQL query listing the customers who placed no orders this year.",
                                 "Compose a short poem about falling leaves in autumn.",
                                 "Write a haiku about autumn leaves.",
                                 "Plan a three-day trip to Lisbon on a small budget."}) {
            athanor::Prompt prompt;
            prompt.content = QString::fromUtf8(text);
            auto id = prompts.add(prompt);
            QVERIFY(id.ok());
            m_ids << *id;
        }
    }

    void byIdAsJson()
    {
        const Run run = cli({"similar", m_ids[0], "--json"});
        QCOMPARE(run.code, 0);
        const QJsonArray found = parseArray(run);
        QCOMPARE(found.size(), 4); // everything but the query itself
        const QJsonObject best = found.first().toObject();
        QCOMPARE(best.keys(), (QStringList{"content", "id", "score"}));
        QCOMPARE(best.value("id").toString(), m_ids[1]);
        QVERIFY(best.value("content").toString().contains("customers"));
        double previous = 2.0;
        for (const QJsonValue& value : found) {
            QVERIFY(value.toObject().value("id").toString() != m_ids[0]);
            const double score = value.toObject().value("score").toDouble();
            QVERIFY(score <= previous && score >= -1.0);
            previous = score;
        }
        // The index was saved beside the database.
        QVERIFY(QFile::exists(m_db + ".athanor-local-hash-384-v1.hnsw"));
        QVERIFY(QFile::exists(m_db + ".athanor-local-hash-384-v1.manifest.json"));
    }

    void byTextWithK()
    {
        const Run run = cli({"similar", "--text", "a poem about the leaves of autumn", "--k", "2", "--json"});
        QCOMPARE(run.code, 0);
        const QJsonArray found = parseArray(run);
        QCOMPARE(found.size(), 2);
        const QStringList top{found[0].toObject().value("id").toString(), found[1].toObject().value("id").toString()};
        QVERIFY(top.contains(m_ids[2]) && top.contains(m_ids[3]));
        const Run text = cli({"similar", m_ids[3], "--k", "1"});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(m_ids[2].toUtf8()), text.out.constData());
    }

    void enhancedPromptsAreFound()
    {
        const Run enhanced = cli({"enhance", "--json", "Write a sonnet about autumn leaves and rain."});
        QCOMPARE(enhanced.code, 0);
        const QString original = QJsonDocument::fromJson(enhanced.out).object().value("parent_id").toString();
        const Run run = cli({"similar", m_ids[3], "--k", "3", "--json"});
        QCOMPARE(run.code, 0);
        QStringList ids;
        for (const QJsonValue& value : parseArray(run))
            ids << value.toObject().value("id").toString();
        QVERIFY2(ids.contains(original), run.out.constData());
    }

    void damagedIndexStillAnswers()
    {
        const Run before = cli({"similar", m_ids[2], "--json"});
        QFile file(m_db + ".athanor-local-hash-384-v1.hnsw");
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        file.write(QByteArray(40, '\x7f'));
        file.close();
        const Run after = cli({"similar", m_ids[2], "--json"});
        QCOMPARE(after.code, 0);
        QCOMPARE(parseArray(after), parseArray(before));
        QVERIFY(after.err.isEmpty());
    }

    void emptyLibrary()
    {
        const Run run = runCli({"--db", m_dir.filePath("empty.db"), "similar", "--text", "anything", "--json"});
        QCOMPARE(run.code, 0);
        QCOMPARE(parseArray(run), QJsonArray());
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown id") << QStringList{"similar", "00000000-0000-4000-8000-000000000000", "--json"} << 2
                                    << "no prompt";
        QTest::newRow("nothing") << QStringList{"similar"} << 1 << "--text";
        QTest::newRow("both") << QStringList{"similar", "x", "--text", "y"} << 1 << "either";
        QTest::newRow("k zero") << QStringList{"similar", "--text", "y", "--k", "0"} << 1 << "--k";
        QTest::newRow("k word") << QStringList{"similar", "--text", "y", "--k", "many"} << 1 << "--k";
        QTest::newRow("empty text") << QStringList{"similar", "--text", "  "} << 2 << "empty";
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const Run run = cli(args);
        QCOMPARE(run.code, code);
        QVERIFY2(isErrorLine(run.err), run.err.constData());
        QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
};

ATHANOR_TEST(SimilarCliTest)
#include "tst_cli_similar.moc"
