package dev.aitest.stats;

import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * The Clopper-Pearson ("exact") interval of a proportion (Clopper and Pearson, Biometrika 26, 1934): the set of p
 * for which neither tail of Binomial(n, p) at k has probability below alpha/2. Its coverage is at least 1 - alpha for
 * every p and n, which is what a union bound over several looks needs (the Wilson interval's coverage dips below its
 * level for some p).
 */
public final class ClopperPearson {

    private ClopperPearson() {
    }

    /**
     * low = the alpha/2 quantile of Beta(k, n - k + 1), 0 when k = 0; high = the 1 - alpha/2 quantile of
     * Beta(k + 1, n - k), 1 when k = n.
     *
     * @param k successes, 0 &lt;= k &lt;= n
     * @param n trials, n &gt; 0
     * @param alpha the chance that the interval misses, 0 &lt; alpha &lt; 1
     */
    public static Interval interval(int k, int n, double alpha) {
        if (n <= 0 || k < 0 || k > n || !(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("need 0 <= k <= n, n > 0 and 0 < alpha < 1, got k = " + k + ", n = "
                    + n + ", alpha = " + alpha);
        }
        double low = k == 0 ? 0 : BetaDistribution.of(k, n - k + 1.0).inverseCumulativeProbability(alpha / 2);
        double high = k == n ? 1 : BetaDistribution.of(k + 1.0, n - k).inverseCumulativeProbability(1 - alpha / 2);
        return new Interval(low, Math.max(low, high));
    }
}
