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

// import, export, list, show, search, tag and delete (issue 6).
class LibraryCliTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList& args) { return runCli(QStringList{"--db", m_db} + args); }
    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write(bytes);
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath("library.db");
        QCOMPARE(cli({"init"}).code, 0);
    }

    void importReportsAndExitCodes()
    {
        const QString good = write("good.jsonl", "{\"prompt\": \"Describe the water cycle for a ten-year-old\"}\n"
                                                 "{\"prompt\": \"Name three uses of graphene\"}\n");
        Run run = cli({"import", "--json", "--tag", "science", good});
        QCOMPARE(run.code, 0);
        QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.keys(), (QStringList{"duplicates", "failed", "imported"}));
        QCOMPARE(report.value("imported").toInt(), 2);
        QCOMPARE(report.value("failed").toArray().size(), 0);

        const QString broken = write("broken.json", "[\"one\", \"two\",\n  {\"nope\": 1}\n]");
        run = cli({"import", "--json", good, broken});
        QCOMPARE(run.code, 2); // something failed
        report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value("imported").toInt(), 0);
        QCOMPARE(report.value("duplicates").toInt(), 2);
        const QJsonObject failure = report.value("failed").toArray().first().toObject();
        QCOMPARE(failure.keys(), (QStringList{"file", "line", "reason"}));
        QVERIFY(failure.value("file").toString().endsWith("broken.json"));
        QVERIFY(failure.value("line").toInt() >= 1);
    }

    void listShowSearchTagDelete()
    {
        QJsonArray list = QJsonDocument::fromJson(cli({"list", "--json"}).out).array();
        QVERIFY(list.size() >= 2);
        QVERIFY(list.first().toObject().contains("preview"));
        list = QJsonDocument::fromJson(cli({"list", "--tag", "science", "--json"}).out).array();
        QCOMPARE(list.size(), 2);

        const QJsonArray hits = QJsonDocument::fromJson(cli({"search", "graphene", "--json"}).out).array();
        QCOMPARE(hits.size(), 1);
        const QJsonObject hit = hits.first().toObject();
        QCOMPARE(hit.keys(), (QStringList{"content", "id", "score", "snippet"}));
        QVERIFY(hit.value("snippet").toString().contains("**graphene**"));
        const QString id = hit.value("id").toString();
        QCOMPARE(cli({"search", "\"(", "--json"}).code, 0); // syntax is searched as words

        Run run = cli({"tag", id, "materials", "--json"});
        QCOMPARE(run.code, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("tags").toArray().size(), 2);
        const QJsonObject shown = QJsonDocument::fromJson(cli({"show", id, "--json"}).out).object();
        QCOMPARE(shown.value("content").toString(), QStringLiteral("Name three uses of graphene"));
        QVERIFY(shown.contains("children") && shown.contains("context"));

        // All or nothing: one unknown id deletes nothing.
        run = cli({"delete", id, "00000000-0000-4000-8000-000000000000"});
        QCOMPARE(run.code, 2);
        QCOMPARE(cli({"show", id}).code, 0);
        run = cli({"delete", id, "--json"});
        QCOMPARE(run.code, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("deleted").toInt(), 1);
        QCOMPARE(cli({"show", id}).code, 2);
    }

    void exportThenImportElsewhere()
    {
        const QString out = m_dir.filePath("all.json");
        Run run = cli({"export", "--format", "json", "--out", out, "--json"});
        QCOMPARE(run.code, 0);
        const int exported = QJsonDocument::fromJson(run.out).object().value("exported").toInt();
        QVERIFY(exported >= 1);
        const QString other = m_dir.filePath("other.db");
        run = runCli({"--db", other, "import", "--json", out});
        QCOMPARE(run.code, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("imported").toInt(), exported);
        QCOMPARE(cli({"export", "--format", "yaml", "--out", out}).code, 1);
    }
};

ATHANOR_TEST(LibraryCliTest)
#include "tst_cli_library.moc"
