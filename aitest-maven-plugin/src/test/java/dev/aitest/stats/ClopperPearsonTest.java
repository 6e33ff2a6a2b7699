package dev.aitest.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The exact interval against its closed forms at the edges, published values, and its coverage summed exactly. */
class ClopperPearsonTest {

    @Test
    void theEdgesHaveClosedForms() {
        for (int n = 1; n <= 50; n++) {
            // k = 0: high solves (1 - p)^n = alpha/2; k = n: low solves p^n = alpha/2
            Interval none = ClopperPearson.interval(0, n, 0.05);
            assertEquals(0.0, none.low());
            assertEquals(1 - Math.pow(0.025, 1.0 / n), none.high(), 1e-9, "n = " + n);
            Interval all = ClopperPearson.interval(n, n, 0.05);
            assertEquals(Math.pow(0.025, 1.0 / n), all.low(), 1e-9, "n = " + n);
            assertEquals(1.0, all.high());
        }
        // n = 1, k = 1: low = 0.025
        assertEquals(0.025, ClopperPearson.interval(1, 1, 0.05).low(), 1e-12);
    }

    @Test
    void publishedValues() {
        // Clopper-Pearson 95% intervals as tabulated, e.g. by Brown, Cai and DasGupta (2001) and R's binom.test
        Interval half = ClopperPearson.interval(5, 10, 0.05);
        assertEquals(0.1871, half.low(), 5e-5);
        assertEquals(0.8129, half.high(), 5e-5);
        Interval one = ClopperPearson.interval(1, 10, 0.05);
        assertEquals(0.002529, one.low(), 5e-7);
        assertEquals(0.4450, one.high(), 5e-5);
        Interval most = ClopperPearson.interval(18, 20, 0.05);
        assertEquals(0.6830, most.low(), 5e-5);
        assertEquals(0.9877, most.high(), 5e-5);
    }

    @Test
    void itsCoverageIsAtLeastTheLevelForEveryRate() {
        // the chance that the interval holds p, summed exactly over k of Binomial(n, p)
        for (int n : new int[] {1, 2, 5, 10, 20, 50}) {
            for (int i = 1; i < 200; i++) {
                double p = i / 200.0;
                double covered = 0;
                for (int k = 0; k <= n; k++) {
                    Interval interval = ClopperPearson.interval(k, n, 0.05);
                    if (interval.low() <= p && p <= interval.high()) {
                        covered += binomial(n, k, p);
                    }
                }
                assertTrue(covered >= 0.95 - 1e-12, "coverage " + covered + " at n = " + n + ", p = " + p);
            }
        }
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ClopperPearson.interval(3, 2, 0.05));
        assertThrows(IllegalArgumentException.class, () -> ClopperPearson.interval(0, 0, 0.05));
        assertThrows(IllegalArgumentException.class, () -> ClopperPearson.interval(1, 2, 0));
    }

    private static double binomial(int n, int k, double p) {
        double c = 1;
        for (int i = 0; i < k; i++) {
            c = c * (n - i) / (i + 1);
        }
        return c * Math.pow(p, k) * Math.pow(1 - p, n - k);
    }
}
