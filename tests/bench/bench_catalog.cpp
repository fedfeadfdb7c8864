// Catalog start-up costs: parsing the shipped YAML, installing it into a new database (first run
// or upgrade), and loading it from SQLite into memory (every start-up; target < 50 ms).
#include "core/catalog/CatalogLoader.h"
#include "storage/CatalogRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace athanor;

namespace {

struct Stats
{
    double p50;
    double p95;
    double max;
};

Stats summarize(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::min(ms.size() - 1, size_t(q * double(ms.size() - 1) + 0.5))]; };
    return {at(0.5), at(0.95), ms.back()};
}

void print(const char* what, const Stats& s, int runs)
{
    std::printf("%-44s p50 %8.2f ms   p95 %8.2f ms   max %8.2f ms   (%d runs)\n", what, s.p50, s.p95, s.max, runs);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 30;
    QTemporaryDir dir;

    std::vector<double> parse, install, load;
    Catalog catalog;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto parsed = CatalogLoader::loadDirectory();
        parse.push_back(timer.nsecsElapsed() / 1e6);
        if (!parsed) {
            std::fprintf(stderr, "error: %s\n", qPrintable(parsed.error().message()));
            return 2;
        }
        catalog = *parsed;
    }
    for (int i = 0; i < std::min(runs, 10); ++i) {
        auto db = Database::open(dir.filePath(QStringLiteral("install-%1.db").arg(i)));
        QElapsedTimer timer;
        timer.start();
        if (Status s = CatalogRepository(*db).install(catalog); !s) {
            std::fprintf(stderr, "error: %s\n", qPrintable(s.error().message()));
            return 2;
        }
        install.push_back(timer.nsecsElapsed() / 1e6);
    }
    const QString path = dir.filePath(QStringLiteral("install-0.db"));
    qsizetype techniques = 0, templates = 0, intents = 0, rows = 0;
    for (int i = 0; i < runs; ++i) {
        // A fresh connection each time, as at start-up.
        auto db = Database::open(path);
        QElapsedTimer timer;
        timer.start();
        auto loaded = CatalogRepository(*db).load();
        load.push_back(timer.nsecsElapsed() / 1e6);
        techniques = loaded->techniques.size();
        templates = loaded->templates.size();
        intents = loaded->intents.size();
        rows = loaded->effectiveness.size();
    }
    std::printf("catalog: %lld techniques, %lld intents, %lld effectiveness rows, %lld templates\n", qlonglong(techniques),
                qlonglong(intents), qlonglong(rows), qlonglong(templates));
    print("parse shipped YAML (first run, upgrade)", summarize(parse), runs);
    print("install into a new database (one transaction)", summarize(install), int(install.size()));
    print("load from SQLite at start-up (target < 50)", summarize(load), runs);
    return 0;
}
