#include "ExperimentStatistics.h"

#include <algorithm>
#include <cmath>

namespace athanor::ExperimentStatistics {

namespace {

// log C(n, k) through lgamma: exact enough for the counts of an experiment.
double logChoose(int n, int k)
{
    return std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0);
}

} // namespace

ZTest twoProportionZTest(const Arm& a, const Arm& b)
{
    ZTest result;
    if (a.runs == 0 || b.runs == 0)
        return result;
    const double pooled = double(a.successes + b.successes) / (a.runs + b.runs);
    const double se = std::sqrt(pooled * (1 - pooled) * (1.0 / a.runs + 1.0 / b.runs));
    if (se <= 0)
        return result;
    result.z = (a.rate() - b.rate()) / se;
    result.p = std::erfc(std::abs(result.z) / std::sqrt(2.0)); // 2 × (1 − Φ(|z|))
    return result;
}

double fisherExactTest(const Arm& a, const Arm& b)
{
    // Margins: row totals are the arms' runs, the first column total the successes.
    const int n = a.runs + b.runs;
    const int successes = a.successes + b.successes;
    if (n == 0)
        return 1;
    const auto logProbability = [&](int x) { // x successes in arm A
        return logChoose(a.runs, x) + logChoose(b.runs, successes - x) - logChoose(n, successes);
    };
    const double observed = logProbability(a.successes);
    const int low = std::max(0, successes - b.runs);
    const int high = std::min(a.runs, successes);
    double p = 0;
    for (int x = low; x <= high; ++x) {
        const double lp = logProbability(x);
        // Tables as likely as the observed one count too (a relative tolerance, as R uses).
        if (lp <= observed + 1e-7 * std::abs(observed) + 1e-12)
            p += std::exp(lp);
    }
    return std::min(1.0, p);
}

std::pair<double, double> wilsonInterval(const Arm& arm, double z)
{
    if (arm.runs == 0)
        return {0, 1};
    const double n = arm.runs;
    const double p = arm.rate();
    const double z2 = z * z;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = z * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

Verdict decide(const Arm& a, const Arm& b, int minimumPerArm, double alpha)
{
    Verdict verdict;
    const int n = a.runs + b.runs;
    bool small = n == 0;
    if (n > 0) {
        const double successShare = double(a.successes + b.successes) / n;
        for (const Arm* arm : {&a, &b})
            small = small || arm->runs * successShare < 5 || arm->runs * (1 - successShare) < 5;
    }
    verdict.test = small ? QStringLiteral("fisher") : QStringLiteral("z");
    verdict.p = small ? fisherExactTest(a, b) : twoProportionZTest(a, b).p;
    verdict.enoughRuns = a.runs >= minimumPerArm && b.runs >= minimumPerArm;
    if (verdict.enoughRuns && verdict.p < alpha && a.rate() != b.rate())
        verdict.winner = a.rate() > b.rate() ? QStringLiteral("A") : QStringLiteral("B");
    return verdict;
}

} // namespace athanor::ExperimentStatistics
