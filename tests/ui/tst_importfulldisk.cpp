#include "TempDatabase.h"
#include "TestRegistry.h"
#include "storage/ImportJob.h"
#include "storage/SqlHelpers.h"
#include "ui/import/ImportController.h"
#include "ui/import/ImportResultDialog.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <sys/resource.h>

using namespace athanor;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

ImportReport reportOf(const QSignalSpy& spy)
{
    return spy.last().first().value<ImportReport>();
}

} // namespace

// An import in the GUI when the library cannot be written (the CLI's cases: StorageFailureTest).
class ImportFullDiskTest : public QObject
{
    Q_OBJECT

private slots:
    // The disk fills up (a file-size limit on this process): the import stops at that file and
    // the dialog says why and what to do; the files before it are whole, nothing else is there.
    void aFullDiskStopsTheImportWithAHint()
    {
        test::TempDatabase db;
        QTemporaryDir dir;
        for (int f = 0; f < 12; ++f) {
            QByteArray lines;
            for (int p = 0; p < 400; ++p)
                lines += QStringLiteral("{\"prompt\": \"file %1 prompt %2: write a haiku on topic %3\"}\n")
                             .arg(f)
                             .arg(p)
                             .arg((f * 13 + p) % 89)
                             .toUtf8();
            writeFile(dir.filePath(QStringLiteral("part-%1.jsonl").arg(f, 2, 10, QLatin1Char('0'))), lines);
        }
        rlimit before{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &before), 0);
        const auto oldHandler = ::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails, not kills
        rlimit limited = before;
        // The limit is per file: past the larger of the library and its write-ahead log.
        limited.rlim_cur =
            rlim_t(std::max(QFileInfo(db.path()).size(), QFileInfo(db.path() + "-wal").size()) + 700 * 1024);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
        auto unlimit = qScopeGuard([&] {
            ::setrlimit(RLIMIT_FSIZE, &before);
            ::signal(SIGXFSZ, oldHandler);
        });

        ImportController controller(db.database(), nullptr, nullptr);
        QSignalSpy finished(&controller, &ImportController::importFinished);
        controller.importPaths({dir.path()});
        QVERIFY(finished.wait(30000));
        unlimit.dismiss();
        ::setrlimit(RLIMIT_FSIZE, &before);
        ::signal(SIGXFSZ, oldHandler);
        const ImportReport report = reportOf(finished);
        QVERIFY(report.stopped.has_value());
        QCOMPARE(report.failed.size(), 1);
        QVERIFY(report.imported > 0); // the limit leaves room for a file or two
        QCOMPARE(report.imported % 400, 0);
        QCOMPARE(report.notTried, 12 - report.imported / 400 - 1);

        auto* result = controller.resultDialog();
        QVERIFY(result && result->isVisible());
        const QString heading = result->findChild<QLabel*>("importResultHeading")->text();
        QVERIFY2(heading.startsWith("Import stopped: the disk"), qPrintable(heading));
        QCOMPARE(result->findChild<QLabel*>("notTriedCount")->text(), QString::number(report.notTried));
        auto* hint = result->findChild<QLabel*>("importStoppedHint");
        QVERIFY(hint && hint->text().startsWith("Free some disk space"));
        QVERIFY(result->reportText().contains("The import stopped: the disk"));
        result->close();

        auto counted = runSql(db.connection(), QStringLiteral("SELECT count(*) FROM prompts"));
        QVERIFY(counted && counted->next());
        QCOMPARE(counted->value(0).toInt(), report.imported);
        auto check = runSql(db.connection(), QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check && check->next());
        QCOMPARE(check->value(0).toString(), QStringLiteral("ok"));
    }

};

ATHANOR_TEST(ImportFullDiskTest)
#include "tst_importfulldisk.moc"
