#include "CliRunner.h"
#include "TestRegistry.h"
#include "storage/Database.h"
#include "storage/PromptRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using athanor::test::Run;
using athanor::test::isErrorLine;
using athanor::test::runCli;

// `duplicates`, and `delete` keeping the vector index current.
class DuplicatesCliTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_ids;

    Run cli(QStringList args) { return runCli(QStringList{"--db", m_db} + args); }

    QJsonObject manifest() const
    {
        QFile file(m_db + ".athanor-local-hash-384-v1.manifest.json");
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath("dups.db");
        auto database = athanor::Database::open(m_db);
        QVERIFY(database.ok());
        athanor::PromptRepository prompts(*database);
        for (const char* text : {"Write a haiku about autumn leaves falling in the park.",
                                 "Write a haiku about autumn leaves falling in the park!",
                                 "Plan a three-day trip to Lisbon on a small budget.",
                                 "Summarise these meeting notes into action items with owners and dates.",
                                 "Summarise these meeting notes into action items with owners and due dates.",
                                 "Explain the difference between a process and a thread."}) {
            athanor::Prompt prompt;
            prompt.content = QString::fromUtf8(text);
            auto id = prompts.add(prompt);
            QVERIFY(id.ok());
            m_ids << *id;
        }
    }

    void groupsAsJson()
    {
        const Run run = cli({"duplicates", "--threshold", "0.85", "--json"});
        QCOMPARE(run.code, 0);
        const QJsonArray groups = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(groups.size(), 2);
        QStringList heads;
        for (const QJsonValue& group : groups) {
            const QJsonArray members = group.toObject().value("members").toArray();
            QCOMPARE(members.size(), 2);
            heads << members.first().toObject().value("id").toString();
            QCOMPARE(members.first().toObject().value("score").toDouble(), 1.0);
            QVERIFY(members.last().toObject().value("score").toDouble() >= 0.85);
            QVERIFY(!members.last().toObject().value("content").toString().isEmpty());
        }
        heads.sort();
        QStringList expected{m_ids[0], m_ids[3]};
        expected.sort();
        QCOMPARE(heads, expected);
        const Run text = cli({"duplicates", "--threshold", "0.85"});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains("group 2 (2 prompts)"));
    }

    void deleteMarksTheIndexWithoutARebuild()
    {
        QCOMPARE(cli({"similar", m_ids[2], "--json"}).code, 0); // the index exists and is current
        const qint64 before = manifest().value("count").toInteger(-1);
        QCOMPARE(before, 6);
        const Run run = cli({"delete", m_ids[1], "--json"});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        // The manifest now covers five prompts: the index was updated in place, not left stale.
        QCOMPARE(manifest().value("count").toInteger(-1), 5);
        const Run similar = cli({"similar", m_ids[0], "--json", "--k", "5"});
        QVERIFY(!similar.out.contains(m_ids[1].toUtf8()));
        const Run groups = cli({"duplicates", "--threshold", "0.85", "--json"});
        QCOMPARE(QJsonDocument::fromJson(groups.out).array().size(), 1);
    }

    void badThreshold_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("zero") << "0";
        QTest::newRow("above one") << "1.5";
        QTest::newRow("word") << "high";
    }
    void badThreshold()
    {
        QFETCH(QString, value);
        const Run run = cli({"duplicates", "--threshold", value});
        QCOMPARE(run.code, 1);
        QVERIFY2(isErrorLine(run.err), run.err.constData());
        QVERIFY(run.err.contains("--threshold"));
    }
};

ATHANOR_TEST(DuplicatesCliTest)
#include "tst_cli_duplicates.moc"
