package dev.aitest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatesTest {

    @ParameterizedTest(name = "{0} passed, {1} failed -> {2}")
    @CsvSource({
        "2, 1, 66.67",
        "1, 2, 33.33",
        "1, 7, 12.5",
        "15, 6, 71.43",
        "0, 5, 0.0",
        "5, 0, 100.0",
        "1, 0, 100.0",
        "19999, 1, 99.99",
        "1, 19999, 0.01",
        "39999, 1, 99.99",
        "7999, 2001, 79.99",
    })
    void passRateIsRoundedToTwoDecimals(int passed, int failed, double expected) {
        assertEquals(expected, Rates.passRate(passed, failed));
    }

    @ParameterizedTest(name = "{0} passed, {1} failed -> {2}")
    @CsvSource({
        // exactly half-way in the third decimal: half-up, not half-even
        "1, 31, 3.13",      // 3.125
        "3, 29, 9.38",      // 9.375
        "1, 159, 0.63",     // 0.625
        "1, 799, 0.13",     // 0.125
    })
    void halfWayValuesAreRoundedUp(int passed, int failed, double expected) {
        assertEquals(expected, Rates.passRate(passed, failed));
    }

    @Test
    void nothingCountedHasNoRate() {
        assertNull(Rates.passRate(0, 0));
    }

    @Test
    void largeCountsDoNotOverflow() {
        assertEquals(50.0, Rates.passRate(Integer.MAX_VALUE / 2, Integer.MAX_VALUE / 2));
    }
}
