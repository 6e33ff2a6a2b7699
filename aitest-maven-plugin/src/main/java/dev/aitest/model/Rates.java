package dev.aitest.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one definition of a pass rate. */
public final class Rates {

    private Rates() {
    }

    /**
     * passed / (passed + failed) x 100, rounded half-up to two decimals; null when both are zero
     * (skipped runs count in neither).
     */
    public static Double passRate(int passed, int failed) {
        int counted = passed + failed;
        if (counted == 0) {
            return null;
        }
        return BigDecimal.valueOf(passed * 100L)
                .divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
