package dev.aitest.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Costs in US dollars, as reported. */
public final class Money {

    /** Decimals kept: a millionth of a dollar. */
    public static final int DECIMALS = 6;

    private Money() {
    }

    /** {@code usd} rounded half-up to {@value #DECIMALS} decimals; null stays null. */
    public static Double round(Double usd) {
        return usd == null ? null : BigDecimal.valueOf(usd).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }

    /** The sum of two costs where null means unknown: unknown only when both are. */
    public static Double add(Double a, Double b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + b;
    }
}
