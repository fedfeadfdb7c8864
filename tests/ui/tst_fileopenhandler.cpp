#include "TempDatabase.h"
#include "TestRegistry.h"
#include "storage/ImportJob.h"
#include "storage/SqlHelpers.h"
#include "ui/import/ImportController.h"
#include "ui/shell/FileOpenHandler.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileOpenEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace athanor;

namespace {

const QString kFixtures = QStringLiteral(ATHANOR_TEST_DATA_DIR "/import");

void copyFixture(const QString& name, const QString& toDir)
{
    QDir().mkpath(toDir);
    if (!QFile::copy(QDir(kFixtures).filePath(name), QDir(toDir).filePath(name)))
        qFatal("cannot copy fixture %s", qPrintable(name));
}

// Eight one-prompt files, f0.txt … f7.txt.
void writeNumberedFiles(const QString& dir)
{
    QDir().mkpath(dir);
    for (int i = 0; i < 8; ++i) {
        QFile file(QDir(dir).filePath(QStringLiteral("f%1.txt").arg(i)));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(QStringLiteral("Prompt number %1").arg(i).toUtf8());
    }
}

qint64 count(const test::TempDatabase& db, const QString& sql = QStringLiteral("SELECT count(*) FROM prompts"))
{
    auto q = runSql(db.connection(), sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

ImportReport reportOf(const QSignalSpy& spy)
{
    return spy.last().first().value<ImportReport>();
}

} // namespace

class FileOpenHandlerTest : public QObject
{
    Q_OBJECT
private slots:
    // A file opened with Athanor (the command line's paths, macOS's QFileOpenEvent) is imported;
    // what comes during an import waits for it rather than being dropped.
    void filesOpenedWithAthanorAreImported()
    {
        test::TempDatabase db;
        QTemporaryDir dir;
        copyFixture("support-agent.prompty", dir.path());
        copyFixture("summarize.prompt", dir.path());
        writeNumberedFiles(dir.filePath("numbered"));
        ImportController controller(db.database(), nullptr, nullptr);
        controller.setDialogsEnabled(false);
        FileOpenHandler opener(&controller);
        qApp->installEventFilter(&opener);
        QSignalSpy finished(&controller, &ImportController::importFinished);

        opener.open({dir.filePath("numbered")});
        QVERIFY(controller.isBusy());
        QFileOpenEvent event(dir.filePath("support-agent.prompty"));
        QApplication::sendEvent(qApp, &event);
        QVERIFY(event.isAccepted());
        opener.open({dir.filePath("summarize.prompt")});
        QCOMPARE(opener.waiting().size(), 2);
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QVERIFY(opener.waiting().isEmpty());
        QCOMPARE(reportOf(finished).imported, 2);
        QCOMPARE(count(db), 10);
        QCOMPARE(count(db, "SELECT count(*) FROM prompts WHERE source LIKE '%prompty%' OR title LIKE 'support%'"), 1);
        qApp->removeEventFilter(&opener);
    }
};

ATHANOR_TEST(FileOpenHandlerTest)
#include "tst_fileopenhandler.moc"
