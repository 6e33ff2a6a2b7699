package dev.aitest.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Costs in US dollars, as reported. Sums saturate at {@link #SATURATED} instead of overflowing to infinity: a test
 * may record any finite cost ({@code AiTest.recordCost(1e308)} twice is legal), and an infinite or NaN total would
 * make {@link #round} fail and {@code results.json} unwritable after every iteration ran.
 */
public final class Money {

    /** Decimals kept: a millionth of a dollar. */
    public static final int DECIMALS = 6;

    /** The largest cost aitest adds up to; a sum that reaches it is "at least" this much. */
    public static final double SATURATED = Double.MAX_VALUE;

    private Money() {
    }

    /**
     * {@code usd} rounded half-up to {@value #DECIMALS} decimals; null stays null. Never fails: a value beyond
     * {@link #SATURATED} (infinity) is {@link #SATURATED}, NaN is unknown (null), and a negative value, which no
     * record can give, is 0.
     */
    public static Double round(Double usd) {
        if (usd == null || usd.isNaN()) {
            return null;
        }
        double finite = Math.max(0, Math.min(usd, SATURATED));
        return BigDecimal.valueOf(finite).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * The sum of two costs where null means unknown: unknown only when both are. Saturates at {@link #SATURATED}
     * (a NaN part adds nothing).
     */
    public static Double add(Double a, Double b) {
        if (a == null || a.isNaN()) {
            return b == null || b.isNaN() ? null : Math.min(b, SATURATED);
        }
        if (b == null || b.isNaN()) {
            return Math.min(a, SATURATED);
        }
        return Math.min(a + b, SATURATED);
    }

    /** Whether {@code usd} is a sum that saturated, i.e. the true total is at least {@link #SATURATED}. */
    public static boolean saturated(Double usd) {
        return usd != null && usd >= SATURATED;
    }
}
