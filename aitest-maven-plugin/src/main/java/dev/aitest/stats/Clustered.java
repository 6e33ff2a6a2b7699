package dev.aitest.stats;

/**
 * The overall (or per-agent) rate over tests whose runs are not independent: the runs of one test tend to pass or
 * fail together, so the suite holds fewer independent observations than it has runs.
 *
 * @param rate          p = passed runs / counted runs, a fraction
 * @param designEffect  how much the clustering inflates the variance of the rate, at least 1
 * @param effectiveRuns the counted runs divided by the design effect
 * @param interval      the Wilson interval of the rate over the effective runs
 * @param variance      the variance that interval stands for ({@link Wilson#variance})
 */
public record Clustered(double rate, double designEffect, double effectiveRuns, Interval interval, double variance) {

    /**
     * The clustered rate of a suite. Over the tests with counted runs (passed[i] of counted[i], counted[i] > 0; tests
     * with counted[i] == 0 are ignored), G tests, K = sum passed, M = sum counted, p = K/M:
     * v_c = G/(G-1) * sum (passed_i - p*counted_i)^2 / M^2 (the cluster-robust variance);
     * v_b = p(1-p)/M (the binomial variance);
     * designEffect = max(1, v_c / v_b), and exactly 1 when v_b == 0 or G == 1;
     * effectiveRuns = M / designEffect; interval = Wilson.interval(p * effectiveRuns, effectiveRuns, z);
     * variance = Wilson.variance(p * effectiveRuns, effectiveRuns, z).
     *
     * @param passed  the passed runs of each test
     * @param counted the counted (passed or failed) runs of each test, same length
     * @param z       the normal quantile of the confidence level ({@link Confidence#z})
     * @return the clustered rate, or null when M == 0 (no counted runs at all)
     * @throws IllegalArgumentException when the arrays differ in length or some 0 &lt;= passed[i] &lt;= counted[i] fails
     */
    public static Clustered of(int[] passed, int[] counted, double z) {
        if (passed.length != counted.length) {
            throw new IllegalArgumentException(
                    passed.length + " passed counts but " + counted.length + " counted counts");
        }
        int tests = 0;
        long passedRuns = 0;
        long countedRuns = 0;
        for (int i = 0; i < passed.length; i++) {
            if (passed[i] < 0 || passed[i] > counted[i]) {
                throw new IllegalArgumentException(
                        "test " + i + ": " + passed[i] + " passed out of " + counted[i] + " counted");
            }
            if (counted[i] > 0) {
                tests++;
                passedRuns += passed[i];
                countedRuns += counted[i];
            }
        }
        if (countedRuns == 0) {
            return null;
        }
        double m = countedRuns;
        double p = passedRuns / m;
        double binomialVariance = p * (1 - p) / m;
        double designEffect = 1;
        if (binomialVariance > 0 && tests > 1) {
            double squares = 0;
            for (int i = 0; i < passed.length; i++) {
                if (counted[i] > 0) {
                    double residual = passed[i] - p * counted[i];
                    squares += residual * residual;
                }
            }
            double clusterVariance = (double) tests / (tests - 1) * squares / (m * m);
            designEffect = Math.max(1, clusterVariance / binomialVariance);
        }
        double effectiveRuns = m / designEffect;
        double k = p * effectiveRuns;
        return new Clustered(p, designEffect, effectiveRuns, Wilson.interval(k, effectiveRuns, z),
                Wilson.variance(k, effectiveRuns, z));
    }
}
