// Similar-prompt search at scale: N synthetic prompts embedded with LocalEmbedder (stored as int8
// and decoded, as the library does), indexed with VectorIndex (HNSW), then top-10 queries timed
// against exact brute force over the same vectors. Prints kNN p50/p95 latency, recall@10,
// the speed-up over brute force, index build time, and save/open times.
// Targets: kNN p50 <= 1 ms, recall@10 >= 0.95, >= 100x faster than brute force.
// Usage: bench_vectors [N=100000] [queries=300]
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
#include <random>
#include <thread>
#include <vector>

using namespace athanor;

namespace {

const char* kVerbs[] = {"Write", "Draft", "Create", "Explain", "Summarise", "Translate", "Refactor", "Review",
                        "Generate", "Design", "Analyse", "Compare", "List", "Outline", "Rewrite", "Debug",
                        "Optimise", "Plan", "Describe", "Classify", "Critique", "Improve", "Simplify", "Test"};
const char* kObjects[] = {"a SQL query", "a Python function", "a marketing email", "a short story", "a haiku",
                          "a project plan", "unit tests", "a REST API", "a cover letter", "a product description",
                          "a lesson plan", "a data pipeline", "a regular expression", "a bash script", "a blog post",
                          "meeting notes", "a contract clause", "a recipe", "a workout plan", "a research summary",
                          "a press release", "a job posting", "a user story", "a database schema", "a tweet thread",
                          "a speech", "an essay outline", "a FAQ page", "a sales pitch", "a bug report",
                          "a Rust module", "a React component", "a Terraform config", "a survey", "a poem",
                          "an onboarding guide", "a risk assessment", "a budget", "a changelog", "a quiz"};
const char* kTopics[] = {"customer churn", "climate change", "quantum computing", "a coffee shop", "Kubernetes",
                         "remote work", "personal finance", "machine learning", "the French revolution",
                         "supply chains", "renewable energy", "a mobile banking app", "medieval castles",
                         "healthy sleep", "urban gardening", "cybersecurity", "electric cars", "space tourism",
                         "a bakery", "online privacy", "ancient Rome", "photosynthesis", "black holes",
                         "a music festival", "team productivity", "inflation", "dog training", "marathon running",
                         "video game design", "data privacy law", "ocean plastic", "a hotel chain", "vaccines",
                         "blockchain", "a public library", "football tactics", "jazz history", "3D printing",
                         "wine tasting", "volcanoes", "a payroll system", "an e-commerce checkout",
                         "password hashing", "time zones", "image compression", "traffic planning",
                         "a dental clinic", "tax returns", "language learning", "chess openings"};
const char* kAudiences[] = {"for beginners", "for the board", "for a five-year-old", "for senior engineers",
                            "for customers", "for investors", "for students", "for a job interview",
                            "for a newsletter", "for internal use"};
const char* kConstraints[] = {"in under 200 words", "using bullet points", "with three examples",
                              "in a formal tone", "as JSON", "in Spanish", "in a friendly voice", "step by step",
                              "with citations", "as a table", "without jargon", "in German",
                              "with a summary at the end", "keeping it under one page", "with code comments",
                              "in the style of Hemingway", "with edge cases", "as a numbered list"};
const char* kNames[] = {"Alice", "Bob", "Chen", "Dana", "Emeka", "Farah", "Goran", "Hiro", "Ines", "Jonas"};

template <size_t N>
const char* pick(const char* (&words)[N], std::mt19937_64& random)
{
    return words[random() % N];
}

// A deterministic, varied prompt: task, object, topic, audience, constraints and details.
QString syntheticPrompt(quint64 seed)
{
    std::mt19937_64 random(seed * 0x9E3779B97F4A7C15ull + 1);
    QString text = QStringLiteral("%1 %2 about %3 %4")
                       .arg(QLatin1String(pick(kVerbs, random)), QLatin1String(pick(kObjects, random)),
                            QLatin1String(pick(kTopics, random)), QLatin1String(pick(kAudiences, random)));
    for (int i = int(random() % 3); i >= 0; --i)
        text += QStringLiteral(", ") + QLatin1String(pick(kConstraints, random));
    text += QLatin1Char('.');
    if (random() % 2)
        text += QStringLiteral(" The dataset has %1 rows and %2 columns.").arg(random() % 100000).arg(random() % 40 + 2);
    if (random() % 2)
        text += QStringLiteral(" It is for %1 and must also cover %2.")
                    .arg(QLatin1String(pick(kNames, random)), QLatin1String(pick(kTopics, random)));
    return text;
}

// Embeds prompts [first, first + n) on all cores, stored as the library stores them (int8).
std::vector<float> embedAll(quint64 first, size_t n, int dimension)
{
    std::vector<float> rows(n * size_t(dimension));
    const LocalEmbedder embedder;
    const size_t threads = size_t(std::max(1, QThread::idealThreadCount()));
    std::vector<std::thread> workers;
    for (size_t t = 0; t < threads; ++t)
        workers.emplace_back([&, t] {
            for (size_t i = t; i < n; i += threads) {
                const auto stored = EmbeddingCodec::decode(EmbeddingCodec::encode(embedder.embed(syntheticPrompt(first + i))));
                std::copy(stored->begin(), stored->end(), rows.begin() + qsizetype(i) * dimension);
            }
        });
    for (std::thread& worker : workers)
        worker.join();
    return rows;
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
    if (Status built = index.build(labels, rows); !built) {
        std::fprintf(stderr, "error: %s\n", qPrintable(built.error().message()));
        return 2;
    }
    const double buildSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("index build (M %d, ef_c %d) %8.2f s\n", VectorIndex::kM, VectorIndex::kEfConstruction, buildSeconds);

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
