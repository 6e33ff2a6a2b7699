package dev.aitest.stats;

import java.util.function.IntPredicate;

/**
 * How many more runs would settle a rate against a threshold: the smallest number after which the Wilson interval,
 * with the rate unchanged, lies wholly on one side of it.
 *
 * <p>With the rate p fixed, the Wilson interval over N runs is the set of q with (p - q)^2 &lt;= z^2 q(1-q)/N; the right
 * side shrinks as N grows, so the intervals nest: the low bound never falls and the high bound never rises. Once
 * conclusive, an interval stays conclusive with more runs, which lets the searches below bisect instead of scanning.
 */
public final class Settle {

    /** The most more runs (or iterations) looked for; beyond this the answer is null. */
    public static final int MAX_MORE = 10_000;

    private Settle() {
    }

    /**
     * Whether the interval settles the rate against the threshold: it lies wholly at or above it (low >= t) or wholly
     * below it (high &lt; t).
     *
     * @param threshold t, a fraction
     */
    public static boolean conclusive(Interval interval, double threshold) {
        return interval.low() >= threshold || interval.high() < threshold;
    }

    /**
     * The more runs one test needs: the smallest m >= 0 such that Wilson.interval(p*(n+m), n+m, z) is
     * {@link #conclusive} against t, with p = passed/n.
     *
     * @param passed    the passed runs so far
     * @param n         the counted runs so far, n > 0
     * @param threshold t, a fraction in [0, 1]
     * @param z         the normal quantile of the confidence level ({@link Confidence#z})
     * @return m, or null when p == t exactly (no number of runs settles it) or when more than {@link #MAX_MORE}
     *         would be needed
     * @throws IllegalArgumentException unless 0 &lt;= passed &lt;= n, n &gt; 0, 0 &lt;= t &lt;= 1 and z &gt;= 0
     */
    public static Integer moreRuns(int passed, int n, double threshold, double z) {
        if (n <= 0 || passed < 0 || passed > n) {
            throw new IllegalArgumentException("need 0 <= passed <= n and n > 0, got " + passed + " of " + n);
        }
        checkThreshold(threshold);
        double p = (double) passed / n;
        if (p == threshold) {
            return null;
        }
        return smallest(m -> {
            double runs = (double) n + m;
            return conclusive(Wilson.interval(p * runs, runs, z), threshold);
        });
    }

    /**
     * The more iterations the whole suite needs: the smallest m >= 0 such that, with the runs growing in proportion
     * to the iterations and the design effect unchanged, the effective runs e = M*(N+m) / (N*designEffect) give a
     * Wilson interval Wilson.interval(rate*e, e, z) that is {@link #conclusive} against t.
     *
     * @param rate         the overall rate p so far, a fraction
     * @param runs         M, the counted runs so far, M > 0
     * @param iterations   N, the iterations so far, N > 0
     * @param designEffect the design effect of the suite ({@link Clustered#designEffect}), at least 1
     * @param threshold    t, a fraction in [0, 1]
     * @param z            the normal quantile of the confidence level ({@link Confidence#z})
     * @return m, or null when rate == t exactly or when more than {@link #MAX_MORE} would be needed
     * @throws IllegalArgumentException when an argument is outside the ranges above
     */
    public static Integer moreIterations(double rate, int runs, int iterations, double designEffect,
            double threshold, double z) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate " + rate + " is not a fraction");
        }
        if (runs <= 0 || iterations <= 0) {
            throw new IllegalArgumentException("need runs > 0 and iterations > 0, got " + runs + ", " + iterations);
        }
        if (!(designEffect >= 1 && designEffect < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("design effect " + designEffect + " is not a finite number >= 1");
        }
        checkThreshold(threshold);
        if (rate == threshold) {
            return null;
        }
        return smallest(m -> {
            double effective = (double) runs * (iterations + (long) m) / (iterations * designEffect);
            return conclusive(Wilson.interval(rate * effective, effective, z), threshold);
        });
    }

    /**
     * The smallest m in [0, MAX_MORE] for which the monotone (false ... false true ... true) predicate holds, or
     * null: doubling to bracket it, then bisecting.
     */
    private static Integer smallest(IntPredicate conclusiveAt) {
        if (conclusiveAt.test(0)) {
            return 0;
        }
        int inconclusive = 0;
        int upper = 1;
        while (!conclusiveAt.test(upper)) {
            if (upper >= MAX_MORE) {
                return null;
            }
            inconclusive = upper;
            upper = Math.min(2 * upper, MAX_MORE);
        }
        // conclusive at upper, not at inconclusive: the answer lies in (inconclusive, upper]
        while (upper - inconclusive > 1) {
            int middle = (inconclusive + upper) >>> 1;
            if (conclusiveAt.test(middle)) {
                upper = middle;
            } else {
                inconclusive = middle;
            }
        }
        return upper;
    }

    private static void checkThreshold(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold " + threshold + " is not a fraction");
        }
    }
}
