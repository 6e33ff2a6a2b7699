package dev.aitest.stats;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfidenceTest {

    // published two-sided standard normal quantiles (Abramowitz & Stegun table 26.5 / NIST handbook), 7 significant
    // digits
    @ParameterizedTest(name = "z({0}) = {1}")
    @CsvSource({
        "0.5,   0.6744898",
        "0.8,   1.2815516",
        "0.9,   1.6448536",
        "0.95,  1.9599640",
        "0.98,  2.3263479",
        "0.99,  2.5758293",
        "0.999, 3.2905267",
    })
    void zIsTheTwoSidedNormalQuantile(double level, double expected) {
        assertEquals(expected, Confidence.z(level), 5e-8);
    }

    @Test
    void theDefaultIsNinetyFivePercent() {
        assertEquals(0.95, Confidence.DEFAULT);
        assertEquals(1.959964, Confidence.z(Confidence.DEFAULT), 5e-7);
    }

    @Test
    void theBoundsAreAccepted() {
        assertEquals(0.5, Confidence.MIN);
        assertEquals(0.999, Confidence.MAX);
        assertDoesNotThrow(() -> Confidence.z(Confidence.MIN));
        assertDoesNotThrow(() -> Confidence.z(Confidence.MAX));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.4999, 0.9991, 0, 1, -0.95, 95, Double.NaN, Double.POSITIVE_INFINITY})
    void levelsOutsideTheRangeAreRejected(double level) {
        assertThrows(IllegalArgumentException.class, () -> Confidence.z(level));
    }
}
