/**
 * The statistics behind the pass rates: confidence intervals of a proportion (Wilson), the overall rate of tests
 * whose runs are not independent (cluster-robust), pass@k and pass^k, how many more runs would settle a rate against
 * a threshold, and tests that compare rates (a normal approximation between agents, Fisher's exact test against a
 * baseline, Holm's correction for many of them). Rates are fractions in [0, 1]; callers convert them to percent.
 * A leaf package: it depends on no other {@code dev.aitest} package and on nothing from Maven.
 */
package dev.aitest.stats;
