package dev.aitest.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClusteredTest {

    private static final double Z95 = Confidence.z(0.95);
    private static final double Z99 = Confidence.z(0.99);

    /**
     * The design effect in exact arithmetic, rearranged independently: with T = sum (M a_i - K c_i)^2 over the tests
     * with runs, v_c / v_b = G/(G-1) * T / (M K (M - K)); clamped below at 1, and 1 when K = 0, K = M or G = 1.
     */
    private static double exactDesignEffect(int[] passed, int[] counted) {
        long g = 0;
        long k = 0;
        long m = 0;
        for (int i = 0; i < passed.length; i++) {
            if (counted[i] > 0) {
                g++;
                k += passed[i];
                m += counted[i];
            }
        }
        if (g < 2 || k == 0 || k == m) {
            return 1;
        }
        BigInteger t = BigInteger.ZERO;
        for (int i = 0; i < passed.length; i++) {
            if (counted[i] > 0) {
                BigInteger residual = BigInteger.valueOf(m * passed[i] - k * counted[i]);
                t = t.add(residual.multiply(residual));
            }
        }
        BigInteger numerator = BigInteger.valueOf(g).multiply(t);
        BigInteger denominator = BigInteger.valueOf(g - 1).multiply(BigInteger.valueOf(m))
                .multiply(BigInteger.valueOf(k)).multiply(BigInteger.valueOf(m - k));
        double ratio = new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128)
                .doubleValue();
        return Math.max(1, ratio);
    }

    private static void assertMatchesExact(int[] passed, int[] counted, double z) {
        Clustered clustered = Clustered.of(passed, counted, z);
        long k = 0;
        long m = 0;
        for (int i = 0; i < passed.length; i++) {
            k += passed[i];
            m += counted[i];
        }
        double designEffect = exactDesignEffect(passed, counted);
        double effectiveRuns = m / designEffect;
        assertEquals((double) k / m, clustered.rate(), 1e-15);
        assertEquals(designEffect, clustered.designEffect(), 1e-12 * designEffect);
        assertEquals(effectiveRuns, clustered.effectiveRuns(), 1e-12 * effectiveRuns);
        Interval expected = Wilson.interval((double) k / m * effectiveRuns, effectiveRuns, z);
        assertEquals(expected.low(), clustered.interval().low(), 1e-12);
        assertEquals(expected.high(), clustered.interval().high(), 1e-12);
        assertEquals(Wilson.variance((double) k / m * effectiveRuns, effectiveRuns, z), clustered.variance(),
                1e-12 * clustered.variance());
    }

    @Test
    void oneAlwaysPassingAndOneAlwaysFailingTestIsStronglyClustered() {
        int[] passed = {10, 0};
        int[] counted = {10, 10};
        // by hand: p = 1/2, v_c = 2 * (25 + 25) / 400 = 1/4, v_b = (1/4) / 20 = 1/80, so the design effect is 20
        assertEquals(20.0, exactDesignEffect(passed, counted), 1e-15);
        Clustered clustered = Clustered.of(passed, counted, Z95);
        assertEquals(0.5, clustered.rate());
        assertEquals(20.0, clustered.designEffect(), 1e-12);
        assertEquals(1.0, clustered.effectiveRuns(), 1e-12);
        // Wilson of 1/2 out of 1: 1/2 +- z / (2 sqrt(1 + z^2)); variance 1 / (4 (1 + z^2))
        double half = Z95 / (2 * Math.sqrt(1 + Z95 * Z95));
        assertEquals(0.5 - half, clustered.interval().low(), 1e-12);
        assertEquals(0.5 + half, clustered.interval().high(), 1e-12);
        assertEquals(0.0546208, clustered.interval().low(), 5e-8);
        assertEquals(1 / (4 * (1 + Z95 * Z95)), clustered.variance(), 1e-12);
        assertMatchesExact(passed, counted, Z95);
    }

    @Test
    void identicalTestsHaveNoClustering() {
        int[] passed = new int[10];
        int[] counted = new int[10];
        Arrays.fill(passed, 5);
        Arrays.fill(counted, 10);
        // every residual 5 - 0.5 * 10 is 0: v_c = 0, clamped up to 1
        Clustered clustered = Clustered.of(passed, counted, Z95);
        assertEquals(1.0, clustered.designEffect());
        assertEquals(100.0, clustered.effectiveRuns());
        assertEquals(Wilson.interval(50, 100, Z95), clustered.interval());
        assertEquals(Wilson.variance(50, 100, Z95), clustered.variance());
    }

    @Test
    void lessSpreadThanBinomialIsClampedToOne() {
        // p = 11/20, v_c = 2 * (0.25 + 0.25) / 400 = 0.0025 < v_b = 0.2475 / 20 = 0.012375
        Clustered clustered = Clustered.of(new int[] {5, 6}, new int[] {10, 10}, Z95);
        assertEquals(1.0, clustered.designEffect());
        assertEquals(20.0, clustered.effectiveRuns());
        assertEquals(Wilson.interval(11, 20, Z95), clustered.interval());
    }

    @Test
    void aSuiteWhereEveryRunPassedHasDesignEffectOne() {
        int[] passed = {10, 5, 20};
        int[] counted = {10, 5, 20};
        Clustered clustered = Clustered.of(passed, counted, Z95);
        assertEquals(1.0, clustered.rate());
        assertEquals(1.0, clustered.designEffect());
        assertEquals(35.0, clustered.effectiveRuns());
        assertEquals(1.0, clustered.interval().high());
        // Wilson of n out of n: low = n / (n + z^2)
        assertEquals(35 / (35 + Z95 * Z95), clustered.interval().low(), 1e-14);
        assertMatchesExact(passed, counted, Z95);
    }

    @Test
    void aSuiteWhereEveryRunFailedHasDesignEffectOne() {
        Clustered clustered = Clustered.of(new int[] {0, 0}, new int[] {3, 7}, Z95);
        assertEquals(0.0, clustered.rate());
        assertEquals(1.0, clustered.designEffect());
        assertEquals(0.0, clustered.interval().low());
        assertEquals(Z95 * Z95 / (10 + Z95 * Z95), clustered.interval().high(), 1e-14);
    }

    @Test
    void oneTestIsNotClustered() {
        Clustered clustered = Clustered.of(new int[] {7}, new int[] {10}, Z95);
        assertEquals(0.7, clustered.rate());
        assertEquals(1.0, clustered.designEffect());
        assertEquals(10.0, clustered.effectiveRuns());
        assertEquals(Wilson.interval(7, 10, Z95), clustered.interval());
        // one test with one run
        Clustered single = Clustered.of(new int[] {1}, new int[] {1}, Z95);
        assertEquals(1.0, single.designEffect());
        assertEquals(1 / (1 + Z95 * Z95), single.interval().low(), 1e-15);
        assertEquals(1.0, single.interval().high());
    }

    @Test
    void testsWithoutCountedRunsAreIgnored() {
        Clustered with = Clustered.of(new int[] {10, 0, 0, 0}, new int[] {10, 0, 10, 0}, Z95);
        Clustered without = Clustered.of(new int[] {10, 0}, new int[] {10, 10}, Z95);
        assertEquals(without, with);
        // only one test left with runs: G = 1
        assertEquals(1.0, Clustered.of(new int[] {3, 0}, new int[] {5, 0}, Z95).designEffect());
    }

    @Test
    void nothingCountedHasNoRate() {
        assertNull(Clustered.of(new int[0], new int[0], Z95));
        assertNull(Clustered.of(new int[] {0, 0}, new int[] {0, 0}, Z95));
    }

    @Test
    void ninetyNinePercentGivesAWiderInterval() {
        int[] passed = {10, 8, 9, 2, 10};
        int[] counted = {10, 10, 10, 10, 10};
        Clustered at95 = Clustered.of(passed, counted, Z95);
        Clustered at99 = Clustered.of(passed, counted, Z99);
        assertEquals(at95.designEffect(), at99.designEffect());
        assertTrue(at99.interval().low() < at95.interval().low());
        assertTrue(at99.interval().high() > at95.interval().high());
        assertMatchesExact(passed, counted, Z99);
        // by hand: M = 50, K = 39, residuals 50 a_i - 39 c_i = 110, 10, 60, -290, 110, T = 112000,
        // v_c / v_b = 5/4 * 112000 / (50 * 39 * 11) = 140000 / 21450 = 6.526806...
        assertEquals(140000.0 / 21450, at99.designEffect(), 1e-12);
        assertEquals(6.5268065, at99.designEffect(), 5e-8);
    }

    @Test
    void matchesTheExactComputationOnRandomSuites() {
        Random random = new Random(20240611);
        for (int suite = 0; suite < 500; suite++) {
            int tests = 1 + random.nextInt(40);
            int[] passed = new int[tests];
            int[] counted = new int[tests];
            for (int i = 0; i < tests; i++) {
                counted[i] = random.nextInt(25);
                // a mix of stable and flaky tests
                double rate = random.nextInt(3) == 0 ? random.nextDouble() : random.nextInt(2);
                for (int run = 0; run < counted[i]; run++) {
                    passed[i] += random.nextDouble() < rate ? 1 : 0;
                }
            }
            if (Clustered.of(passed, counted, Z95) != null) {
                assertMatchesExact(passed, counted, Z95);
            }
        }
    }

    @Test
    void largeSuitesDoNotOverflow() {
        int[] passed = new int[1000];
        int[] counted = new int[1000];
        for (int i = 0; i < 1000; i++) {
            counted[i] = 1_000_000;
            passed[i] = i % 2 == 0 ? 1_000_000 : 999_000;
        }
        assertMatchesExact(passed, counted, Z95);
    }

    @Test
    void invalidCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Clustered.of(new int[] {1}, new int[] {1, 2}, Z95));
        assertThrows(IllegalArgumentException.class, () -> Clustered.of(new int[] {3}, new int[] {2}, Z95));
        assertThrows(IllegalArgumentException.class, () -> Clustered.of(new int[] {-1}, new int[] {2}, Z95));
        assertThrows(IllegalArgumentException.class, () -> Clustered.of(new int[] {0}, new int[] {-1}, Z95));
    }
}
