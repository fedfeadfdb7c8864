#include "CliRunner.h"
#include "PromptFiles.h"
#include "TestRegistry.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace athanor;
using athanor::test::Run;

namespace {

// athanor-cli with `modifier` run in the child before it starts (a limit, fewer rights).
Run runCliWith(const QStringList& args, const std::function<void()>& modifier)
{
    QProcess process;
    process.setChildProcessModifier(modifier);
    process.start(QStringLiteral(ATHANOR_CLI_PATH), args);
    if (!process.waitForFinished(120000))
        qFatal("athanor-cli did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// Root may write any file whatever its mode (CAP_DAC_OVERRIDE): without those capabilities in
// its bounding set, root's child obeys a file's mode as its owner would.
void withoutRootsOverride()
{
    if (::geteuid() == 0) {
        ::prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0);
        ::prctl(PR_CAPBSET_DROP, CAP_DAC_READ_SEARCH, 0, 0, 0);
    }
}

QByteArray digest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

bool run(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

} // namespace

// The disk fills up during an import, or the library is read-only: athanor-cli (the same core as
// the app) says so clearly, names the library, stops, and loses nothing: what it reported stored
// is whole, nothing else is partly there, and the import finishes once there is room again.
class StorageFailureTest : public QObject
{
    Q_OBJECT
    static constexpr int kFiles = 20;
    static constexpr int kPerFile = 500;
    QTemporaryDir m_dir;

    QString folder() const { return m_dir.filePath(QStringLiteral("prompts")); }

private slots:
    void initTestCase()
    {
        QVERIFY(test::writeMarkedPromptFiles(
            folder(), kFiles, kPerFile,
            QStringLiteral("explain the findings of the study to a reader new to the field, in plain words")));
    }

    void fullDiskStopsTheImportAndLosesNothing_data()
    {
        QTest::addColumn<bool>("tmpfs");
        // The file-size limit works for every user; the tmpfs is a real full disk (root only).
        QTest::newRow("size-limited file") << false;
        QTest::newRow("small tmpfs") << true;
    }
    void fullDiskStopsTheImportAndLosesNothing()
    {
        QFETCH(bool, tmpfs);
        const QString where = m_dir.filePath(tmpfs ? QStringLiteral("tmpfs") : QStringLiteral("limited"));
        QVERIFY(QDir().mkpath(where));
        if (tmpfs && (::geteuid() != 0 || !run(QStringLiteral("mount"), {"-t", "tmpfs", "-o", "size=3m", "tmpfs", where})))
            QSKIP("mounting a tmpfs needs root (and CAP_SYS_ADMIN)");
        const auto unmount = qScopeGuard([&] {
            if (tmpfs)
                run(QStringLiteral("umount"), {where});
        });
        const QString db = QDir(where).filePath(QStringLiteral("library.db"));
        QCOMPARE(athanor::test::runCli({"--db", db, "init"}).code, 0);

        std::function<void()> limit = [] {};
        if (!tmpfs) {
            // Room for about two files' rows; a write past it fails (EFBIG) instead of killing.
            const rlim_t bytes = rlim_t(QFileInfo(db).size() + 400 * 1024);
            limit = [bytes] {
                const rlimit size{bytes, bytes};
                ::setrlimit(RLIMIT_FSIZE, &size);
                ::signal(SIGXFSZ, SIG_IGN);
            };
        }
        const Run full = runCliWith({"--db", db, "import", "--json", folder()}, limit);
        QCOMPARE(full.code, 2);
        const QJsonObject report = QJsonDocument::fromJson(full.out).object();
        QVERIFY2(report.contains("stopped"), full.out.constData());
        const QJsonObject stopped = report.value("stopped").toObject();
        QVERIFY2(stopped.value("reason").toString().contains("disk"), full.out.constData());
        QCOMPARE(stopped.value("where").toString(), QFileInfo(db).absoluteFilePath());
        QVERIFY(stopped.value("hint").toString().contains("free some disk space"));
        // It stopped at the first file it could not store rather than failing every one after.
        QCOMPARE(report.value("failed").toArray().size(), 1);
        const int imported = report.value("imported").toInt();
        QVERIFY2(imported < kFiles * kPerFile, "the limit left room for everything");
        QCOMPARE(imported % kPerFile, 0);
        QCOMPARE(stopped.value("not_tried").toInt(), kFiles - imported / kPerFile - 1);

        // Room again (the tmpfs grows), then as a restarted app sees it: intact, the files it
        // reported are whole, the one it stopped at and those after it not there at all.
        if (tmpfs)
            QVERIFY(run(QStringLiteral("mount"), {"-o", "remount,size=64m", where}));
        QString integrity;
        QList<int> counts = test::promptsPerFile(db, kFiles, &integrity);
        QCOMPARE(integrity, QStringLiteral("ok"));
        for (int f = 0; f < kFiles; ++f)
            QCOMPARE(counts.at(f), f < imported / kPerFile ? kPerFile : 0);

        const Run again = runCliWith({"--db", db, "import", folder()}, [] {});
        QCOMPARE(again.code, 0);
        counts = test::promptsPerFile(db, kFiles, &integrity);
        QCOMPARE(integrity, QStringLiteral("ok"));
        for (int f = 0; f < kFiles; ++f)
            QCOMPARE(counts.at(f), kPerFile);
    }

    void fullDiskMessageInText()
    {
        const QString db = m_dir.filePath(QStringLiteral("text.db"));
        QCOMPARE(athanor::test::runCli({"--db", db, "init"}).code, 0);
        const rlim_t bytes = rlim_t(QFileInfo(db).size() + 200 * 1024);
        const Run full = runCliWith({"--db", db, "import", folder()}, [bytes] {
            const rlimit size{bytes, bytes};
            ::setrlimit(RLIMIT_FSIZE, &size);
            ::signal(SIGXFSZ, SIG_IGN);
        });
        QCOMPARE(full.code, 2);
        const QString err = QString::fromUtf8(full.err);
        QVERIFY2(err.contains(QStringLiteral("error: the disk could not be written (is it full?)")), qPrintable(err));
        QVERIFY2(err.contains(QFileInfo(db).absoluteFilePath()), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("hint: free some disk space")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("more files were not tried")), qPrintable(err));
    }

    void readOnlyLibraryIsRefusedClearly_data()
    {
        QTest::addColumn<int>("fileModeBits");
        QTest::addColumn<int>("folderModeBits");
        QTest::addColumn<bool>("readable");
        const QFile::Permissions readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        const QFile::Permissions folderReadOnly = readOnly | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        // In a folder it can write to, SQLite reads a read-only file (its log goes beside it):
        // browsing, search and backups work, changes are refused. A read-only folder leaves no
        // room for the write-ahead log at all: even reading is refused, clearly.
        QTest::newRow("read-only file") << int(readOnly) << int(folderReadOnly | QFile::WriteOwner) << true;
        QTest::newRow("read-only folder") << int(readOnly | QFile::WriteOwner) << int(folderReadOnly) << false;
    }
    void readOnlyLibraryIsRefusedClearly()
    {
        QFETCH(int, fileModeBits);
        QFETCH(int, folderModeBits);
        QFETCH(bool, readable);
        const QFile::Permissions fileMode = QFile::Permissions::fromInt(fileModeBits);
        const QFile::Permissions folderMode = QFile::Permissions::fromInt(folderModeBits);

        // Does this machine let a child of ours obey the modes (root gives up its override)?
        const QString probeFile = m_dir.filePath(QStringLiteral("probe"));
        QFile::remove(probeFile);
        QVERIFY(QFile(probeFile).open(QIODevice::WriteOnly));
        QVERIFY(QFile::setPermissions(probeFile, QFile::ReadOwner));
        QProcess probe;
        probe.setChildProcessModifier(withoutRootsOverride);
        probe.start(QStringLiteral("/bin/sh"), {"-c", "(echo >> \"$0\") 2>/dev/null && exit 1; exit 0", probeFile});
        QVERIFY(probe.waitForFinished(10000));
        if (probe.exitCode() != 0)
            QSKIP("this process cannot give up root's right to write read-only files");

        const QString where = m_dir.filePath(QStringLiteral("ro-%1").arg(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(where));
        const QString db = QDir(where).filePath(QStringLiteral("library.db"));
        QCOMPARE(athanor::test::runCli({"--db", db, "init"}).code, 0);
        QCOMPARE(athanor::test::runCli({"--db", db, "import", QDir(folder()).filePath("part-00.jsonl")}).code, 0);
        const Run listed = athanor::test::runCli({"--db", db, "list", "--json", "--limit", "1"});
        const QString id = QJsonDocument::fromJson(listed.out).array().at(0).toObject().value("id").toString();
        QVERIFY2(!id.isEmpty(), listed.out.constData());
        QVERIFY(!QFile::exists(db + "-wal"));
        QVERIFY(QFile::setPermissions(db, fileMode));
        QVERIFY(QFile::setPermissions(where, folderMode));
        const auto restore = qScopeGuard([&] {
            QFile::setPermissions(where, folderMode | QFile::WriteOwner);
            QFile::setPermissions(db, fileMode | QFile::WriteOwner);
        });
        const QByteArray before = digest(db);
        const QString absolute = QFileInfo(db).absoluteFilePath();
        const auto refused = [&](const QStringList& command) {
            const Run run = runCliWith(QStringList{"--db", db} + command, withoutRootsOverride);
            const QByteArray err = run.err.mid(run.err.indexOf("error: "));
            QVERIFY2(run.code == 2, qPrintable(command.join(' ') + ": " + run.err));
            QVERIFY2(athanor::test::isErrorLine(err), run.err.constData());
            QVERIFY2(err.startsWith("error: the library is read-only"), run.err.constData());
            QVERIFY2(err.contains(absolute.toUtf8()), run.err.constData());
            QVERIFY2(err.contains("hint: allow writing to the file and to its folder"), run.err.constData());
        };

        const QStringList list{"list", "--json", "--limit", "1000"};
        if (readable) {
            const Run run = runCliWith(QStringList{"--db", db} + list, withoutRootsOverride);
            QCOMPARE(run.code, 0);
            QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), kPerFile);
            const QString copy = m_dir.filePath(QStringLiteral("copy-of-read-only.db"));
            QCOMPARE(runCliWith({"--db", db, "backup", "--to", copy}, withoutRootsOverride).code, 0);
            QVERIFY(QFileInfo(copy).size() > 0);
        } else {
            refused(list);
        }
        refused({"import", QDir(folder()).filePath("part-01.jsonl")});
        refused({"tag", id, "urgent"});
        refused({"delete", id});
        QCOMPARE(digest(db), before);
    }
};

ATHANOR_TEST(StorageFailureTest)
#include "tst_cli_storagefailure.moc"
