package dev.aitest.stats;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * pass@k and pass^k: the chance that at least one (pass@k) or every one (pass^k) of k tries of a test passes,
 * estimated without bias from c passes out of n counted runs by drawing k of the n runs without replacement.
 */
public final class PassAtK {

    private PassAtK() {
    }

    /**
     * Unbiased pass@k of one test with c passes out of n counted runs: 1 - C(n-c, k) / C(n, k), computed as
     * 1 - prod_{i=0}^{k-1} (n-c-i) / (n-i) (1 when n - c &lt; k).
     *
     * @throws IllegalArgumentException unless 0 &lt;= c &lt;= n and 1 &lt;= k &lt;= n
     */
    public static double passAt(int n, int c, int k) {
        check(n, c, k);
        double allFail = 1;
        for (int i = 0; i < k; i++) {
            allFail *= factor(n - c, n, i);
        }
        return 1 - allFail;
    }

    /**
     * Unbiased pass^k of one test with c passes out of n counted runs (the chance that all k tries pass):
     * C(c, k) / C(n, k), computed as prod_{i=0}^{k-1} (c-i) / (n-i) (0 when c &lt; k).
     *
     * @throws IllegalArgumentException unless 0 &lt;= c &lt;= n and 1 &lt;= k &lt;= n
     */
    public static double passHat(int n, int c, int k) {
        check(n, c, k);
        double allPass = 1;
        for (int i = 0; i < k; i++) {
            allPass *= factor(c, n, i);
        }
        return allPass;
    }

    /**
     * For k = 1..maxK, the mean of {@link #passAt} over the tests with counted[i] >= k; a k that no test reaches is
     * absent (so the keys run from 1 to min(maxK, max counted)). Each test costs O(min(counted[i], maxK)).
     *
     * @throws IllegalArgumentException when the arrays differ in length, maxK &lt; 0 or some
     *                                  0 &lt;= passed[i] &lt;= counted[i] fails
     */
    public static SortedMap<Integer, Double> meanPassAt(int[] passed, int[] counted, int maxK) {
        return mean(passed, counted, maxK, true);
    }

    /**
     * For k = 1..maxK, the mean of {@link #passHat} over the tests with counted[i] >= k; a k that no test reaches is
     * absent (so the keys run from 1 to min(maxK, max counted)). Each test costs O(min(counted[i], maxK)).
     *
     * @throws IllegalArgumentException when the arrays differ in length, maxK &lt; 0 or some
     *                                  0 &lt;= passed[i] &lt;= counted[i] fails
     */
    public static SortedMap<Integer, Double> meanPassHat(int[] passed, int[] counted, int maxK) {
        return mean(passed, counted, maxK, false);
    }

    private static SortedMap<Integer, Double> mean(int[] passed, int[] counted, int maxK, boolean atLeastOne) {
        if (passed.length != counted.length) {
            throw new IllegalArgumentException(
                    passed.length + " passed counts but " + counted.length + " counted counts");
        }
        if (maxK < 0) {
            throw new IllegalArgumentException("maxK must be at least 0, got " + maxK);
        }
        int reach = 0;
        for (int i = 0; i < passed.length; i++) {
            if (passed[i] < 0 || passed[i] > counted[i]) {
                throw new IllegalArgumentException(
                        "test " + i + ": " + passed[i] + " passed out of " + counted[i] + " counted");
            }
            reach = Math.max(reach, Math.min(counted[i], maxK));
        }
        double[] sums = new double[reach + 1];
        int[] tests = new int[reach + 1];
        for (int i = 0; i < passed.length; i++) {
            int n = counted[i];
            int c = passed[i];
            // the products of passAt / passHat, extended by one factor per k
            double product = 1;
            for (int k = 1; k <= Math.min(n, reach); k++) {
                product *= factor(atLeastOne ? n - c : c, n, k - 1);
                sums[k] += atLeastOne ? 1 - product : product;
                tests[k]++;
            }
        }
        SortedMap<Integer, Double> means = new TreeMap<>();
        for (int k = 1; k <= reach; k++) {
            means.put(k, sums[k] / tests[k]);
        }
        return means;
    }

    /**
     * The i-th factor (from 0) of C(good, k) / C(n, k) = prod_{i=0}^{k-1} (good - i) / (n - i): the chance that the
     * (i+1)-th of the runs drawn is a good one given that the first i were; 0 once the good runs are used up.
     */
    private static double factor(int good, int n, int i) {
        return good <= i ? 0 : (double) (good - i) / (n - i);
    }

    private static void check(int n, int c, int k) {
        if (c < 0 || c > n) {
            throw new IllegalArgumentException("need 0 <= c <= n, got c = " + c + ", n = " + n);
        }
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("need 1 <= k <= n, got k = " + k + ", n = " + n);
        }
    }
}
