// The library at scale (issue 6), in one run on a synthetic library (LibraryGenerator):
//   import throughput of a CSV file through ImportJob (read, parse, hash, insert, full-text
//   triggers, commit: everything a user's import does), full-text search p50/p95, embedding the
//   library (indexPending), the vector index build from the stored embeddings (rebuildIndex),
//   kNN top-10 p50/p95 with recall@10 and speed-up against exact brute force over the same
//   vectors, and the cold open of the GUI on the library (time to a painted window and its RSS,
//   reported by the GUI's ATHANOR_STARTUP_PROBE), median of three runs.
// Usage: bench_library [--size N] [--import-rows N] [--queries N] [--workdir DIR] [--reuse]
//                      [--gui PATH] [--runs N]
//   --workdir keeps the library there (default: a temporary folder, removed at the end);
//   --reuse takes the library already in --workdir instead of generating it again.
#include "BenchSupport.h"
#include "LibraryGenerator.h"
#include "core/embeddings/EmbeddingCodec.h"
#include "core/embeddings/ExactSearch.h"
#include "core/embeddings/LocalEmbedder.h"
#include "storage/CatalogRepository.h"
#include "storage/Database.h"
#include "storage/EmbeddingRepository.h"
#include "storage/ImportJob.h"
#include "storage/PromptQueries.h"
#include "storage/SqlHelpers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <numeric>
#include <optional>
#include <vector>

using namespace athanor;

namespace {

using namespace athanor::bench;

// --- the steps -------------------------------------------------------------------------------

void benchImport(const bench::LibraryGenerator& generator, const QString& dir, qint64 rows)
{
    // Files of at most 100k rows: one import file stays under ImportJob's 64 MB limit.
    constexpr qint64 kRowsPerFile = 100000;
    QStringList files;
    QElapsedTimer timer;
    timer.start();
    for (qint64 first = 0; first < rows; first += kRowsPerFile) {
        const QString path = QDir(dir).filePath(QStringLiteral("import-%1.csv").arg(files.size()));
        // Indices far from the library's own, so the import file is other prompts than the library.
        check(generator.writeCsv(path, (qint64(1) << 40) + first, std::min(kRowsPerFile, rows - first)),
              "write CSV");
        files << path;
    }
    double bytes = 0;
    for (const QString& file : std::as_const(files))
        bytes += double(QFileInfo(file).size());
    std::printf("import: %lld rows written to %lld CSV file(s), %.1f MB, in %.2f s (not counted)\n", rows,
                qint64(files.size()), bytes / 1e6, seconds(timer));

    const QString dbPath = QDir(dir).filePath(QStringLiteral("import.db"));
    // A fresh database each time: into one left from an earlier run every row is a duplicate.
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(dbPath + suffix);
    auto database = check(Database::open(dbPath), "open the import database");
    for (const QString& file : std::as_const(files))
        evictFromCache(file);
    timer.restart();
    const ImportReport report = ImportJob(database, {}).run(files);
    const double s = seconds(timer);
    if (!report.failed.isEmpty())
        die(QStringLiteral("import failed: %1 (line %2)")
                .arg(report.failed.first().reason)
                .arg(report.failed.first().line));
    const double rate = double(report.imported + report.duplicates) / s;
    std::printf(
        "import: ImportJob %d prompts stored, %d duplicates, %.2f s: %.0f prompts/s (file read from disk, "
        "parse, hash, insert, full-text index, commit)\n",
        report.imported, report.duplicates, s, rate);
    target(QStringLiteral("import (CSV, %1 rows)").arg(rows),
           QStringLiteral("%1 prompts/s").arg(rate, 0, 'f', 0), QStringLiteral(">= 20000 prompts/s"),
           rate >= 20000);
}

void benchFill(const bench::LibraryGenerator& generator, const std::shared_ptr<Database>& database,
               qint64 size)
{
    QElapsedTimer timer;
    timer.start();
    qint64 lastReport = 0;
    const qint64 next =
        check(generator.fill(database, 0, size,
                             [&](qint64 done, qint64 total) {
                                 if (done - lastReport >= 200000 || done == total) {
                                     lastReport = done;
                                     std::fprintf(stderr, "  filled %lld / %lld\n", done, total);
                                 }
                             }),
              "fill the library");
    const double s = seconds(timer);
    std::printf(
        "library: %lld prompts generated and inserted through the schema in %.1f s (%.0f rows/s, %lld "
        "generated texts skipped as duplicates)\n",
        size, s, double(size) / s, next - size);
}

void benchFts(const bench::LibraryGenerator& generator, const std::shared_ptr<Database>& database,
              int queries)
{
    PromptQueries library(database);
    QElapsedTimer timer;
    // Twice over the same queries: the first pass may read the full-text index from disk (a
    // library just opened), the second finds it in the page cache, as a session in use does.
    Stats s;
    for (const char* pass : {"first pass", "second pass"}) {
        std::vector<double> ms;
        qint64 hits = 0;
        for (int q = 0; q < queries; ++q) {
            const QString text = generator.searchQuery(q);
            timer.restart();
            const auto found = check(library.search(text, 20), "full-text search");
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            hits += found.size();
        }
        s = stats(ms);
        if (std::strcmp(pass, "second pass") == 0) {
            // The slowest queries say what the p95 is made of.
            std::vector<int> order(ms.size());
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(),
                      [&ms](int a, int b) { return ms[size_t(a)] > ms[size_t(b)]; });
            for (size_t i = 0; i < std::min<size_t>(5, order.size()); ++i)
                std::printf("  slow: %8.2f ms  \"%s\"\n", ms[size_t(order[i])],
                            qPrintable(generator.searchQuery(order[i])));
        }
        std::printf(
            "FTS top-20 (bm25, snippets), %-11s p50 %8.2f ms   p95 %8.2f ms   max %8.2f ms   (%d queries, "
            "%.1f hits each)\n",
            pass, s.p50, s.p95, s.max, queries, double(hits) / queries);
    }
    target(QStringLiteral("FTS p50 / p95"),
           QStringLiteral("%1 / %2 ms").arg(s.p50, 0, 'f', 2).arg(s.p95, 0, 'f', 2),
           QStringLiteral("p95 <= 20 ms"), s.p95 <= 20);

    // Not a target: the Library's first page, plain and filtered by a common and a rare tag.
    for (int rank : {-1, 0, bench::LibraryGenerator::tagCount() - 1}) {
        PromptQueries::Filter filter;
        if (rank >= 0)
            filter.tag = bench::LibraryGenerator::tagByRank(rank);
        std::vector<double> pageMs;
        int rows = 0;
        for (int i = 0; i < 5; ++i) {
            timer.restart();
            rows = int(check(library.page(filter, 0, 200), "page").size());
            pageMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("first page of 200%-22s p50 %8.2f ms   (%d rows)\n",
                    rank < 0 ? "" : qPrintable(QStringLiteral(", tag '%1'").arg(filter.tag)),
                    stats(pageMs).p50, rows);
    }
}

// Prints "  <what> done / total (s)" to stderr every 100,000 rows and at the end.
VectorIndex::Progress progressPrinter(const char* what, const QElapsedTimer& timer)
{
    auto last = std::make_shared<qint64>(0);
    return [what, &timer, last](qint64 done, qint64 total) {
        if (done - *last >= 100000 || done == total) {
            *last = done;
            std::fprintf(stderr, "  %s %lld / %lld (%.0f s)\n", what, done, total, seconds(timer));
        }
    };
}

struct Vectors
{
    std::vector<qint64> labels;
    std::vector<float> rows;
};

// The stored embeddings, decoded as the exact search decodes them.
Vectors storedVectors(const std::shared_ptr<Database>& database, const QString& model, int dimension)
{
    Vectors v;
    auto query = check(
        runSql(database->connection(),
               QStringLiteral("SELECT seq, embedding FROM prompts WHERE embedding_model = ? ORDER BY seq"),
               {model}),
        "read embeddings");
    while (query.next()) {
        const auto vector = check(EmbeddingCodec::decode(query.value(1).toByteArray(), dimension), "decode");
        v.labels.push_back(query.value(0).toLongLong());
        v.rows.insert(v.rows.end(), vector.begin(), vector.end());
    }
    return v;
}

void benchVectors(const bench::LibraryGenerator& generator, const std::shared_ptr<Database>& database,
                  qint64 size, int queries, bool reused)
{
    {
        // Embedding is timed on its own: a placeholder index of another format makes the
        // repository leave its index alone (as with a damaged one), so indexPending only embeds
        // and stores; rebuildIndex below then builds the index once. In the app, indexPending adds
        // to a loaded index as it goes, which costs about what the build costs.
        const QString model = LocalEmbedder().model();
        QFile manifest(VectorIndex::manifestPath(database->path(), model));
        QFile index(VectorIndex::indexPath(database->path(), model));
        if (!reused && (!manifest.open(QIODevice::WriteOnly) || manifest.write("{\"format\": 0}") < 0 ||
                        !index.open(QIODevice::WriteOnly)))
            die(QStringLiteral("cannot write a placeholder index"));
    }
    EmbeddingRepository repository(database);
    QElapsedTimer timer;
    const qint64 pending = check(repository.pendingCount(), "pending count");
    timer.start();
    check(repository.indexPending(progressPrinter("embedded", timer)), "indexPending");
    const double embedSeconds = seconds(timer);
    if (pending > 0)
        std::printf(
            "embed + store (indexPending without a loaded index, %lld prompts, %d threads): %.1f s (%.0f "
            "prompts/s)\n",
            pending, QThread::idealThreadCount(), embedSeconds, double(pending) / embedSeconds);
    else
        std::printf("embed: nothing pending%s\n", reused ? " (reused library)" : "");

    timer.restart();
    check(repository.rebuildIndex(progressPrinter("indexed", timer)), "rebuildIndex");
    const double buildSeconds = seconds(timer);
    const QString indexPath = repository.index().indexPath();
    std::printf(
        "index build from the stored embeddings (rebuildIndex: read + HNSW M %d ef_c %d + save): %.1f s; "
        "file %.1f MB\n",
        VectorIndex::kM, VectorIndex::kEfConstruction, buildSeconds, fileMb(indexPath));
    target(QStringLiteral("index build (%1 prompts)").arg(size),
           QStringLiteral("%1 s").arg(buildSeconds, 0, 'f', 1), QStringLiteral("<= 240 s"),
           buildSeconds <= 240);
    {
        EmbeddingRepository reopened(database);
        evictFromCache(indexPath);
        timer.restart();
        const bool ready = !reopened.needsRebuild();
        std::printf(
            "index open (coverage check + file checksum + load, file not in the page cache): %.2f s%s\n",
            seconds(timer), ready ? "" : "  (NOT ready)");
    }

    // Queries: other prompts of the same generator, embedded as similarToText embeds them.
    const LocalEmbedder embedder;
    const int dim = embedder.dimension();
    std::vector<float> probes;
    for (int q = 0; q < queries; ++q) {
        const std::vector<float> v = embedder.embed(generator.prompt((qint64(1) << 41) + q).content);
        probes.insert(probes.end(), v.begin(), v.end());
    }
    timer.restart();
    const Vectors stored = storedVectors(database, embedder.model(), dim);
    std::printf("kNN: %zu stored vectors read for brute force in %.1f s\n", stored.labels.size(),
                seconds(timer));

    constexpr int k = 10;
    std::vector<double> bruteUs;
    std::vector<QList<VectorHit>> exact;
    for (int q = 0; q < queries; ++q) {
        timer.restart();
        exact.push_back(
            ExactSearch::topK(stored.labels, stored.rows, dim, probes.data() + size_t(q) * dim, k));
        bruteUs.push_back(double(timer.nsecsElapsed()) / 1e3);
    }
    const Stats brute = stats(bruteUs);
    std::printf("brute force top-%d (exact)   p50 %9.3f ms   p95 %9.3f ms\n", k, brute.p50 / 1000,
                brute.p95 / 1000);

    VectorIndex& index = repository.index();
    std::optional<int> enoughEf;
    for (int ef : {32, 64, 96, 128, 192}) {
        index.setEf(ef);
        std::vector<double> us;
        int found = 0;
        for (int q = 0; q < queries; ++q) {
            const float* query = probes.data() + size_t(q) * dim;
            timer.restart();
            const auto hits = check(index.search(query, k), "search");
            us.push_back(double(timer.nsecsElapsed()) / 1e3);
            // A hit counts when its exact score reaches the exact 10th score: near-ties are common.
            const float threshold = exact[size_t(q)].last().score - 1e-6f;
            for (const VectorHit& hit : hits)
                found += hit.score >= threshold ? 1 : 0;
        }
        const Stats s = stats(us);
        const double recall = double(found) / (double(queries) * k);
        const double speedUp = brute.p50 / s.p50;
        const bool isDefault = ef == VectorIndex::kDefaultEf;
        std::printf(
            "HNSW top-%d ef %-4d          p50 %9.3f ms   p95 %9.3f ms   recall@10 %.4f   speed-up %5.0fx%s\n",
            k, ef, s.p50 / 1000, s.p95 / 1000, recall, speedUp, isDefault ? "   (default)" : "");
        if (recall >= 0.95 && !enoughEf) {
            enoughEf = ef;
            target(QStringLiteral("kNN at the smallest ef with recall@10 >= 0.95"),
                   QStringLiteral("ef %1: %2 ms, %3x")
                       .arg(ef)
                       .arg(s.p50 / 1000, 0, 'f', 3)
                       .arg(speedUp, 0, 'f', 0),
                   QStringLiteral("p50 <= 1 ms, >= 100x"), s.p50 <= 1000 && speedUp >= 100);
        }
        if (isDefault) {
            target(QStringLiteral("kNN top-10 p50 / p95 (ef %1)").arg(ef),
                   QStringLiteral("%1 / %2 ms").arg(s.p50 / 1000, 0, 'f', 3).arg(s.p95 / 1000, 0, 'f', 3),
                   QStringLiteral("p50 <= 1 ms"), s.p50 <= 1000);
            target(QStringLiteral("kNN recall@10"), QString::number(recall, 'f', 4),
                   QStringLiteral(">= 0.95"), recall >= 0.95);
            target(QStringLiteral("kNN speed-up over brute force"),
                   QStringLiteral("%1x").arg(speedUp, 0, 'f', 0), QStringLiteral(">= 100x"), speedUp >= 100);
        }
    }
    index.setEf(VectorIndex::kDefaultEf);

    // Not a target: what the user waits for, text to similar prompts (embed, search, read rows).
    std::vector<double> endToEnd;
    for (int q = 0; q < std::min(queries, 100); ++q) {
        timer.restart();
        check(repository.similarToText(generator.prompt((qint64(1) << 41) + q).content, k), "similarToText");
        endToEnd.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const Stats e = stats(endToEnd);
    std::printf("similarToText top-%d (embed + search + read rows)   p50 %.3f ms   p95 %.3f ms\n", k, e.p50,
                e.p95);
}

struct Probe
{
    double startupMs = -1;
    double wallMs = -1;
    qint64 rssKb = -1;
};

std::optional<Probe> runGui(const QString& gui, const QString& dbPath, const QString& configDir)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("ATHANOR_DB"), dbPath);
    env.insert(QStringLiteral("ATHANOR_STARTUP_PROBE"), QStringLiteral("1"));
    // Window geometry and the last pane come from the settings: a fresh folder, the same every run.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(gui, {});
    if (!process.waitForStarted(10000))
        return std::nullopt;
    Probe probe;
    QByteArray output;
    while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
        process.waitForReadyRead(100);
        output += process.readAllStandardOutput();
        if (output.contains('\n') && probe.wallMs < 0 && output.contains("startup_ms="))
            probe.wallMs = double(timer.nsecsElapsed()) / 1e6;
        if (timer.elapsed() > 120000) {
            process.kill();
            break;
        }
    }
    process.waitForFinished(30000);
    for (const QByteArray& field : output.simplified().split(' ')) {
        if (field.startsWith("startup_ms="))
            probe.startupMs = field.mid(11).toDouble();
        else if (field.startsWith("rss_kb="))
            probe.rssKb = field.mid(7).toLongLong();
    }
    if (probe.startupMs < 0 || probe.rssKb < 0) {
        std::fprintf(stderr, "the GUI printed no probe line: %s %s\n", output.constData(),
                     process.readAllStandardError().constData());
        return std::nullopt;
    }
    return probe;
}

void benchColdOpen(const QString& gui, const QString& dbPath, const QString& workdir, int runs)
{
    if (gui.isEmpty() || !QFileInfo(gui).isExecutable()) {
        std::printf("cold open: not measured (no GUI executable at '%s')\n", qPrintable(gui));
        target(QStringLiteral("cold open"), QStringLiteral("not measured"),
               QStringLiteral("<= 1 s, RSS <= 300 MB"), std::nullopt);
        return;
    }
    const QString configDir = QDir(workdir).filePath(QStringLiteral("config"));
    QDir().mkpath(configDir);
    const QStringList files = QDir(QFileInfo(dbPath).absolutePath())
                                  .entryList({QFileInfo(dbPath).fileName() + QLatin1Char('*')}, QDir::Files);
    for (bool cold : {true, false}) {
        std::vector<double> startup, wall, rss;
        for (int run = 0; run < runs; ++run) {
            if (cold) // the database and its index files, as after a reboot (Qt's libraries stay cached)
                for (const QString& file : files)
                    evictFromCache(QDir(QFileInfo(dbPath).absolutePath()).filePath(file));
            const auto probe = runGui(gui, dbPath, configDir);
            if (!probe)
                die(QStringLiteral("the GUI did not report its start-up"));
            startup.push_back(probe->startupMs);
            wall.push_back(probe->wallMs);
            rss.push_back(double(probe->rssKb));
            std::printf("  %s run %d: startup_ms=%.0f (seen by the bench %.0f) rss=%.1f MB\n",
                        cold ? "cold" : "warm", run + 1, probe->startupMs, probe->wallMs,
                        double(probe->rssKb) / 1024);
        }
        const double ms = stats(startup).p50, mb = stats(rss).p50 / 1024;
        std::printf("%s open of the library to a painted window   median %.0f ms   RSS %.1f MB   (%d runs, "
                    "database %s page cache)\n",
                    cold ? "cold" : "warm", ms, mb, runs, cold ? "evicted from the" : "in the");
        if (cold)
            target(QStringLiteral("cold open: time / RSS"),
                   QStringLiteral("%1 ms / %2 MB").arg(ms, 0, 'f', 0).arg(mb, 0, 'f', 1),
                   QStringLiteral("<= 1000 ms, <= 300 MB"), ms <= 1000 && mb <= 300);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("size"), QStringLiteral("Prompts in the library (default 1000000)."),
                      QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("import-rows"),
                      QStringLiteral("Rows of the imported CSV (default 100000)."), QStringLiteral("n"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("queries"), QStringLiteral("Queries per measurement (default 200)."),
                      QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("workdir"),
                      QStringLiteral("Where the library is kept (default: a temporary folder)."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("reuse"), QStringLiteral("Reuse the library already in --workdir.")});
    parser.addOption({QStringLiteral("gui"), QStringLiteral("The athanor executable for the cold open."),
                      QStringLiteral("path"), QStringLiteral(ATHANOR_GUI_PATH)});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("GUI start-ups per measurement (default 3)."),
                      QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption(
        {QStringLiteral("only"),
         QStringLiteral(
             "Measure only these parts: import, fts, vectors, open (comma-separated; default all)."),
         QStringLiteral("parts")});
    parser.process(app);
    const QStringList only = parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto wanted = [&only](const char* part) {
        return only.isEmpty() || only.contains(QLatin1String(part));
    };
    const qint64 size = std::max(100LL, parser.value(QStringLiteral("size")).toLongLong());
    const qint64 importRows = std::max(10LL, parser.value(QStringLiteral("import-rows")).toLongLong());
    const int queries = std::max(10, parser.value(QStringLiteral("queries")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    std::optional<QTemporaryDir> temporary;
    QString workdir = parser.value(QStringLiteral("workdir"));
    if (workdir.isEmpty()) {
        temporary.emplace();
        workdir = temporary->path();
    }
    if (!QDir().mkpath(workdir))
        die(QStringLiteral("cannot create %1").arg(workdir));

    std::printf("library bench: %lld prompts, %lld-row import, %d queries; %s, %d threads; load average %s\n",
                size, importRows, queries, qPrintable(cpuModel()), QThread::idealThreadCount(),
                qPrintable(loadAverage()));
    QElapsedTimer total;
    total.start();
    const bench::LibraryGenerator generator;

    if (wanted("import"))
        benchImport(generator, workdir, importRows);

    const QString dbPath = QDir(workdir).filePath(QStringLiteral("library-%1.db").arg(size));
    const bool reuse = parser.isSet(QStringLiteral("reuse")) && QFile::exists(dbPath);
    if (!reuse)
        for (const QString& file :
             QDir(workdir).entryList({QFileInfo(dbPath).fileName() + QLatin1Char('*')}, QDir::Files))
            QFile::remove(QDir(workdir).filePath(file));
    {
        auto database = check(Database::open(dbPath), "open the library");
        // A real library has the technique catalog installed: the GUI would otherwise install it
        // during the first cold open.
        check(CatalogRepository(database).ensureCurrent(), "install the catalog");
        if (reuse) {
            const qint64 count = promptCount(database);
            if (count != size)
                die(QStringLiteral("--reuse: the library holds %1 prompts, not %2").arg(count).arg(size));
            std::printf("library: reused %s\n", qPrintable(dbPath));
        } else {
            benchFill(generator, database, size);
        }
        if (wanted("fts"))
            benchFts(generator, database, queries);
        if (wanted("vectors"))
            benchVectors(generator, database, size, queries, reuse);
        // Folds the write-ahead log into the database, as closing the GUI does.
        check(runSql(database->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")),
              "checkpoint");
    }
    std::printf("library files: database %.1f MB, vector index %.1f MB\n", fileMb(dbPath),
                fileMb(VectorIndex::indexPath(dbPath, LocalEmbedder().model())));

    if (wanted("open"))
        benchColdOpen(parser.value(QStringLiteral("gui")), dbPath, workdir, runs);

    std::printf("\nsummary (%lld prompts, %.0f s in all, load average at the end %s):\n", size,
                seconds(total), qPrintable(loadAverage()));
    for (const Target& t : targets())
        std::printf("  %-34s %-22s target %-24s %s\n", qPrintable(t.name), qPrintable(t.figure),
                    qPrintable(t.target),
                    !t.met   ? "not measured"
                    : *t.met ? "met"
                             : "NOT MET");
    return 0;
}
