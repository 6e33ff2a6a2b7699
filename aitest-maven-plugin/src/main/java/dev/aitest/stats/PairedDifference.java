package dev.aitest.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A mean difference with its two-sided t-interval.
 *
 * @param mean the mean of the differences
 * @param low  the lower bound of the interval
 * @param high the upper bound of the interval
 * @param n    the number of differences
 */
public record PairedDifference(double mean, double low, double high, int n) {

    /**
     * The mean of the differences with a two-sided t-interval at the confidence level:
     * mean +- t_{(1+level)/2, n-1} * s / sqrt(n), s the sample standard deviation (n-1 denominator). When all
     * differences are equal (s == 0), low = high = mean.
     *
     * @param differences the paired differences (e.g. rate with minus rate without, per pair)
     * @param level       the confidence level, in [{@link Confidence#MIN}, {@link Confidence#MAX}]
     * @return the mean and interval, or null when there are fewer than 2 differences: one difference gives no
     *         spread to estimate
     * @throws IllegalArgumentException when the level is out of range or a difference is not finite
     */
    public static PairedDifference of(double[] differences, double level) {
        Confidence.check(level);
        for (double d : differences) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("difference " + d + " is not a finite number");
            }
        }
        int n = differences.length;
        if (n < 2) {
            return null;
        }
        if (Arrays.stream(differences).allMatch(d -> d == differences[0])) {
            // no spread; summing would only add rounding to the mean
            return new PairedDifference(differences[0], differences[0], differences[0], n);
        }
        double sum = 0;
        for (double d : differences) {
            sum += d;
        }
        double mean = sum / n;
        double squares = 0;
        for (double d : differences) {
            squares += (d - mean) * (d - mean);
        }
        double s = Math.sqrt(squares / (n - 1));
        double half = TDistribution.of(n - 1).inverseCumulativeProbability((1 + level) / 2) * s / Math.sqrt(n);
        return new PairedDifference(mean, mean - half, mean + half, n);
    }
}
