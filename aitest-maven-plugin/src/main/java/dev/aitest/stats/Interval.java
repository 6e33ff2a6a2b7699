package dev.aitest.stats;

/**
 * A two-sided interval of a proportion, as fractions in [0, 1].
 *
 * @param low  the lower bound, 0 &lt;= low &lt;= high
 * @param high the upper bound, low &lt;= high &lt;= 1
 */
public record Interval(double low, double high) {

    /** Checks 0 &lt;= low &lt;= high &lt;= 1; throws IllegalArgumentException otherwise (NaN included). */
    public Interval {
        if (!(0 <= low && low <= high && high <= 1)) {
            throw new IllegalArgumentException("not an interval of a proportion: [" + low + ", " + high + "]");
        }
    }
}
