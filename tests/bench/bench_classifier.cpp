// Intent classifier quality and speed on the deterministic held-out split of the shipped
// taxonomy's examples: top-level accuracy per intent, leaf accuracy, calibration, training time.
#include "core/catalog/CatalogLoader.h"
#include "core/enhance/IntentClassifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>

#include <cmath>
#include <cstdio>

using namespace athanor;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    auto catalog = CatalogLoader::loadDirectory();
    if (!catalog) {
        std::fprintf(stderr, "error: %s\n", qPrintable(catalog.error().message()));
        return 2;
    }
    const auto samples = IntentClassifier::samplesFrom(catalog->intents);
    QList<IntentClassifier::Sample> train, test;
    IntentClassifier::split(samples, &train, &test);

    QElapsedTimer timer;
    timer.start();
    const IntentClassifier model = IntentClassifier::train(train, test);
    const double trainMs = timer.nsecsElapsed() / 1e6;

    struct Tally
    {
        int total = 0;
        int right = 0;
    };
    QMap<QString, Tally> perTop;
    int leafRight = 0;
    int topRight = 0;
    // Calibration: expected calibration error over 10 confidence bins, for the top-level answer.
    double binConfidence[10] = {}, binAccuracy[10] = {};
    int binCount[10] = {};
    timer.restart();
    for (const auto& s : test) {
        const Classification c = model.classify(s.text);
        const QString top = s.intent.section('.', 0, 0);
        const bool topOk = c.intent.section('.', 0, 0) == top;
        Tally& t = perTop[top];
        ++t.total;
        t.right += topOk;
        topRight += topOk;
        leafRight += c.intent == s.intent;
        // The confidence is that of the answered path: right when the truth lies within it.
        const bool pathOk = s.intent == c.intent || s.intent.startsWith(c.intent + '.');
        const int bin = std::min(9, int(c.confidence * 10));
        binConfidence[bin] += c.confidence;
        binAccuracy[bin] += pathOk;
        ++binCount[bin];
    }
    const double classifyUs = timer.nsecsElapsed() / 1e3 / std::max<qsizetype>(1, test.size());
    double ece = 0;
    for (int b = 0; b < 10; ++b)
        if (binCount[b])
            ece += std::abs(binConfidence[b] - binAccuracy[b]) / test.size();

    std::printf("samples: %lld train, %lld held out, %lld labels; temperature %.1f\n", qlonglong(train.size()),
                qlonglong(test.size()), qlonglong(model.labels().size()), model.temperature());
    std::printf("%-22s %8s %8s\n", "top-level intent", "held out", "accuracy");
    for (auto it = perTop.cbegin(); it != perTop.cend(); ++it)
        std::printf("%-22s %8d %8.3f\n", qPrintable(it.key()), it->total, double(it->right) / it->total);
    std::printf("%-22s %8lld %8.3f\n", "ALL (top level)", qlonglong(test.size()), double(topRight) / test.size());
    std::printf("%-22s %8lld %8.3f\n", "exact path", qlonglong(test.size()), double(leafRight) / test.size());
    std::printf("expected calibration error (answered path, 10 bins): %.3f\n", ece);
    std::printf("training: %.1f ms   classification: %.1f us per prompt\n", trainMs, classifyUs);
    return 0;
}
