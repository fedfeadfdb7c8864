#pragma once

#include <QString>
#include <utility>

namespace athanor {

// The statistics of an A/B experiment whose outcome per run is a success or not (a rating of 4
// or more). See docs/learning.md.
namespace ExperimentStatistics {

struct Arm
{
    int runs = 0;
    int successes = 0;
    double rate() const { return runs > 0 ? double(successes) / runs : 0; }
};

// Two-sided two-proportion z-test with the pooled proportion; p is 1 when it cannot be computed
// (an empty arm, or every run alike).
struct ZTest
{
    double z = 0;
    double p = 1;
};
ZTest twoProportionZTest(const Arm& a, const Arm& b);

// Two-sided Fisher's exact test of the 2×2 table (a successes, a failures, b successes, b
// failures): the probability of every table with the same margins that is no more likely than
// the one observed.
double fisherExactTest(const Arm& a, const Arm& b);

// Wilson score interval at 95 % for an arm's success rate.
std::pair<double, double> wilsonInterval(const Arm& arm, double z = 1.959963984540054);

struct Verdict
{
    QString test; // "z" or "fisher"
    double p = 1;
    QString winner; // "A", "B" or empty
    bool enoughRuns = false;
};
// Fisher's exact test when an expected cell count is under 5 (the z-test's normal
// approximation does not hold), the z-test otherwise. A winner only at p < alpha with at least
// `minimumPerArm` runs in each arm: the arm with the higher success rate.
Verdict decide(const Arm& a, const Arm& b, int minimumPerArm = 20, double alpha = 0.05);

} // namespace ExperimentStatistics

} // namespace athanor
