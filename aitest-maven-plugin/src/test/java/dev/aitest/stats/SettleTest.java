package dev.aitest.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettleTest {

    private static final double Z95 = Confidence.z(0.95);
    private static final double Z99 = Confidence.z(0.99);
    private static final double[] THRESHOLDS = {0, 0.5, 0.8, 0.9, 0.95, 0.99, 1};

    /**
     * Checks conclusiveness at every m from 0 to MAX_MORE, one by one: it must switch from false to true at most once
     * (the monotonicity the search relies on), and the switch is the expected answer (null when it never switches).
     */
    private static Integer linearScan(IntPredicate conclusiveAt, String what) {
        Integer first = null;
        for (int m = 0; m <= Settle.MAX_MORE; m++) {
            boolean conclusive = conclusiveAt.test(m);
            if (first == null && conclusive) {
                first = m;
            }
            assertTrue(first == null || conclusive, () -> what + ": conclusive before but not at some m");
        }
        return first;
    }

    /**
     * The same answer in closed form: the Wilson interval over N runs is {q : (p - q)^2 <= z^2 q(1-q) / N}, so t lies
     * at or below its low end once (p - t)^2 >= z^2 t(1-t) / N (p > t), and above its high end once
     * (p - t)^2 > z^2 t(1-t) / N (p < t). Returns the smallest such N as a real bound's integer ceiling.
     */
    private static long smallestRuns(double p, double t, double z) {
        double bound = z * z * t * (1 - t) / ((p - t) * (p - t));
        return p > t ? (long) Math.ceil(bound) : (long) Math.floor(bound) + 1;
    }

    @Test
    void conclusiveMeansWhollyOnOneSide() {
        assertTrue(Settle.conclusive(new Interval(0.9, 0.95), 0.9));
        assertTrue(Settle.conclusive(new Interval(0.91, 0.95), 0.9));
        assertTrue(Settle.conclusive(new Interval(0.8, 0.89), 0.9));
        assertFalse(Settle.conclusive(new Interval(0.8, 0.9), 0.9));
        assertFalse(Settle.conclusive(new Interval(0.85, 0.95), 0.9));
        assertTrue(Settle.conclusive(new Interval(0, 1), 0));
        assertFalse(Settle.conclusive(new Interval(0, 1), 1));
        assertTrue(Settle.conclusive(new Interval(1, 1), 1));
    }

    @ParameterizedTest(name = "confidence {0}")
    @ValueSource(doubles = {0.95, 0.99})
    void moreRunsMatchesALinearScanOnAGrid(double level) {
        double z = Confidence.z(level);
        int[] sizes = {1, 2, 3, 4, 5, 7, 10, 20, 30};
        for (int n : sizes) {
            for (int passed = 0; passed <= n; passed++) {
                for (double t : THRESHOLDS) {
                    double p = (double) passed / n;
                    String what = passed + " of " + n + " against " + t;
                    Integer expected = p == t ? null : linearScan(m -> Settle.conclusive(
                            Wilson.interval(p * (n + m), n + m, z), t), what);
                    assertEquals(expected, Settle.moreRuns(passed, n, t, z), what);
                }
            }
        }
    }

    @Test
    void moreRunsMatchesTheClosedForm() {
        for (double z : new double[] {Z95, Z99}) {
            for (int n : new int[] {1, 3, 10, 50, 200, 1000}) {
                for (int passed = 0; passed <= n; passed += Math.max(1, n / 40)) {
                    for (double t : new double[] {0.5, 0.8, 0.9, 0.95, 0.99}) {
                        double p = (double) passed / n;
                        if (p == t) {
                            continue;
                        }
                        long more = Math.max(0, smallestRuns(p, t, z) - n);
                        Integer expected = more > Settle.MAX_MORE ? null : (int) more;
                        assertEquals(expected, Settle.moreRuns(passed, n, t, z), passed + " of " + n + " vs " + t);
                    }
                }
            }
        }
    }

    @Test
    void handWorkedExample() {
        // 9 of 10 against 80%: settled once (0.9 - 0.8)^2 >= z^2 * 0.8 * 0.2 / N, i.e. N >= 16 z^2 = 61.46: N = 62
        assertEquals(52, Settle.moreRuns(9, 10, 0.8, Z95));
        assertFalse(Settle.conclusive(Wilson.interval(0.9 * 61, 61, Z95), 0.8));
        assertTrue(Settle.conclusive(Wilson.interval(0.9 * 62, 62, Z95), 0.8));
        // at 99%: N >= 16 z^2 = 106.16: N = 107
        assertEquals(97, Settle.moreRuns(9, 10, 0.8, Z99));
    }

    @Test
    void aRateEqualToTheThresholdIsNeverSettled() {
        assertNull(Settle.moreRuns(4, 5, 0.8, Z95));
        assertNull(Settle.moreRuns(9, 10, 0.9, Z95));
        assertNull(Settle.moreRuns(1, 1, 1.0, Z95));
        assertNull(Settle.moreRuns(0, 3, 0.0, Z95));
        assertNull(Settle.moreIterations(0.8, 50, 5, 1.5, 0.8, Z95));
    }

    @Test
    void alreadyConclusiveNeedsNoMore() {
        assertEquals(0, Settle.moreRuns(0, 100, 0.9, Z95));
        assertEquals(0, Settle.moreRuns(100, 100, 0.9, Z95));
        assertEquals(0, Settle.moreRuns(1, 1, 0.0, Z95));
        assertEquals(0, Settle.moreRuns(0, 1, 1.0, Z95));
        assertEquals(0, Settle.moreIterations(0.2, 1000, 10, 3, 0.9, Z95));
    }

    @Test
    void tooManyIsNull() {
        // 901 of 1000 against 90% needs about z^2 * 0.09 / 0.001^2 = 345,000 runs
        assertTrue(smallestRuns(0.901, 0.9, Z95) - 1000 > Settle.MAX_MORE);
        assertNull(Settle.moreRuns(901, 1000, 0.9, Z95));
        // a case just inside the limit and its linear scan: 7 of 10 against 69%
        long more = smallestRuns(0.7, 0.69, Z95) - 10;
        assertTrue(more > 5000 && more <= Settle.MAX_MORE, "more = " + more);
        Integer scanned = linearScan(m -> Settle.conclusive(Wilson.interval(0.7 * (10 + m), 10 + m, Z95), 0.69),
                "7 of 10 against 0.69");
        assertEquals((int) more, scanned);
        assertEquals(scanned, Settle.moreRuns(7, 10, 0.69, Z95));
    }

    @Test
    void moreIterationsMatchesALinearScanOnAGrid() {
        for (double rate : new double[] {0, 0.5, 0.93, 1}) {
            for (int runs : new int[] {10, 100, 1000}) {
                for (int iterations : new int[] {1, 10}) {
                    for (double designEffect : new double[] {1, 2.5, 20}) {
                        for (double t : new double[] {0.8, 0.9, 0.95}) {
                            String what = rate + " over " + runs + " runs in " + iterations + " iterations, design "
                                    + designEffect + ", against " + t;
                            Integer expected = linearScan(m -> {
                                double effective = runs * (double) (iterations + m) / (iterations * designEffect);
                                return Settle.conclusive(Wilson.interval(rate * effective, effective, Z95), t);
                            }, what);
                            assertEquals(expected,
                                    Settle.moreIterations(rate, runs, iterations, designEffect, t, Z95), what);
                        }
                    }
                }
            }
        }
    }

    @Test
    void moreIterationsMatchesTheClosedForm() {
        // e = M (N + m) / (N d) effective runs must reach the smallest settling number E: m = ceil(E N d / M) - N
        double rate = 0.93;
        int runs = 400;
        int iterations = 4;
        double designEffect = 3.2;
        long needed = smallestRuns(rate, 0.9, Z95);
        long more = (long) Math.ceil(needed * iterations * designEffect / runs) - iterations;
        assertEquals((int) more, Settle.moreIterations(rate, runs, iterations, designEffect, 0.9, Z95));
    }

    @Test
    void oneRunPerIterationIsMoreRuns() {
        // M = N runs and no clustering: each more iteration is one more run
        for (int n : new int[] {1, 2, 5, 10, 40}) {
            for (int passed = 0; passed <= n; passed++) {
                for (double t : THRESHOLDS) {
                    assertEquals(Settle.moreRuns(passed, n, t, Z95),
                            Settle.moreIterations((double) passed / n, n, n, 1, t, Z95), passed + " of " + n);
                }
            }
        }
    }

    @Test
    void clusteringNeedsMoreIterations() {
        int plain = Settle.moreIterations(0.95, 200, 10, 1, 0.9, Z95);
        int clustered = Settle.moreIterations(0.95, 200, 10, 4, 0.9, Z95);
        assertTrue(clustered > plain, plain + " vs " + clustered);
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Settle.moreRuns(0, 0, 0.9, Z95));
        assertThrows(IllegalArgumentException.class, () -> Settle.moreRuns(4, 3, 0.9, Z95));
        assertThrows(IllegalArgumentException.class, () -> Settle.moreRuns(-1, 3, 0.9, Z95));
        assertThrows(IllegalArgumentException.class, () -> Settle.moreRuns(1, 3, 90, Z95));
        assertThrows(IllegalArgumentException.class, () -> Settle.moreRuns(1, 3, Double.NaN, Z95));
        assertThrows(IllegalArgumentException.class, () -> Settle.moreIterations(1.5, 10, 1, 1, 0.9, Z95));
        assertThrows(IllegalArgumentException.class, () -> Settle.moreIterations(0.5, 0, 1, 1, 0.9, Z95));
        assertThrows(IllegalArgumentException.class, () -> Settle.moreIterations(0.5, 10, 0, 1, 0.9, Z95));
        assertThrows(IllegalArgumentException.class, () -> Settle.moreIterations(0.5, 10, 1, 0.5, 0.9, Z95));
        assertThrows(IllegalArgumentException.class, () -> Settle.moreIterations(0.5, 10, 1, 1, -0.1, Z95));
    }
}
