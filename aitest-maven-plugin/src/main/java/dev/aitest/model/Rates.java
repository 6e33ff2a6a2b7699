package dev.aitest.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one definition of a pass rate. */
public final class Rates {

    private Rates() {
    }

    private static final double HIGHEST_BELOW_ALL = 99.99;
    private static final double LOWEST_ABOVE_NONE = 0.01;

    /**
     * passed / (passed + failed) x 100, rounded half-up to two decimals; null when both are zero
     * (skipped runs count in neither). A rate is never rounded to 100 unless every run passed, nor to 0 unless
     * none did: 19999 of 20000 gives 99.99, 1 of 20000 gives 0.01.
     */
    public static Double passRate(int passed, int failed) {
        int counted = passed + failed;
        if (counted == 0) {
            return null;
        }
        double rounded = BigDecimal.valueOf(passed * 100L)
                .divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP)
                .doubleValue();
        if (failed > 0 && rounded >= 100) {
            return HIGHEST_BELOW_ALL;
        }
        if (passed > 0 && rounded <= 0) {
            return LOWEST_ABOVE_NONE;
        }
        return rounded;
    }

    /** A percentage (or a difference in percentage points) as results.json holds it: two decimals, half-up. */
    public static double hundredths(double percent) {
        return BigDecimal.valueOf(percent).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** A lower bound as results.json holds it: two decimals, rounded down (with slack for binary noise). */
    public static double lowerBound(double percent) {
        return BigDecimal.valueOf(percent + 1e-9).setScale(2, RoundingMode.FLOOR).doubleValue();
    }

    /** An upper bound as results.json holds it: two decimals, rounded up (with slack for binary noise). */
    public static double upperBound(double percent) {
        return BigDecimal.valueOf(percent - 1e-9).setScale(2, RoundingMode.CEILING).doubleValue();
    }
}
