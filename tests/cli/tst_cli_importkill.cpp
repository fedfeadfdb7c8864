#include "CliRunner.h"
#include "PromptFiles.h"
#include "TestRegistry.h"
#include "storage/Database.h"
#include "storage/ImportJob.h"
#include "storage/SqlHelpers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace athanor;
using athanor::test::runCli;

// athanor-cli import killed with SIGKILL at random moments of a large import, then run again:
// after every kill the database is intact, every file the import reported stored is wholly there,
// no other file is partly there, and the final run leaves each prompt once.
class ImportKillTest : public QObject
{
    Q_OBJECT
    static constexpr int kFiles = 30;
    static constexpr int kPerFile = 1500;
    QTemporaryDir m_dir;
    // A fixed seed, so that a failure can be replayed; ATHANOR_TEST_SEED tries others.
    QRandomGenerator m_random{qEnvironmentVariableIsSet("ATHANOR_TEST_SEED")
                                  ? quint32(qEnvironmentVariableIntValue("ATHANOR_TEST_SEED"))
                                  : 20261205u};

    QString folder() const { return m_dir.filePath(QStringLiteral("prompts")); }

private slots:
    void initTestCase()
    {
        QVERIFY(test::writeMarkedPromptFiles(folder(), kFiles, kPerFile, QStringLiteral("summarise the report on topic")));
        // The markers are read back as "file NN".
        QCOMPARE(ImportJob::expand({folder()}, nullptr).size(), kFiles);
    }

    void killedImportsLeaveWholeFilesOnly()
    {
        int kills = 0;
        QString db;
        for (int round = 0; round < 6; ++round) {
            // A new library each round: every kill lands in a real import, not in skipping
            // duplicates of the last one. (The last one is resumed below.)
            db = m_dir.filePath(QStringLiteral("library-%1.db").arg(round));
            QCOMPARE(runCli({"--db", db, "init"}).code, 0);
            QProcess process;
            process.start(QStringLiteral(ATHANOR_CLI_PATH), {"--db", db, "import", folder(), "--progress"});
            QVERIFY(process.waitForStarted());
            const int delay = 50 + int(m_random.bounded(1200));
            QThread::msleep(delay);
            const bool running = process.state() == QProcess::Running;
            process.kill();
            process.waitForFinished();
            kills += running ? 1 : 0;
            // The last "progress D/T" seen: the first D files were stored.
            int reported = 0;
            const QString err = QString::fromUtf8(process.readAllStandardError());
            static const QRegularExpression line(QStringLiteral("progress (\\d+)/\\d+"));
            for (auto it = line.globalMatch(err); it.hasNext();)
                reported = it.next().captured(1).toInt();
            QString integrity;
            const QList<int> counts = test::promptsPerFile(db, kFiles, &integrity);
            qInfo("round %d: killed after %d ms%s, %d files reported stored", round, delay,
                  running ? "" : " (it had finished)", reported);
            QCOMPARE(integrity, QStringLiteral("ok"));
            for (int f = 0; f < kFiles; ++f) {
                QVERIFY2(counts.at(f) == 0 || counts.at(f) == kPerFile,
                         qPrintable(QStringLiteral("file %1 is partly there: %2 prompts").arg(f).arg(counts.at(f))));
                if (f < reported)
                    QVERIFY2(counts.at(f) == kPerFile, qPrintable(QStringLiteral("file %1 was reported stored").arg(f)));
            }
        }
        QVERIFY(kills >= 3); // most rounds were killed mid-import
        // Resumed and run to the end: every prompt once.
        const auto finished = runCli({"--db", db, "import", folder(), "--json"});
        QCOMPARE(finished.code, 0);
        QString integrity;
        const QList<int> counts = test::promptsPerFile(db, kFiles, &integrity);
        QCOMPARE(integrity, QStringLiteral("ok"));
        for (int f = 0; f < kFiles; ++f)
            QCOMPARE(counts.at(f), kPerFile);
    }
};

ATHANOR_TEST(ImportKillTest)
#include "tst_cli_importkill.moc"
