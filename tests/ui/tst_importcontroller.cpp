#include "TempDatabase.h"
#include "TestRegistry.h"
#include "core/embeddings/LocalEmbedder.h"
#include "storage/EmbeddingRepository.h"
#include "storage/ImportJob.h"
#include "storage/PromptRepository.h"
#include "storage/SqlHelpers.h"
#include "ui/import/ExportDialog.h"
#include "ui/import/ImportController.h"
#include "ui/import/ImportProgressDialog.h"
#include "ui/import/ImportResultDialog.h"
#include "ui/library/LibraryIndexService.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace athanor;

namespace {

const QString kFixtures = QStringLiteral(ATHANOR_TEST_DATA_DIR "/import");

void copyFixture(const QString& name, const QString& toDir, const QString& as = {})
{
    QDir().mkpath(toDir);
    const QString target = QDir(toDir).filePath(as.isEmpty() ? name : as);
    if (!QFile::copy(QDir(kFixtures).filePath(name), target))
        qFatal("cannot copy fixture %s", qPrintable(name));
}

void write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

qint64 count(const test::TempDatabase& db, const QString& sql = QStringLiteral("SELECT count(*) FROM prompts"))
{
    auto q = runSql(db.connection(), sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QString text(const test::TempDatabase& db, const QString& sql)
{
    auto q = runSql(db.connection(), sql);
    return q && q->next() ? q->value(0).toString() : QString();
}

ImportReport reportOf(const QSignalSpy& spy)
{
    return spy.last().first().value<ImportReport>();
}

// Eight one-prompt files, f0.txt … f7.txt, imported in this order.
void writeNumberedFiles(const QString& dir)
{
    for (int i = 0; i < 8; ++i)
        write(QDir(dir).filePath(QStringLiteral("f%1.txt").arg(i)), QStringLiteral("Prompt number %1").arg(i).toUtf8());
}

const ImportFailure* failureFor(const ImportReport& report, const QString& fileName)
{
    for (const ImportFailure& f : report.failed)
        if (QFileInfo(f.file).fileName() == fileName)
            return &f;
    return nullptr;
}

} // namespace

// These tests never clear QSettings: ctest runs classes in parallel and they share one settings
// file (MainWindowTest restores a geometry it saved). Paths are always set explicitly instead.

// Drops and menu actions on the main window.
class MainWindowImportTest : public QObject
{
    Q_OBJECT
private slots:
    void droppedFilesAndFoldersAreImported()
    {
        test::TempDatabase db;
        QTemporaryDir drop;
        // A folder with a subfolder, walked recursively, and one file dropped beside it.
        const QString folder = drop.filePath("folder");
        copyFixture("prompts.jsonl", folder);                          // 4 prompts
        copyFixture("plain-prompts.txt", folder + "/deeper");          // 4 prompts
        copyFixture("broken-prompts.jsonl", folder + "/deeper");       // line 3: nothing of it
        copyFixture("prompts.jsonl", folder + "/deeper", "again.jsonl"); // 4 duplicates
        copyFixture("awesome-chatgpt-prompts.csv", drop.path());       // 5 prompts
        copyFixture("logo.png", drop.path());                          // not a prompt file

        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(folder), QUrl::fromLocalFile(drop.filePath("awesome-chatgpt-prompts.csv")),
                      QUrl::fromLocalFile(drop.filePath("logo.png"))});

        // Sent to the side bar, which takes no drops: the window takes them for every pane.
        QWidget* target = window.findChild<QListView*>("navigation")->viewport();
        const QPoint pos = target->rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());

        QSignalSpy finished(window.importController(), &ImportController::importFinished);
        QSignalSpy counted(&window, &MainWindow::promptCountChanged);
        QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropEvent);
        QVERIFY(dropEvent.isAccepted());
        QVERIFY(window.importController()->isBusy());
        QVERIFY(finished.wait(20000));

        const ImportReport report = reportOf(finished);
        QCOMPARE(report.imported, 13);
        QCOMPARE(report.duplicates, 4);
        QCOMPARE(report.files, 4);
        QCOMPARE(report.failed.size(), 2);
        QVERIFY(!report.cancelled);
        QCOMPARE(failureFor(report, "broken-prompts.jsonl")->line, 3);
        QVERIFY(failureFor(report, "logo.png"));
        QCOMPARE(count(db), 13);
        QCOMPARE(count(db, "SELECT count(*) FROM prompts WHERE source LIKE '%broken%'"), 0);

        // The result dialog says the same; the prompt count follows.
        auto* result = window.importController()->resultDialog();
        QVERIFY(result && result->isVisible());
        QCOMPARE(result->findChild<QLabel*>("importedCount")->text(), QStringLiteral("13"));
        QCOMPARE(result->findChild<QLabel*>("duplicateCount")->text(), QStringLiteral("4"));
        QCOMPARE(result->findChild<QTableWidget*>("failureTable")->rowCount(), 2);
        QTRY_VERIFY(!counted.isEmpty() && counted.last().first().toLongLong() == 13);
        QTRY_COMPARE(window.findChild<QLabel*>("promptCountLabel")->text(), QStringLiteral("13 prompts"));
        result->findChild<QPushButton*>("closeButton")->click();
        QTRY_VERIFY(!window.importController()->resultDialog());

        // The imported prompts are embedded and indexed in the background.
        QTRY_VERIFY_WITH_TIMEOUT(!window.indexService()->isIndexing(), 20000);
        QCOMPARE(*window.indexService()->repository()->pendingCount(), 0);
    }

    void nonFileDropsAreRefused()
    {
        test::TempDatabase db;
        MainWindow window(db.database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMimeData text;
        text.setText("just some text");
        QDragEnterEvent enterText(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enterText);
        QVERIFY(!enterText.isAccepted());

        QMimeData web;
        web.setUrls({QUrl("https://example.com/prompts.json")});
        QDragEnterEvent enterWeb(QPoint(10, 10), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enterWeb);
        QVERIFY(!enterWeb.isAccepted());
        QDropEvent dropWeb(QPointF(10, 10), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &dropWeb);
        QVERIFY(!dropWeb.isAccepted());
        QVERIFY(!window.importController()->isBusy());

        QVERIFY(ImportController::localPaths(&text).isEmpty());
        QVERIFY(ImportController::localPaths(&web).isEmpty());
        QVERIFY(ImportController::localPaths(nullptr).isEmpty());
        QMimeData mixed;
        mixed.setUrls({QUrl("https://example.com/a"), QUrl::fromLocalFile("/tmp/b.txt")});
        QCOMPARE(ImportController::localPaths(&mixed), QStringList{"/tmp/b.txt"});
    }

    void fileMenuActions()
    {
        test::TempDatabase db;
        MainWindow window(db.database());
        auto* import = window.findChild<QAction*>("importAction");
        auto* folder = window.findChild<QAction*>("importFolderAction");
        auto* exportAction = window.findChild<QAction*>("exportAction");
        QVERIFY(import && folder && exportAction);
        QVERIFY(import->isEnabled() && folder->isEnabled() && exportAction->isEnabled());
        QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));

        // Import… opens a file dialog (not run modally: the test goes on).
        import->trigger();
        QWidget* fileDialog = nullptr;
        QTRY_VERIFY((fileDialog = window.findChild<QWidget*>("importFileDialog")) && fileDialog->isVisible());
        fileDialog->close();
        exportAction->trigger();
        QWidget* exportDialog = nullptr;
        QTRY_VERIFY((exportDialog = window.findChild<QWidget*>("exportDialog")) && exportDialog->isVisible());
        exportDialog->close();
    }
};

// The controller itself: cancelling, the progress and result dialogs.
class ImportControllerTest : public QObject
{
    Q_OBJECT
private slots:
    void cancelKeepsExactlyTheFinishedFiles()
    {
        test::TempDatabase db;
        QTemporaryDir dir;
        writeNumberedFiles(dir.path());
        ImportController controller(db.database(), nullptr, nullptr);
        controller.setDialogsEnabled(false);
        // Before the fourth file: f0, f1 and f2 are in, nothing else may be.
        controller.setWorkerHook([&controller](int done, int, const QString&) {
            if (done == 3)
                controller.cancel();
        });
        QSignalSpy finished(&controller, &ImportController::importFinished);
        QSignalSpy changed(&controller, &ImportController::promptsChanged);
        controller.importPaths({dir.path()});
        QVERIFY(finished.wait(10000));
        const ImportReport report = reportOf(finished);
        QVERIFY(report.cancelled);
        QCOMPARE(report.files, 3);
        QCOMPARE(report.imported, 3);
        QCOMPARE(count(db), 3);
        QCOMPARE(count(db, "SELECT count(*) FROM prompts WHERE content IN ('Prompt number 0', 'Prompt number 1', "
                           "'Prompt number 2')"),
                 3);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!controller.isBusy());
    }

    void cancelFromTheProgressDialog()
    {
        test::TempDatabase db;
        QTemporaryDir dir;
        writeNumberedFiles(dir.path());
        ImportController controller(db.database(), nullptr, nullptr);
        QSignalSpy finished(&controller, &ImportController::importFinished);
        QSignalSpy progress(&controller, &ImportController::progress);
        // The user presses Cancel while the fifth file is about to be read; the worker waits for
        // the click so that the point is exact.
        controller.setWorkerHook([&controller](int done, int, const QString&) {
            if (done != 4)
                return;
            QMetaObject::invokeMethod(
                &controller,
                [&controller] {
                    auto* dialog = controller.progressDialog();
                    QVERIFY(dialog);
                    dialog->findChild<QPushButton*>("importCancelButton")->click();
                    QVERIFY(dialog->wasCancelled());
                },
                Qt::BlockingQueuedConnection);
        });
        controller.importPaths({dir.path()});
        QVERIFY(controller.progressDialog());
        QVERIFY(finished.wait(10000));
        const ImportReport report = reportOf(finished);
        QVERIFY(report.cancelled);
        QCOMPARE(report.files, 4);
        QCOMPARE(count(db), 4);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.first().at(1).toInt(), 8); // of eight files
        QTRY_VERIFY(!controller.progressDialog());

        auto* result = controller.resultDialog();
        QVERIFY(result);
        QVERIFY(result->findChild<QLabel*>("importResultHeading")->text().contains("cancelled"));
        QCOMPARE(result->findChild<QLabel*>("fileCount")->text(), QStringLiteral("4"));
        result->close();
    }

    void resultDialogListsEveryFailure()
    {
        test::TempDatabase db;
        QTemporaryDir dir;
        copyFixture("broken-prompts.jsonl", dir.path());               // line 3
        copyFixture("broken-awesome-chatgpt-prompts.csv", dir.path()); // line 5
        copyFixture("settings.yaml", dir.path());                      // not a prompt file
        copyFixture("summarize.prompt", dir.path());                   // fine: 1 prompt
        write(dir.filePath("huge.txt"), QByteArray(4096, 'x'));        // over the limit
        ImportController controller(db.database(), nullptr, nullptr);
        controller.setMaxFileBytes(2048);
        QSignalSpy finished(&controller, &ImportController::importFinished);
        controller.importPaths({dir.path()});
        QVERIFY(finished.wait(10000));
        const ImportReport report = reportOf(finished);
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.failed.size(), 4);

        auto* result = controller.resultDialog();
        QVERIFY(result && result->isVisible());
        QVERIFY(result->findChild<QLabel*>("importResultHeading")->text().contains("could not be imported"));
        QCOMPARE(result->findChild<QLabel*>("failedCount")->text(), QStringLiteral("4"));
        auto* table = result->findChild<QTableWidget*>("failureTable");
        QCOMPARE(table->rowCount(), 4);
        QMap<QString, QPair<QString, QString>> rows; // file → (line, reason)
        for (int row = 0; row < table->rowCount(); ++row)
            rows.insert(table->item(row, 0)->text(), {table->item(row, 1)->text(), table->item(row, 2)->text()});
        QCOMPARE(rows.value("broken-prompts.jsonl").first, QStringLiteral("3"));
        QCOMPARE(rows.value("broken-awesome-chatgpt-prompts.csv").first, QStringLiteral("5"));
        QVERIFY(rows.value("broken-awesome-chatgpt-prompts.csv").second.contains("unclosed quote"));
        QVERIFY(rows.value("settings.yaml").second.contains("not a prompt file"));
        QVERIFY(rows.value("huge.txt").second.contains("limit"));
        QCOMPARE(rows.value("huge.txt").first, QString()); // a whole-file failure has no line

        result->findChild<QPushButton*>("copyReportButton")->click();
        const QString copied = QApplication::clipboard()->text();
        QCOMPARE(copied, result->reportText());
        QVERIFY(copied.contains(dir.filePath("broken-prompts.jsonl") + ":3: "));
        QVERIFY(copied.contains("Files not imported: 4"));
        result->close();
    }

    void oneImportAtATime()
    {
        test::TempDatabase db;
        QTemporaryDir dir;
        writeNumberedFiles(dir.path());
        ImportController controller(db.database(), nullptr, nullptr);
        controller.setDialogsEnabled(false);
        QSignalSpy busy(&controller, &ImportController::busyChanged);
        QSignalSpy finished(&controller, &ImportController::importFinished);
        controller.importPaths({dir.path()});
        controller.importPaths({dir.path()}); // ignored: one is running
        QVERIFY(finished.wait(10000));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(busy.size(), 2);
        QCOMPARE(count(db), 8);
    }
};

class ExportDialogTest : public QObject
{
    Q_OBJECT
private slots:
    void exportsImportBack_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << "json";
        QTest::newRow("jsonl") << "jsonl";
        QTest::newRow("csv") << "csv";
    }
    void exportsImportBack()
    {
        QFETCH(QString, format);
        test::TempDatabase source;
        const ImportReport in = ImportJob(source.database(), {}).run(
            {kFixtures + "/prompts.jsonl", kFixtures + "/awesome-chatgpt-prompts.csv"});
        QCOMPARE(in.imported, 9);

        QTemporaryDir out;
        ExportDialog dialog(source.database());
        dialog.setFormat(format);
        dialog.setPath(out.filePath("prompts." + format));
        dialog.show();
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        dialog.findChild<QPushButton*>("exportButton")->click();
        QVERIFY(dialog.isExporting());
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().at(1).toInt(), 9);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        test::TempDatabase target;
        const ImportReport back = ImportJob(target.database(), {}).run({out.filePath("prompts." + format)});
        QCOMPARE(back.imported, 9);
        QVERIFY(back.failed.isEmpty());
        const QString hashes("SELECT group_concat(content_hash, ',') FROM (SELECT content_hash FROM prompts ORDER BY 1)");
        QCOMPARE(text(target, hashes), text(source, hashes));
    }

    void exportsTheGivenPromptsOnly()
    {
        test::TempDatabase db;
        QStringList ids;
        for (const char* text : {"first prompt", "second prompt", "third prompt"}) {
            Prompt p;
            p.content = QString::fromUtf8(text);
            ids << *PromptRepository(db.database()).add(p);
        }
        QTemporaryDir out;
        auto* dialog = ExportDialog::exportPrompts(nullptr, db.database(), {ids[0], ids[2]});
        QPointer<ExportDialog> alive(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel*>("exportScope")->text().contains("2"));
        dialog->setFormat("markdown");
        dialog->setPath(out.filePath("chosen.json"));
        dialog->setFormat("jsonl"); // the suffix follows the format
        QCOMPARE(QFileInfo(dialog->path()).fileName(), QStringLiteral("chosen.jsonl"));
        QSignalSpy exported(dialog, &ExportDialog::exported);
        dialog->findChild<QPushButton*>("exportButton")->click();
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().at(1).toInt(), 2);
        QTRY_VERIFY(!alive); // closed and deleted

        test::TempDatabase target;
        QCOMPARE(ImportJob(target.database(), {}).run({out.filePath("chosen.jsonl")}).imported, 2);
        QCOMPARE(count(target, "SELECT count(*) FROM prompts WHERE content IN ('first prompt', 'third prompt')"), 2);
    }

    void unwritablePathIsShown()
    {
        test::TempDatabase db;
        Prompt p;
        p.content = QStringLiteral("a prompt");
        QVERIFY(PromptRepository(db.database()).add(p).ok());
        ExportDialog dialog(db.database());
        dialog.setPath("/nonexistent-athanor-dir/sub/out.json");
        dialog.show();
        QSignalSpy failed(&dialog, &ExportDialog::exportFailed);
        dialog.findChild<QPushButton*>("exportButton")->click();
        QVERIFY(failed.wait(10000));
        auto* problem = dialog.findChild<QLabel*>("exportProblem");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains("could not be exported"), qPrintable(problem->text()));
        QVERIFY(problem->text().contains("/nonexistent-athanor-dir/sub/out.json"));
        QVERIFY(dialog.isVisible()); // stays open to choose another path
        QVERIFY(!dialog.isExporting());

        dialog.setPath("");
        dialog.findChild<QPushButton*>("exportButton")->click();
        QVERIFY(problem->text().contains("Choose a file"));
    }
};

namespace {

// The offline embedder, slowed down so that indexing takes long enough to be interrupted.
class SlowEmbedder : public Embedder
{
public:
    QString model() const override { return m_local.model(); }
    QString provider() const override { return m_local.provider(); }
    int dimension() const override { return m_local.dimension(); }
    std::vector<float> embed(const QString& text) const override
    {
        QThread::msleep(3);
        return m_local.embed(text);
    }

private:
    LocalEmbedder m_local;
};

void addPrompts(const test::TempDatabase& db, int n, const QString& prefix)
{
    QByteArray jsonl;
    for (int i = 0; i < n; ++i)
        jsonl += QStringLiteral("{\"prompt\": \"%1 %2: write a haiku about topic %2\"}\n").arg(prefix).arg(i).toUtf8();
    QTemporaryDir dir;
    write(dir.filePath("many.jsonl"), jsonl);
    if (ImportJob(db.database(), {}).run({dir.filePath("many.jsonl")}).imported != n)
        qFatal("cannot add prompts");
}

} // namespace

class LibraryIndexServiceTest : public QObject
{
    Q_OBJECT
private slots:
    void rebuildsACorruptIndexInTheBackground()
    {
        test::TempDatabase db;
        addPrompts(db, 60, "Prompt");
        QString indexFile;
        {
            EmbeddingRepository repository(db.database());
            QVERIFY(repository.indexPending().ok());
            indexFile = repository.index().indexPath();
        }
        QFile file(indexFile);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 3));
        file.write(QByteArray(32, '\x01'));
        file.close();
        QVERIFY(EmbeddingRepository(db.database()).needsRebuild());

        LibraryIndexService service(db.database());
        QSignalSpy progress(&service, &LibraryIndexService::progress);
        QSignalSpy idle(&service, &LibraryIndexService::idle);
        QSignalSpy changed(&service, &LibraryIndexService::indexChanged);
        QSignalSpy failed(&service, &LibraryIndexService::failed);
        service.start();
        QVERIFY(service.isIndexing());
        QVERIFY(idle.wait(30000));
        QVERIFY(!service.isIndexing());
        QVERIFY(failed.isEmpty());
        QCOMPARE(changed.size(), 1);
        QVERIFY(!progress.isEmpty());
        QVERIFY(progress.first().first().toString().contains("search index"));
        QCOMPARE(progress.last().at(1).toInt(), 60); // done …
        QCOMPARE(progress.last().at(2).toInt(), 60); // … of all
        QVERIFY(!service.repository()->needsRebuild());
        QVERIFY(!EmbeddingRepository(db.database()).needsRebuild());
        auto hits = service.repository()->similarToText("Prompt 7: write a haiku about topic 7", 3);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 3);
    }

    void anIntactIndexIsLeftAlone()
    {
        test::TempDatabase db;
        addPrompts(db, 10, "Prompt");
        QVERIFY(EmbeddingRepository(db.database()).indexPending().ok());
        LibraryIndexService service(db.database());
        QSignalSpy progress(&service, &LibraryIndexService::progress);
        QSignalSpy idle(&service, &LibraryIndexService::idle);
        QSignalSpy changed(&service, &LibraryIndexService::indexChanged);
        service.start();
        QVERIFY(idle.wait(10000));
        QVERIFY(progress.isEmpty()); // nothing to show in the status bar
        QVERIFY(changed.isEmpty());
    }

    void indexesNewAndForgetsDeletedPrompts()
    {
        test::TempDatabase db;
        LibraryIndexService service(db.database());
        QSignalSpy idle(&service, &LibraryIndexService::idle);
        service.start();
        QVERIFY(idle.wait(10000));

        addPrompts(db, 20, "Fresh");
        QSignalSpy changed(&service, &LibraryIndexService::indexChanged);
        service.indexPending();
        service.indexPending(); // coalesced with the one waiting, or runs on nothing
        QTRY_VERIFY_WITH_TIMEOUT(!service.isIndexing(), 10000);
        QCOMPARE(*service.repository()->pendingCount(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(service.repository()->index().count(), 20);

        auto q = runSql(db.connection(), "SELECT seq, id FROM prompts WHERE content LIKE 'Fresh 3:%'");
        QVERIFY(q && q->next());
        const qint64 seq = q->value(0).toLongLong();
        const QString id = q->value(1).toString();
        QVERIFY(PromptRepository(db.database()).remove(id).ok());
        service.removed({seq});
        QTRY_VERIFY_WITH_TIMEOUT(!service.isIndexing(), 10000);
        QCOMPARE(service.repository()->index().count(), 19);
        QCOMPARE(changed.size(), 2);
        QVERIFY(!EmbeddingRepository(db.database()).needsRebuild());
    }

    void destroyingCancelsPromptly()
    {
        test::TempDatabase db;
        addPrompts(db, 3000, "Slow");
        auto embedder = std::make_shared<SlowEmbedder>();
        auto* service = new LibraryIndexService(db.database(), nullptr, embedder);
        QSignalSpy progress(service, &LibraryIndexService::progress);
        service->start();
        // Indexing everything takes about ten seconds; wait for the first batch to be in.
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toInt() > 0, 20000);
        QElapsedTimer timer;
        timer.start();
        delete service;
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));

        EmbeddingRepository reopened(db.database(), embedder);
        const qint64 pending = *reopened.pendingCount();
        QVERIFY(pending > 0 && pending < 3000);
        // What was indexed before the cancel was saved: no rebuild at the next start.
        QVERIFY(!reopened.needsRebuild());
        QCOMPARE(reopened.index().count(), 3000 - pending);
    }
};

ATHANOR_TEST(MainWindowImportTest)
ATHANOR_TEST(ImportControllerTest)
ATHANOR_TEST(ExportDialogTest)
ATHANOR_TEST(LibraryIndexServiceTest)
#include "tst_importcontroller.moc"
