package dev.aitest.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class PassAtKTest {

    /** Pascal's triangle up to row 40, in exact integers. */
    private static final BigInteger[][] PASCAL = new BigInteger[41][];

    static {
        for (int n = 0; n < PASCAL.length; n++) {
            PASCAL[n] = new BigInteger[n + 1];
            PASCAL[n][0] = BigInteger.ONE;
            PASCAL[n][n] = BigInteger.ONE;
            for (int k = 1; k < n; k++) {
                PASCAL[n][k] = PASCAL[n - 1][k - 1].add(PASCAL[n - 1][k]);
            }
        }
    }

    /** C(n, k) exactly: from Pascal's triangle, or by the multiplicative formula in BigInteger beyond it. */
    private static BigInteger choose(int n, int k) {
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        if (n < PASCAL.length) {
            return PASCAL[n][k];
        }
        BigInteger result = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            result = result.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return result;
    }

    private static double ratio(BigInteger numerator, BigInteger denominator) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128).doubleValue();
    }

    /** 1 - C(n-c, k) / C(n, k) with exact binomial coefficients. */
    private static double exactPassAt(int n, int c, int k) {
        BigInteger total = choose(n, k);
        return ratio(total.subtract(choose(n - c, k)), total);
    }

    /** C(c, k) / C(n, k) with exact binomial coefficients. */
    private static double exactPassHat(int n, int c, int k) {
        return ratio(choose(c, k), choose(n, k));
    }

    @Test
    void twoOfThree() {
        assertEquals(2.0 / 3, PassAtK.passAt(3, 2, 1), 1e-15);
        assertEquals(1.0, PassAtK.passAt(3, 2, 2));
        assertEquals(1.0, PassAtK.passAt(3, 2, 3));
        assertEquals(2.0 / 3, PassAtK.passHat(3, 2, 1), 1e-15);
        assertEquals(1.0 / 3, PassAtK.passHat(3, 2, 2), 1e-15);
        assertEquals(0.0, PassAtK.passHat(3, 2, 3));
    }

    @Test
    void noneAndAll() {
        for (int n = 1; n <= 30; n++) {
            for (int k = 1; k <= n; k++) {
                assertEquals(0.0, PassAtK.passAt(n, 0, k));
                assertEquals(0.0, PassAtK.passHat(n, 0, k));
                assertEquals(1.0, PassAtK.passAt(n, n, k));
                assertEquals(1.0, PassAtK.passHat(n, n, k));
            }
        }
        assertEquals(1.0, PassAtK.passAt(1, 1, 1));
        assertEquals(0.0, PassAtK.passAt(1, 0, 1));
    }

    @Test
    void oneTryIsThePassRate() {
        for (int n = 1; n <= 30; n++) {
            for (int c = 0; c <= n; c++) {
                assertEquals((double) c / n, PassAtK.passAt(n, c, 1), 1e-15);
                assertEquals((double) c / n, PassAtK.passHat(n, c, 1), 1e-15);
            }
        }
    }

    @Test
    void matchesExactBinomialCoefficientsOnAGrid() {
        for (int n = 1; n <= 25; n++) {
            for (int c = 0; c <= n; c++) {
                for (int k = 1; k <= n; k++) {
                    String what = "n = " + n + ", c = " + c + ", k = " + k;
                    assertEquals(exactPassAt(n, c, k), PassAtK.passAt(n, c, k), 1e-13, what);
                    assertEquals(exactPassHat(n, c, k), PassAtK.passHat(n, c, k), 1e-13, what);
                }
            }
        }
    }

    @Test
    void largeCountsNeedNoFactorials() {
        // C(10000, 100) has over 240 digits: a factorial-based formula would overflow a double
        for (int[] nck : new int[][] {{10000, 5000, 100}, {10000, 9990, 10}, {5000, 1, 4999}, {2000, 1999, 1000}}) {
            int n = nck[0];
            int c = nck[1];
            int k = nck[2];
            assertEquals(exactPassAt(n, c, k), PassAtK.passAt(n, c, k), 1e-12);
            double hat = exactPassHat(n, c, k);
            assertEquals(hat, PassAtK.passHat(n, c, k), Math.max(1e-12 * hat, Double.MIN_NORMAL));
        }
        // 1 - C(5000 - 1, 4999)/C(5000, 4999) = 1 - 1/5000
        assertEquals(1 - 1.0 / 5000, PassAtK.passAt(5000, 1, 4999), 1e-12);
    }

    @Test
    void meansCountOnlyTestsThatReachK() {
        // tests: 2 of 3, 1 of 1, 0 of 2
        int[] passed = {2, 1, 0};
        int[] counted = {3, 1, 2};
        SortedMap<Integer, Double> at = PassAtK.meanPassAt(passed, counted, 4);
        assertEquals(List.of(1, 2, 3), List.copyOf(at.keySet()));
        assertEquals((2.0 / 3 + 1 + 0) / 3, at.get(1), 1e-15); // all three tests
        assertEquals((1 + 0) / 2.0, at.get(2), 1e-15); // 2 of 3 and 0 of 2
        assertEquals(1.0, at.get(3), 1e-15); // only 2 of 3
        SortedMap<Integer, Double> hat = PassAtK.meanPassHat(passed, counted, 4);
        assertEquals(List.of(1, 2, 3), List.copyOf(hat.keySet()));
        assertEquals((2.0 / 3 + 1 + 0) / 3, hat.get(1), 1e-15);
        assertEquals((1.0 / 3 + 0) / 2, hat.get(2), 1e-15);
        assertEquals(0.0, hat.get(3), 1e-15);
    }

    @Test
    void maxKBoundsTheKeys() {
        int[] passed = {2, 1, 0};
        int[] counted = {3, 1, 2};
        assertEquals(List.of(1, 2), List.copyOf(PassAtK.meanPassAt(passed, counted, 2).keySet()));
        assertEquals(List.of(1), List.copyOf(PassAtK.meanPassHat(passed, counted, 1).keySet()));
        assertTrue(PassAtK.meanPassAt(passed, counted, 0).isEmpty());
        assertTrue(PassAtK.meanPassHat(new int[0], new int[0], 5).isEmpty());
        // tests without counted runs take part in no mean
        assertTrue(PassAtK.meanPassAt(new int[] {0, 0}, new int[] {0, 0}, 5).isEmpty());
        // 1 of 2: pass@1 = 1/2, pass@2 = 1; the test with no runs adds nothing
        assertEquals(Map.of(1, 0.5, 2, 1.0), PassAtK.meanPassAt(new int[] {1, 0}, new int[] {2, 0}, 5));
        assertEquals(Map.of(1, 0.5, 2, 0.0), PassAtK.meanPassHat(new int[] {1, 0}, new int[] {2, 0}, 5));
        // a huge maxK costs nothing extra
        assertEquals(List.of(1, 2, 3), List.copyOf(PassAtK.meanPassAt(passed, counted, Integer.MAX_VALUE).keySet()));
    }

    @Test
    void meansMatchExactPerTestValuesOnRandomSuites() {
        Random random = new Random(7);
        for (int suite = 0; suite < 30; suite++) {
            int tests = 1 + random.nextInt(30);
            int[] passed = new int[tests];
            int[] counted = new int[tests];
            for (int i = 0; i < tests; i++) {
                counted[i] = random.nextInt(21);
                passed[i] = counted[i] == 0 ? 0 : random.nextInt(counted[i] + 1);
            }
            int maxK = 1 + random.nextInt(25);
            SortedMap<Integer, Double> at = PassAtK.meanPassAt(passed, counted, maxK);
            SortedMap<Integer, Double> hat = PassAtK.meanPassHat(passed, counted, maxK);
            for (int k = 1; k <= maxK; k++) {
                double sumAt = 0;
                double sumHat = 0;
                int reached = 0;
                for (int i = 0; i < tests; i++) {
                    if (counted[i] >= k) {
                        sumAt += exactPassAt(counted[i], passed[i], k);
                        sumHat += exactPassHat(counted[i], passed[i], k);
                        reached++;
                    }
                }
                if (reached == 0) {
                    assertTrue(!at.containsKey(k) && !hat.containsKey(k), "k = " + k);
                } else {
                    assertEquals(sumAt / reached, at.get(k), 1e-13, "k = " + k);
                    assertEquals(sumHat / reached, hat.get(k), 1e-13, "k = " + k);
                }
            }
            assertTrue(at.keySet().stream().allMatch(k -> k >= 1 && k <= maxK));
        }
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PassAtK.passAt(3, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> PassAtK.passAt(3, 2, 4));
        assertThrows(IllegalArgumentException.class, () -> PassAtK.passAt(3, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> PassAtK.passAt(3, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> PassAtK.passAt(0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> PassAtK.passHat(3, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> PassAtK.passHat(3, 2, 4));
        assertThrows(IllegalArgumentException.class, () -> PassAtK.meanPassAt(new int[] {1}, new int[] {1, 1}, 2));
        assertThrows(IllegalArgumentException.class, () -> PassAtK.meanPassAt(new int[] {2}, new int[] {1}, 2));
        assertThrows(IllegalArgumentException.class, () -> PassAtK.meanPassHat(new int[] {1}, new int[] {1}, -1));
    }
}
