// Offline enhancement latency, classification included: p50/p95 for 200 B, 2 kB and 20 kB prompts
// (target: p95 <= 5 ms at 2 kB), plus the engine's start-up (catalog load and training).
#include "storage/CatalogRepository.h"
#include "storage/Database.h"
#include "storage/EnhancementRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace athanor;

namespace {

// A realistic prompt of about `bytes` bytes: a task, requirements, a code block and data.
QString promptOfSize(int bytes)
{
    const QString head = QStringLiteral(
        "Refactor the following Python function so that it handles empty input, uses type hints and has a "
        "docstring. Keep the public behaviour the same and explain each change.\n");
    const QString code = QStringLiteral("```python\ndef mean(xs):\n    return sum(xs) / len(xs)\n```\n");
    const QString filler = QStringLiteral(
        "- The function is called from a reporting job that aggregates 1,200 sensor readings per minute; "
        "it must not raise on an empty batch and must return None instead.\n");
    QString text = head + code;
    while (text.toUtf8().size() < bytes)
        text += filler;
    return text.left(bytes);
}

void report(const char* what, std::vector<double> us)
{
    std::sort(us.begin(), us.end());
    auto at = [&](double q) { return us[std::min(us.size() - 1, size_t(q * double(us.size() - 1) + 0.5))] / 1000.0; };
    std::printf("%-28s p50 %7.3f ms   p95 %7.3f ms   max %7.3f ms   (%zu runs)\n", what, at(0.5), at(0.95),
                us.back() / 1000.0, us.size());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(5, atoi(argv[1])) : 300;
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.db")));
    if (!db || !CatalogRepository(*db).ensureCurrent()) {
        std::fprintf(stderr, "error: cannot prepare the database\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    auto engine = loadEnhancer(*db);
    const double startMs = timer.nsecsElapsed() / 1e6;
    if (!engine) {
        std::fprintf(stderr, "error: %s\n", qPrintable(engine.error().message()));
        return 2;
    }
    std::printf("engine start-up (catalog load + classifier training): %.1f ms\n", startMs);
    for (int size : {200, 2000, 20000}) {
        const QString prompt = promptOfSize(size);
        std::vector<double> us;
        for (int i = 0; i < runs; ++i) {
            timer.restart();
            auto e = (*engine)->enhance(prompt);
            us.push_back(timer.nsecsElapsed() / 1e3);
            if (!e) {
                std::fprintf(stderr, "error: %s\n", qPrintable(e.error().message()));
                return 2;
            }
        }
        report(qPrintable(QStringLiteral("enhance %1 B").arg(size)), us);
    }
    // The complexity estimator alone on the 100 kB specification of the test corpus.
    QFile large(QStringLiteral(ATHANOR_TEST_DATA_DIR "/prompts/23-large-spec-100k.txt"));
    if (large.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(large.readAll());
        std::vector<double> us;
        for (int i = 0; i < std::min(runs, 50); ++i) {
            timer.restart();
            ComplexityEstimator::estimate(text);
            us.push_back(timer.nsecsElapsed() / 1e3);
        }
        report("complexity of 100 kB", us);
    }
    return 0;
}
