package dev.aitest.stats;

/** The Wilson score interval of a proportion. */
public final class Wilson {

    private Wilson() {
    }

    /**
     * The Wilson score interval of k successes out of n, with p = k/n:
     * centre = (p + z^2/2n) / (1 + z^2/n), half = z * sqrt(p(1-p)/n + z^2/4n^2) / (1 + z^2/n);
     * low = max(0, centre - half), high = min(1, centre + half). low is exactly 0 when k = 0 and high exactly 1 when
     * k = n. k need not be whole (an effective number of successes).
     *
     * @throws IllegalArgumentException unless n &gt; 0, 0 &lt;= k &lt;= n and z &gt;= 0, all finite
     */
    public static Interval interval(double k, double n, double z) {
        check(k, n, z);
        double p = k / n;
        double zz = z * z;
        double denominator = 1 + zz / n;
        double centre = (p + zz / (2 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + zz / (4 * n * n)) / denominator;
        double low = k == 0 ? 0 : Math.max(0, centre - half);
        double high = k == n ? 1 : Math.min(1, centre + half);
        return new Interval(low, high);
    }

    /**
     * The variance the interval of k out of n stands for: (half / z)^2 with half the (unclipped) half-width of
     * {@link #interval}, i.e. (p(1-p)/n + z^2/4n^2) / (1 + z^2/n)^2 with p = k/n. Used to compare two rates.
     *
     * @throws IllegalArgumentException unless n &gt; 0, 0 &lt;= k &lt;= n and z &gt;= 0, all finite
     */
    public static double variance(double k, double n, double z) {
        check(k, n, z);
        double p = k / n;
        double zz = z * z;
        double denominator = 1 + zz / n;
        return (p * (1 - p) / n + zz / (4 * n * n)) / (denominator * denominator);
    }

    private static void check(double k, double n, double z) {
        if (!(n > 0 && n < Double.POSITIVE_INFINITY && k >= 0 && k <= n)) {
            throw new IllegalArgumentException("need 0 <= k <= n and n > 0, got k = " + k + ", n = " + n);
        }
        if (!(z >= 0 && z < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("need a finite z >= 0, got " + z);
        }
    }
}
