package dev.aitest.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WilsonTest {

    private static final double Z95 = Confidence.z(0.95);
    private static final double Z99 = Confidence.z(0.99);
    private static final MathContext MC = MathContext.DECIMAL128;

    /**
     * The textbook definition, written independently: the Wilson interval is the set of q with
     * (p - q)^2 <= z^2 q (1 - q) / n, whose ends are the roots of (1 + z^2/n) q^2 - (2p + z^2/n) q + p^2 = 0.
     * Solved in BigDecimal; returns the unclipped roots {low, high}.
     */
    private static BigDecimal[] roots(double k, double n, double z) {
        BigDecimal bn = new BigDecimal(n);
        BigDecimal p = new BigDecimal(k).divide(bn, MC);
        BigDecimal zzOverN = new BigDecimal(z).pow(2).divide(bn, MC);
        BigDecimal a = BigDecimal.ONE.add(zzOverN);
        BigDecimal b = p.multiply(BigDecimal.valueOf(2)).add(zzOverN);
        BigDecimal c = p.pow(2);
        BigDecimal discriminant = b.pow(2).subtract(a.multiply(c).multiply(BigDecimal.valueOf(4)));
        BigDecimal root = discriminant.signum() <= 0 ? BigDecimal.ZERO : discriminant.sqrt(MC);
        BigDecimal twoA = a.multiply(BigDecimal.valueOf(2));
        return new BigDecimal[] {b.subtract(root).divide(twoA, MC), b.add(root).divide(twoA, MC)};
    }

    private static void assertMatchesTextbook(double k, double n, double z) {
        BigDecimal[] roots = roots(k, n, z);
        double low = Math.max(0, roots[0].doubleValue());
        double high = Math.min(1, roots[1].doubleValue());
        Interval interval = Wilson.interval(k, n, z);
        String what = k + " of " + n + ", z = " + z;
        assertEquals(low, interval.low(), 1e-13, what);
        assertEquals(high, interval.high(), 1e-13, what);
        double half = roots[1].subtract(roots[0]).doubleValue() / 2;
        assertEquals(half / z * (half / z), Wilson.variance(k, n, z), 1e-15, what);
    }

    @Test
    void matchesTheTextbookRootsOnAGrid() {
        for (double z : new double[] {Z95, Z99, Confidence.z(0.999)}) {
            for (int n = 1; n <= 25; n++) {
                for (int k = 0; k <= n; k++) {
                    assertMatchesTextbook(k, n, z);
                }
            }
        }
    }

    @Test
    void matchesTheTextbookForFractionalCounts() {
        // effective runs from a design effect are not whole
        for (double n : new double[] {0.3, 1.0 / 3, 1, 2.5, 7.25, 123.456, 1e6 / 7}) {
            for (double share : new double[] {0, 0.001, 0.1, 1.0 / 3, 0.5, 0.9, 0.999, 1}) {
                assertMatchesTextbook(share * n, n, Z95);
                assertMatchesTextbook(share * n, n, Z99);
            }
        }
    }

    // published values (e.g. Newcombe 1998, Table I; Brown, Cai & DasGupta 2001), 95%
    @ParameterizedTest(name = "{0} of {1} -> [{2}, {3}]")
    @CsvSource({
        "2,  3,  0.2077, 0.9385",
        "1,  1,  0.2065, 1.0",
        "0,  3,  0.0,    0.5615",
        "3,  3,  0.4385, 1.0",
        "81, 263, 0.2553, 0.3662",
        "15, 148, 0.0624, 0.1605",
        "0,  20, 0.0,    0.1611",
        "1,  29, 0.0061, 0.1718",
    })
    void matchesPublishedValues(double k, double n, double low, double high) {
        Interval interval = Wilson.interval(k, n, Z95);
        assertEquals(low, interval.low(), 5e-5);
        assertEquals(high, interval.high(), 5e-5);
    }

    @Test
    void noneIsExactlyZeroAndAllIsExactlyOne() {
        for (double z : new double[] {Z95, Z99, 0}) {
            for (int n = 1; n <= 200; n++) {
                assertEquals(0.0, Wilson.interval(0, n, z).low());
                assertEquals(1.0, Wilson.interval(n, n, z).high());
            }
            for (double n : new double[] {0.01, 0.5, 1.7, 1e9}) {
                assertEquals(0.0, Wilson.interval(0, n, z).low());
                assertEquals(1.0, Wilson.interval(n, n, z).high());
            }
        }
        assertEquals(0.0, Wilson.interval(0, 3, Z95).low());
        assertEquals(1.0, Wilson.interval(3, 3, Z95).high());
    }

    @Test
    void oneOfOne() {
        // low = 1 / (1 + z^2) for k = n = 1
        Interval interval = Wilson.interval(1, 1, Z95);
        assertEquals(1 / (1 + Z95 * Z95), interval.low(), 1e-15);
        assertEquals(0.2065, interval.low(), 5e-5);
        assertEquals(1.0, interval.high());
        Interval none = Wilson.interval(0, 1, Z95);
        assertEquals(0.0, none.low());
        assertEquals(Z95 * Z95 / (1 + Z95 * Z95), none.high(), 1e-15);
    }

    @Test
    void theEndsSatisfyTheScoreEquation() {
        // at each end q inside (0, 1): |p - q| = z sqrt(q(1-q)/n)
        for (double z : new double[] {Z95, Z99}) {
            for (int[] kn : new int[][] {{1, 3}, {2, 3}, {7, 10}, {99, 100}, {500, 1000}}) {
                double p = (double) kn[0] / kn[1];
                Interval interval = Wilson.interval(kn[0], kn[1], z);
                for (double q : new double[] {interval.low(), interval.high()}) {
                    assertEquals(Math.abs(p - q), z * Math.sqrt(q * (1 - q) / kn[1]), 1e-13);
                }
            }
        }
    }

    @Test
    void aHigherLevelGivesAWiderInterval() {
        Interval at95 = Wilson.interval(7, 10, Z95);
        Interval at99 = Wilson.interval(7, 10, Z99);
        assertTrue(at99.low() < at95.low());
        assertTrue(at99.high() > at95.high());
        assertTrue(Wilson.variance(7, 10, Z99) < Wilson.variance(7, 10, Z95));
    }

    @Test
    void varianceIsTheHalfWidthOverZSquared() {
        // away from the clipping, (high - low) / 2 is the half width
        for (int[] kn : new int[][] {{1, 3}, {2, 3}, {5, 10}, {70, 100}}) {
            Interval interval = Wilson.interval(kn[0], kn[1], Z95);
            double half = (interval.high() - interval.low()) / 2;
            assertEquals(half / Z95 * (half / Z95), Wilson.variance(kn[0], kn[1], Z95), 1e-15);
        }
        // hand-worked: k = 1, n = 2, z = 2: (1/8 + 4/16) / (1 + 2)^2 = (3/8) / 9 = 1/24
        assertEquals(1.0 / 24, Wilson.variance(1, 2, 2), 1e-17);
        // z = 0 leaves the binomial variance p(1-p)/n
        assertEquals(0.21 / 10, Wilson.variance(7, 10, 0), 1e-17);
    }

    @Test
    void zeroZGivesThePoint() {
        Interval interval = Wilson.interval(7, 10, 0);
        assertEquals(0.7, interval.low(), 1e-16);
        assertEquals(0.7, interval.high(), 1e-16);
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(0, 0, Z95));
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(1, -1, Z95));
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(-1, 3, Z95));
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(4, 3, Z95));
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(Double.NaN, 3, Z95));
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(1, Double.POSITIVE_INFINITY, Z95));
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(1, 3, -1));
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(1, 3, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Wilson.variance(4, 3, Z95));
        assertThrows(IllegalArgumentException.class, () -> Wilson.variance(0, 0, Z95));
    }

    @Test
    void anIntervalMustBeAProportion() {
        assertThrows(IllegalArgumentException.class, () -> new Interval(-0.1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new Interval(0.6, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new Interval(0.5, 1.1));
        assertThrows(IllegalArgumentException.class, () -> new Interval(Double.NaN, 0.5));
        assertEquals(0.5, new Interval(0.5, 0.5).low());
    }
}
