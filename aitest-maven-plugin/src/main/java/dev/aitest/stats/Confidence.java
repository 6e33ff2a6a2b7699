package dev.aitest.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** Confidence levels and the normal quantile that goes with each. */
public final class Confidence {

    /** The confidence level used unless another is asked for. */
    public static final double DEFAULT = 0.95;
    /** The lowest confidence level accepted. */
    public static final double MIN = 0.5;
    /** The highest confidence level accepted. */
    public static final double MAX = 0.999;

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private Confidence() {
    }

    /**
     * The two-sided standard normal quantile of a confidence level: z = Phi^-1((1 + level) / 2), e.g. 1.959964 for
     * 0.95 and 2.575829 for 0.99.
     *
     * @throws IllegalArgumentException when level is outside [{@link #MIN}, {@link #MAX}] (or NaN)
     */
    public static double z(double level) {
        check(level);
        return STANDARD_NORMAL.inverseCumulativeProbability((1 + level) / 2);
    }

    /** Throws IllegalArgumentException when level is outside [{@link #MIN}, {@link #MAX}] (or NaN). */
    public static void check(double level) {
        if (!(level >= MIN && level <= MAX)) {
            throw new IllegalArgumentException("confidence level " + level + " is outside [" + MIN + ", " + MAX + "]");
        }
    }
}
