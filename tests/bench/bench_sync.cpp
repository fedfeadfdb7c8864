// Syncing 10,000 changes with a local PostgreSQL (issue 9's target: at most 5 s), pushing new
// prompts, pulling them into a second library, and pushing 10,000 edits.
// Usage: bench_sync [N] (default 10000). Starts its own PostgreSQL (tests/support/PgServer).

#include "PgServer.h"
#include "storage/Database.h"
#include "storage/ImportJob.h"
#include "storage/ServerSchema.h"
#include "storage/SqlHelpers.h"
#include "storage/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>

using namespace athanor;

namespace {

std::shared_ptr<Database> openLibrary(const QString& path)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().message()));
    return *db;
}

double timedSync(const std::shared_ptr<Database>& library, const ServerUrl& url, SyncEngine::Report* report)
{
    QElapsedTimer timer;
    timer.start();
    auto done = SyncEngine(library, url).run();
    if (!done)
        qFatal("sync failed: %s", qPrintable(done.error().message()));
    *report = *done;
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 10000;
    test::PgServer server;
    if (!server.error().isEmpty())
        qFatal("%s", qPrintable(server.error()));
    ServerUrl user;
    {
        auto admin = server.adminUrl().open(QStringLiteral("bench-admin"));
        if (!admin)
            qFatal("%s", qPrintable(admin.error().message()));
        ServerSchema schema(*admin);
        if (!schema.migrate())
            qFatal("server init failed");
        auto added = schema.addUser(QStringLiteral("bench"), false);
        if (!added)
            qFatal("%s", qPrintable(added.error().message()));
        user = server.adminUrl();
        user.user = added->name;
        user.password = added->password;
        admin->close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));

    QTemporaryDir dir;
    auto laptop = openLibrary(dir.filePath(QStringLiteral("laptop.db")));
    SyncEngine::Report report;
    timedSync(laptop, user, &report); // sync on, nothing to send
    QFile file(dir.filePath(QStringLiteral("prompts.jsonl")));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the prompts");
    for (int i = 0; i < n; ++i)
        file.write(
            QJsonDocument(QJsonObject{{QStringLiteral("prompt"),
                                       QStringLiteral("Write a %1-word summary of report %2 for the %3 team.")
                                           .arg(50 + i % 200)
                                           .arg(i)
                                           .arg(i % 7)}})
                .toJson(QJsonDocument::Compact) +
            '\n');
    file.close();
    if (ImportJob(laptop, {}).run({file.fileName()}).imported != n)
        qFatal("the import failed");

    std::printf("sync bench: %d changes, PostgreSQL on loopback (fsync off), batches of %d\n", n,
                SyncEngine::kBatch);
    const double push = timedSync(laptop, user, &report);
    std::printf("push %d new prompts          %7.2f s   %8.0f changes/s   (pushed %d, pending %d)\n", n, push,
                n / push, report.pushed, report.pending);
    auto desktop = openLibrary(dir.filePath(QStringLiteral("desktop.db")));
    const double pull = timedSync(desktop, user, &report);
    std::printf("pull %d prompts (new library) %7.2f s   %8.0f changes/s   (pulled %d)\n", n, pull, n / pull,
                report.pulled);
    if (!runSql(laptop->connection(), QStringLiteral("UPDATE prompts SET tags = '[\"edited\"]'")))
        qFatal("the edit failed");
    const double edits = timedSync(laptop, user, &report);
    std::printf("push %d edits                %7.2f s   %8.0f changes/s   (pushed %d)\n", n, edits, n / edits,
                report.pushed);
    const double pullEdits = timedSync(desktop, user, &report);
    std::printf("pull %d edits                %7.2f s   %8.0f changes/s   (pulled %d)\n", n, pullEdits,
                n / pullEdits, report.pulled);
    const double worst = std::max({push, pull, edits, pullEdits});
    std::printf("summary: slowest sync of %d changes %.2f s   target <= 5 s   %s\n", n, worst,
                worst <= 5.0 ? "met" : "NOT MET");
    return 0;
}
