package dev.aitest.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class FisherTest {

    /** n! for n up to 700, exactly. */
    private static final BigInteger[] FACTORIAL = new BigInteger[701];

    static {
        FACTORIAL[0] = BigInteger.ONE;
        for (int n = 1; n < FACTORIAL.length; n++) {
            FACTORIAL[n] = FACTORIAL[n - 1].multiply(BigInteger.valueOf(n));
        }
    }

    /** C(n, k) = n! / (k! (n-k)!) exactly. */
    private static BigInteger choose(int n, int k) {
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        return FACTORIAL[n].divide(FACTORIAL[k].multiply(FACTORIAL[n - k]));
    }

    /**
     * The one-sided p-value summed directly: with the margins fixed, passedNow = x has probability
     * C(passed, x) C(failed, now - x) / C(total, now). lower: P(X <= a); otherwise P(X >= a).
     */
    private static double exact(int a, int b, int c, int d, boolean lower) {
        int passed = a + c;
        int failed = b + d;
        int now = a + b;
        BigInteger tail = BigInteger.ZERO;
        for (int x = 0; x <= now; x++) {
            if (lower ? x <= a : x >= a) {
                tail = tail.add(choose(passed, x).multiply(choose(failed, now - x)));
            }
        }
        return new BigDecimal(tail).divide(new BigDecimal(choose(passed + failed, now)), MathContext.DECIMAL128)
                .doubleValue();
    }

    private static void assertMatchesExact(int a, int b, int c, int d) {
        String what = "[[" + a + ", " + b + "], [" + c + ", " + d + "]]";
        double worse = exact(a, b, c, d, true);
        double better = exact(a, b, c, d, false);
        assertEquals(worse, Fisher.worse(a, b, c, d), 1e-12 * worse, what + " worse");
        assertEquals(better, Fisher.better(a, b, c, d), 1e-12 * better, what + " better");
    }

    @Test
    void allPassingNowAgainstAllFailingThen() {
        // only one table has all three passes in the first row: 1 / C(6, 3) = 1/20
        assertEquals(0.05, exact(3, 0, 0, 3, false), 0);
        assertEquals(0.05, Fisher.better(3, 0, 0, 3), 1e-15);
        assertEquals(1.0, Fisher.worse(3, 0, 0, 3));
        assertEquals(0.05, Fisher.worse(0, 3, 3, 0), 1e-15);
        assertEquals(1.0, Fisher.better(0, 3, 3, 0));
    }

    @Test
    void ladyTastingTea() {
        // Fisher's own example: 3 of 4 cups right, P(X >= 3) = (16 + 1) / 70
        assertEquals(17.0 / 70, Fisher.better(3, 1, 1, 3), 1e-15);
        assertEquals(1 - 1.0 / 70, Fisher.worse(3, 1, 1, 3), 1e-15);
    }

    @Test
    void matchesTheHypergeometricSumForEverySmallTable() {
        for (int a = 0; a <= 7; a++) {
            for (int b = 0; b <= 7; b++) {
                for (int c = 0; c <= 7; c++) {
                    for (int d = 0; d <= 7; d++) {
                        if (a + b > 0 && c + d > 0) {
                            assertMatchesExact(a, b, c, d);
                        }
                    }
                }
            }
        }
    }

    @Test
    void matchesTheHypergeometricSumForLargerTables() {
        assertMatchesExact(50, 50, 40, 60);
        assertMatchesExact(95, 5, 100, 0);
        assertMatchesExact(180, 20, 199, 1);
        assertMatchesExact(10, 190, 190, 10);
        assertMatchesExact(300, 1, 290, 11);
        assertMatchesExact(0, 1, 500, 0);
    }

    @Test
    void sameRatesAreNotSignificant() {
        assertEquals(1.0, Fisher.worse(5, 5, 5, 5) + Fisher.better(5, 5, 5, 5)
                - exact(5, 5, 5, 5, true) - exact(5, 5, 5, 5, false) + 1, 1e-12);
        // nothing failed anywhere: X is fixed, both tails are 1
        assertEquals(1.0, Fisher.worse(10, 0, 10, 0), 1e-15);
        assertEquals(1.0, Fisher.better(10, 0, 10, 0), 1e-15);
    }

    @Test
    void anEmptyRowHasNothingToCompare() {
        assertEquals(1.0, Fisher.worse(0, 0, 3, 2));
        assertEquals(1.0, Fisher.better(0, 0, 3, 2));
        assertEquals(1.0, Fisher.worse(3, 2, 0, 0));
        assertEquals(1.0, Fisher.better(0, 0, 0, 0));
    }

    @Test
    void negativeCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Fisher.worse(-1, 0, 3, 3));
        assertThrows(IllegalArgumentException.class, () -> Fisher.better(1, 0, 3, -3));
    }
}
