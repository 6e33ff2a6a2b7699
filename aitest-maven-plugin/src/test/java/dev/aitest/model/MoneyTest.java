package dev.aitest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sums of costs and tokens saturate; rounding never fails. */
class MoneyTest {

    @Test
    void costSumsSaturateAndRoundingNeverFails() {
        assertEquals(Double.MAX_VALUE, Money.add(1e308, 1e308));
        assertEquals(Double.MAX_VALUE, Money.round(Double.POSITIVE_INFINITY));
        assertNull(Money.round(Double.NaN));
        assertEquals(1e308, Money.round(1e308));
        assertEquals(0.000001, Money.round(0.0000005));
        assertEquals(0.5, Money.add(null, 0.5));
        assertEquals(0.5, Money.add(Double.NaN, 0.5));
        assertNull(Money.add(null, null));
        assertTrue(Money.saturated(Money.add(1e308, 1e308)));
        assertFalse(Money.saturated(1e308));
    }

    @Test
    void tokenSumsSaturateInsteadOfWrapping() {
        assertEquals(Long.MAX_VALUE, Tokens.add(Long.MAX_VALUE, Long.MAX_VALUE));
        assertEquals(Long.MAX_VALUE, Tokens.add(Long.MAX_VALUE, 1));
        assertEquals(Long.MAX_VALUE, Tokens.add(Long.MAX_VALUE - 1, 1));
        assertEquals(7L, Tokens.add(3L, 4L));
        assertEquals(4L, Tokens.add(null, 4L));
        assertNull(Tokens.add((Long) null, null));
        assertTrue(Tokens.saturated(Tokens.add(Long.MAX_VALUE, 5L)));
        assertFalse(Tokens.saturated(Long.MAX_VALUE - 1));
    }
}
