package dev.aitest.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PairedDifferenceTest {

    // published two-sided t quantiles t_{(1+level)/2, df} (e.g. NIST/SEMATECH handbook table 1.3.6.7.2)
    private static final double T975_DF1 = 12.706205;
    private static final double T975_DF2 = 4.302653;
    private static final double T975_DF9 = 2.262157;
    private static final double T995_DF9 = 3.249836;

    @Test
    void threeDifferences() {
        // mean 2, s = 1, half = 4.302653 / sqrt(3)
        PairedDifference difference = PairedDifference.of(new double[] {1, 2, 3}, 0.95);
        double half = T975_DF2 / Math.sqrt(3);
        assertEquals(2.0, difference.mean());
        assertEquals(2 - half, difference.low(), 1e-6);
        assertEquals(2 + half, difference.high(), 1e-6);
        assertEquals(3, difference.n());
    }

    @Test
    void twoDifferences() {
        // mean 0.5, s = sqrt(0.5), s / sqrt(2) = 0.5
        PairedDifference difference = PairedDifference.of(new double[] {0, 1}, 0.95);
        assertEquals(0.5, difference.mean());
        assertEquals(0.5 - T975_DF1 * 0.5, difference.low(), 1e-6);
        assertEquals(0.5 + T975_DF1 * 0.5, difference.high(), 1e-6);
    }

    @Test
    void tenDifferencesAtTwoLevels() {
        double[] differences = {0.1, -0.2, 0.3, 0.0, 0.5, 0.2, -0.1, 0.4, 0.1, 0.2};
        // by hand: mean 0.15, squared deviations sum to 0.425, s / sqrt(n) = sqrt(0.425 / 9 / 10) = 0.0687184
        double standardError = Math.sqrt(0.425 / 90);
        PairedDifference at95 = PairedDifference.of(differences, 0.95);
        assertEquals(0.15, at95.mean(), 1e-15);
        assertEquals(0.15 - T975_DF9 * standardError, at95.low(), 1e-7);
        assertEquals(0.15 + T975_DF9 * standardError, at95.high(), 1e-7);
        assertEquals(-0.005452, at95.low(), 1e-6);
        PairedDifference at99 = PairedDifference.of(differences, 0.99);
        assertEquals(0.15 - T995_DF9 * standardError, at99.low(), 1e-7);
        assertEquals(0.15 + T995_DF9 * standardError, at99.high(), 1e-7);
        assertEquals(10, at99.n());
    }

    @Test
    void noSpreadGivesAPoint() {
        PairedDifference difference = PairedDifference.of(new double[] {0.1, 0.1, 0.1}, 0.95);
        assertEquals(0.1, difference.mean());
        assertEquals(0.1, difference.low());
        assertEquals(0.1, difference.high());
        PairedDifference zeros = PairedDifference.of(new double[] {0, 0}, 0.99);
        assertEquals(new PairedDifference(0, 0, 0, 2), zeros);
    }

    @Test
    void fewerThanTwoHaveNoInterval() {
        assertNull(PairedDifference.of(new double[0], 0.95));
        assertNull(PairedDifference.of(new double[] {0.3}, 0.95));
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PairedDifference.of(new double[] {1, 2}, 0.4));
        assertThrows(IllegalArgumentException.class, () -> PairedDifference.of(new double[] {1, 2}, 1));
        assertThrows(IllegalArgumentException.class, () -> PairedDifference.of(new double[] {1, Double.NaN}, 0.95));
        assertThrows(IllegalArgumentException.class,
                () -> PairedDifference.of(new double[] {1, Double.POSITIVE_INFINITY}, 0.95));
    }
}
