// Similar-prompt search at scale, the index alone (bench_library measures it inside the whole
// library): N synthetic prompts (LibraryGenerator) embedded with LocalEmbedder (stored as int8
// and decoded, as the library does), indexed with VectorIndex (HNSW), then top-10 queries timed
// against exact brute force over the same vectors. Prints kNN p50/p95 latency, recall@10,
// the speed-up over brute force, index build time, and save/open times.
// Targets: kNN p50 <= 1 ms, recall@10 >= 0.95, >= 100x faster than brute force.
// Usage: bench_vectors [N=100000] [queries=300]
#include "LibraryGenerator.h"
#include "core/embeddings/EmbeddingCodec.h"
#include "core/embeddings/ExactSearch.h"
#include "core/embeddings/LocalEmbedder.h"
#include "storage/VectorIndex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <thread>
#include <vector>

using namespace athanor;

namespace {

// Embeds prompts [first, first + n) on all cores, stored as the library stores them (int8).
std::vector<float> embedAll(quint64 first, size_t n, int dimension)
{
    std::vector<float> rows(n * size_t(dimension));
    const LocalEmbedder embedder;
    const bench::LibraryGenerator generator;
    const size_t threads = size_t(std::max(1, QThread::idealThreadCount()));
    std::vector<std::thread> workers;
    for (size_t t = 0; t < threads; ++t)
        workers.emplace_back([&, t] {
            for (size_t i = t; i < n; i += threads) {
                const QString text = generator.prompt(qint64(first + i)).content;
                const auto stored = EmbeddingCodec::decode(EmbeddingCodec::encode(embedder.embed(text)));
                std::copy(stored->begin(), stored->end(), rows.begin() + qsizetype(i) * dimension);
            }
        });
    for (std::thread& worker : workers)
        worker.join();
    return rows;
}

// CPU seconds of the whole process (every thread): unlike wall time, it does not grow when other
// programs share the cores.
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

double percentile(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(q * double(values.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const size_t n = argc > 1 ? size_t(std::max(100LL, atoll(argv[1]))) : 100000;
    const int queries = argc > 2 ? std::max(10, atoi(argv[2])) : 300;
    const int k = 10;
    const int dim = LocalEmbedder::kDimension;
    std::printf("vectors: %zu prompts, dimension %d, %d queries, k = %d, %d threads\n", n, dim, queries, k,
                QThread::idealThreadCount());

    QElapsedTimer timer;
    timer.start();
    const std::vector<float> rows = embedAll(0, n, dim);
    const double embedSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("embed + int8 round trip     %8.2f s   (%.1f us per prompt per thread)\n", embedSeconds,
                embedSeconds * 1e6 * QThread::idealThreadCount() / double(n));
    std::vector<qint64> labels(n);
    for (size_t i = 0; i < n; ++i)
        labels[i] = qint64(i + 1);
    // Queries are other prompts of the same generator: their neighbours are close, not identical.
    const std::vector<float> probes = embedAll(1ull << 40, size_t(queries), dim);

    QTemporaryDir dir;
    VectorIndex index(dir.filePath(QStringLiteral("bench.db")), QStringLiteral("bench"), dim);
    timer.restart();
    const double cpuBefore = cpuSeconds();
    if (Status built = index.build(labels, rows); !built) {
        std::fprintf(stderr, "error: %s\n", qPrintable(built.error().message()));
        return 2;
    }
    const double buildSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("index build (M %d, ef_c %d) %8.2f s   (CPU %.2f s)\n", VectorIndex::kM, VectorIndex::kEfConstruction,
                buildSeconds, cpuSeconds() - cpuBefore);

    // Exact answers once; a hit counts when its score reaches the 10th exact score (ties).
    std::vector<double> bruteUs;
    std::vector<QList<VectorHit>> exact;
    for (int q = 0; q < queries; ++q) {
        timer.restart();
        exact.push_back(ExactSearch::topK(labels, rows, dim, probes.data() + size_t(q) * dim, k));
        bruteUs.push_back(timer.nsecsElapsed() / 1e3);
    }
    const double bruteP50 = percentile(bruteUs, 0.5);
    std::printf("brute force top-%d          p50 %9.3f ms   p95 %9.3f ms\n", k, bruteP50 / 1000,
                percentile(bruteUs, 0.95) / 1000);

    for (int ef : {32, 64, 128}) {
        index.setEf(ef);
        std::vector<double> us;
        int found = 0;
        for (int q = 0; q < queries; ++q) {
            const float* query = probes.data() + size_t(q) * dim;
            timer.restart();
            const auto hits = index.search(query, k);
            us.push_back(timer.nsecsElapsed() / 1e3);
            const float threshold = exact[size_t(q)].last().score - 1e-6f;
            for (const VectorHit& hit : *hits)
                found += hit.score >= threshold ? 1 : 0;
        }
        const double p50 = percentile(us, 0.5);
        std::printf("HNSW top-%d ef %-4d         p50 %9.3f ms   p95 %9.3f ms   recall@10 %.4f   speed-up %6.0fx%s\n",
                    k, ef, p50 / 1000, percentile(us, 0.95) / 1000, double(found) / (queries * k), bruteP50 / p50,
                    ef == VectorIndex::kDefaultEf ? "   (default)" : "");
    }
    index.setEf(VectorIndex::kDefaultEf);

    const VectorIndex::Coverage coverage{qint64(n), qint64(n), QStringLiteral("bench")};
    timer.restart();
    if (Status saved = index.save(coverage); !saved) {
        std::fprintf(stderr, "error: %s\n", qPrintable(saved.error().message()));
        return 2;
    }
    const double saveSeconds = timer.nsecsElapsed() / 1e9;
    VectorIndex reopened(dir.filePath(QStringLiteral("bench.db")), QStringLiteral("bench"), dim);
    timer.restart();
    if (Status opened = reopened.open(coverage); !opened) {
        std::fprintf(stderr, "error: %s\n", qPrintable(opened.error().message()));
        return 2;
    }
    std::printf("index save %.2f s, open (checksum + load) %.2f s, file %.1f MB\n", saveSeconds,
                timer.nsecsElapsed() / 1e9, QFileInfo(index.indexPath()).size() / 1e6);
    return 0;
}
