#include "TempDatabase.h"
#include "TestRegistry.h"
#include "storage/ImportJob.h"
#include "storage/PromptExporter.h"
#include "storage/PromptQueries.h"
#include "storage/PromptRepository.h"
#include "storage/SqlHelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace athanor;

namespace {

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

int count(const test::TempDatabase& db, const QString& sql)
{
    auto q = runSql(db.connection(), sql);
    return q && q->next() ? q->value(0).toInt() : -1;
}

} // namespace

class ImportJobTest : public QObject
{
    Q_OBJECT
private slots:
    void filesAreAllOrNothing()
    {
        test::TempDatabase db;
        QTemporaryDir dir;
        write(dir, "good.csv", "act,prompt\nPoet,\"Write a poem about ${Topic:the sea}\"\nChef,\"Suggest a recipe,\nstep by step\"\n");
        // The third line is broken JSON: nothing of this file may be imported.
        write(dir, "bad.jsonl", "{\"prompt\": \"first of a broken file\"}\n{\"prompt\": \"second\"}\n{\"prompt\": \n");
        write(dir, "sub/deeper/notes.md", "Summarise the meeting notes.\n---\nList the action items.\n");
        write(dir, "image.png", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));

        ImportJob::Options options;
        options.tags = {"batch-1"};
        const ImportReport report = ImportJob(db.database(), options).run({dir.path()});
        QCOMPARE(report.imported, 4);
        QCOMPARE(report.duplicates, 0);
        QCOMPARE(report.failed.size(), 2);
        bool sawBroken = false, sawPng = false;
        for (const ImportFailure& f : report.failed) {
            if (f.file.endsWith("bad.jsonl")) {
                sawBroken = true;
                QCOMPARE(f.line, 3);
            }
            sawPng |= f.file.endsWith("image.png") && f.reason.contains("binary");
        }
        QVERIFY2(sawBroken && sawPng, qPrintable(report.failed.first().file + ": " + report.failed.first().reason + " | " +
                                                 report.failed.last().file + ": " + report.failed.last().reason));
        QCOMPARE(count(db, "SELECT count(*) FROM prompts WHERE content LIKE '%broken%'"), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM prompts WHERE content LIKE '%${Topic:the sea}%'"), 1);
        QCOMPARE(count(db, "SELECT count(*) FROM prompts WHERE content = 'Suggest a recipe,\nstep by step'"), 1);
        QCOMPARE(count(db, "SELECT count(*) FROM prompts, json_each(prompts.tags) WHERE json_each.value = 'batch-1'"), 4);
    }

    void duplicatesAreCounted()
    {
        test::TempDatabase db;
        QTemporaryDir dir;
        const QString a = write(dir, "a.txt", "Explain recursion to a child.");
        write(dir, "b.jsonl", "{\"prompt\": \"Explain recursion to a child.  \"}\n{\"prompt\": \"New one\"}\n"
                              "{\"prompt\": \"New one\"}\n");
        ImportReport first = ImportJob(db.database(), {}).run({a});
        QCOMPARE(first.imported, 1);
        ImportReport second = ImportJob(db.database(), {}).run({dir.path()});
        QCOMPARE(second.imported, 1);   // "New one"
        QCOMPARE(second.duplicates, 3); // a.txt again, its twin in b.jsonl, and "New one" twice in one file
        QCOMPARE(count(db, "SELECT count(*) FROM prompts"), 2);
    }

    // The rows go in with one bulk statement; a row the schema refuses undoes it, and the file's
    // failure names that row's line, with nothing of the file stored.
    void refusedRowIsNamedAndNothingIsStored()
    {
        test::TempDatabase db;
        QTemporaryDir dir;
        QByteArray jsonl;
        for (int i = 1; i <= 500; ++i)
            jsonl += QStringLiteral("{\"prompt\": \"prompt number %1\", \"temperature\": %2}\n")
                         .arg(i)
                         .arg(i == 377 ? QStringLiteral("3.5") : QStringLiteral("0.5"))
                         .toUtf8();
        const QString path = write(dir, "many.jsonl", jsonl);
        const ImportReport report = ImportJob(db.database(), {}).run({path});
        QCOMPARE(report.imported, 0);
        QCOMPARE(report.failed.size(), 1);
        QCOMPARE(report.failed.first().line, 377);
        QVERIFY2(report.failed.first().reason.contains("temperature"), qPrintable(report.failed.first().reason));
        QCOMPARE(count(db, "SELECT count(*) FROM prompts"), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM prompt_context"), 0);
        // The same file without the bad row goes in whole, in file order, with its context rows.
        jsonl.replace("\"temperature\": 3.5", "\"temperature\": 1.5");
        write(dir, "many.jsonl", jsonl);
        const ImportReport again = ImportJob(db.database(), {}).run({path});
        QCOMPARE(again.imported, 500);
        QCOMPARE(count(db, "SELECT count(*) FROM prompts WHERE content = 'prompt number 377' AND temperature = 1.5"), 1);
        QCOMPARE(PromptRepository(db.database()).find(again.importedIds.first())->content, QStringLiteral("prompt number 1"));
        QCOMPARE(PromptRepository(db.database()).find(again.importedIds.last())->content, QStringLiteral("prompt number 500"));
    }

    // An export's prompt whose id is taken by another prompt already is a duplicate: its context
    // rows must not end up on the prompt that has the id.
    void takenIdIsADuplicateAndLeavesTheOtherPromptAlone()
    {
        test::TempDatabase db;
        Prompt existing;
        existing.content = QStringLiteral("the prompt already here");
        const QString id = *PromptRepository(db.database()).add(existing);
        QTemporaryDir dir;
        const QString path = write(dir, "export.jsonl",
                                   QStringLiteral("{\"id\": \"%1\", \"prompt\": \"another text\", \"system\": \"be brief\"}\n"
                                                  "{\"prompt\": \"a new prompt\", \"system\": \"be kind\"}\n")
                                       .arg(id)
                                       .toUtf8());
        const ImportReport report = ImportJob(db.database(), {}).run({path});
        QCOMPARE(report.failed.size(), 0);
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.duplicates, 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM prompt_context WHERE prompt_id = '%1'").arg(id)), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM prompt_context WHERE content = 'be kind'"), 1);
        QCOMPARE(PromptRepository(db.database()).find(id)->content, QStringLiteral("the prompt already here"));
    }

    void encodingsAndLimits()
    {
        test::TempDatabase db;
        QTemporaryDir dir;
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray wide = utf16(QStringLiteral("Übersetze diesen Satz ins Französische: «Guten Morgen»."));
        write(dir, "de.txt", wide);
        write(dir, "bom-crlf.txt", "\xEF\xBB\xBFLine one of the prompt\r\nLine two\r\n");
        write(dir, "big.txt", QByteArray(2048, 'x'));
        ImportJob::Options options;
        options.maxFileBytes = 1024;
        const ImportReport report = ImportJob(db.database(), options).run({dir.path()});
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.failed.size(), 1);
        QVERIFY(report.failed.first().reason.contains("limit"));
        QCOMPARE(count(db, "SELECT count(*) FROM prompts WHERE content LIKE 'Übersetze%«Guten Morgen»%'"), 1);
        QCOMPARE(count(db, "SELECT count(*) FROM prompts WHERE content = 'Line one of the prompt\nLine two'"), 1);
    }

    void cancelKeepsFinishedFilesOnly()
    {
        test::TempDatabase db;
        QTemporaryDir dir;
        for (int i = 0; i < 6; ++i)
            write(dir, QStringLiteral("f%1.txt").arg(i), QStringLiteral("Prompt number %1").arg(i).toUtf8());
        std::atomic_bool cancel{false};
        int seen = 0;
        const ImportReport report = ImportJob(db.database(), {}).run(
            {dir.path()},
            [&](int done, int, const QString&) {
                seen = done;
                if (done == 3)
                    cancel = true; // after three files are in
            },
            &cancel);
        QVERIFY(report.cancelled);
        QCOMPARE(report.imported, 3);
        QCOMPARE(report.files, 3);
        QCOMPARE(count(db, "SELECT count(*) FROM prompts"), 3);
        QCOMPARE(seen, 3);
    }

    void missingPathIsReported()
    {
        test::TempDatabase db;
        const ImportReport report = ImportJob(db.database(), {}).run({"/nonexistent/athanor/prompts"});
        QCOMPARE(report.imported, 0);
        QCOMPARE(report.failed.size(), 1);
        QVERIFY(report.failed.first().reason.contains("no such"));
    }

    void exportImportRoundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << "json";
        QTest::newRow("jsonl") << "jsonl";
        QTest::newRow("csv") << "csv";
    }
    void exportImportRoundTrip()
    {
        QFETCH(QString, format);
        test::TempDatabase source;
        PromptRepository prompts(source.database());
        Prompt parent;
        parent.content = "Draft a product announcement.\n\n```json\n{\"name\": \"Athanor\"}\n```";
        parent.title = "Announcement";
        parent.tags = {"marketing", "launch"};
        parent.model = "gpt-4o";
        parent.temperature = 0.7;
        parent.phase = "solutio";
        parent.provider = "openai";
        const QString parentId = *prompts.add(parent);
        QVERIFY(prompts.addContext(parentId, "system", "You are a marketing writer.").ok());
        Prompt child;
        child.content = "Draft a shorter, punchier product announcement, with \"quotes\", commas, and a {{placeholder}}.";
        child.parentId = parentId;
        child.tags = {"marketing"};
        const QString childId = *prompts.add(child);

        QTemporaryDir dir;
        const QString file = dir.filePath("export." + format);
        auto exported = PromptExporter(source.database()).exportTo(file, format);
        QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().message()));
        QCOMPARE(*exported, 2);

        test::TempDatabase target;
        const ImportReport report = ImportJob(target.database(), {}).run({file});
        QVERIFY2(report.failed.isEmpty(), qPrintable(report.failed.isEmpty() ? QString() : report.failed.first().reason));
        QCOMPARE(report.imported, 2);
        PromptRepository imported(target.database());
        const auto p = imported.find(parentId);
        const auto c = imported.find(childId);
        QVERIFY(p && c); // ids survive
        QCOMPARE(p->content, parent.content);
        QCOMPARE(p->title, parent.title);
        QCOMPARE(p->tags, parent.tags);
        QCOMPARE(p->model, parent.model);
        QCOMPARE(p->temperature.value(), 0.7);
        QCOMPARE(c->content, child.content);
        QCOMPARE(c->parentId, parentId);
        if (format != QLatin1String("csv")) { // the richer formats carry everything
            QCOMPARE(p->phase, parent.phase);
            QCOMPARE(p->provider, parent.provider);
            QCOMPARE(p->createdAt, prompts.find(parentId)->createdAt);
            const auto context = imported.context(parentId);
            QCOMPARE(context->size(), 1);
            QCOMPARE(context->first().first, QStringLiteral("system"));
            QCOMPARE(context->first().second, QStringLiteral("You are a marketing writer."));
        }
        // Importing the export again changes nothing.
        const ImportReport again = ImportJob(target.database(), {}).run({file});
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.duplicates, 2);
    }

    void searchIsSafe_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("hits");
        QTest::newRow("word") << "lighthouse" << 1;
        QTest::newRow("prefix while typing") << "lightho" << 1;
        QTest::newRow("two words") << "bottle keeper" << 1;
        QTest::newRow("fts syntax") << "\"unbalanced AND ( NEAR" << 0;
        QTest::newRow("column filter") << "tags:poetry" << 1; // searched as words, not a column filter
        QTest::newRow("sql") << "'; DROP TABLE prompts; --" << 0;
        QTest::newRow("only punctuation") << "!!! ..." << 0;
        QTest::newRow("unicode") << "Größe" << 1;
    }
    void searchIsSafe()
    {
        QFETCH(QString, query);
        QFETCH(int, hits);
        test::TempDatabase db;
        PromptRepository prompts(db.database());
        Prompt a;
        a.content = "A lighthouse keeper finds a bottle.";
        a.tags = {"poetry"};
        QVERIFY(prompts.add(a).ok());
        Prompt b;
        b.content = "Welche Größe hat der Eiffelturm? Tags: poetry";
        QVERIFY(prompts.add(b).ok());
        auto result = PromptQueries(db.database()).search(query, 10);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
        QCOMPARE(result->size(), hits);
        QCOMPARE(count(db, "SELECT count(*) FROM prompts"), 2);
    }
};

ATHANOR_TEST(ImportJobTest)
#include "tst_importjob.moc"
