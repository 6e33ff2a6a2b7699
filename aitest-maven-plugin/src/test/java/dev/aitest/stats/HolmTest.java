package dev.aitest.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HolmTest {

    /** The definition, literally and quadratically: on the sorted values, adj_(i) = max_{j<=i} min(1, (m-j+1) p_(j)). */
    private static double[] bruteForce(double[] p) {
        int m = p.length;
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        double[] adjustedSorted = new double[m];
        for (int i = 1; i <= m; i++) {
            double max = 0;
            for (int j = 1; j <= i; j++) {
                max = Math.max(max, Math.min(1, (m - j + 1) * sorted[j - 1]));
            }
            adjustedSorted[i - 1] = max;
        }
        double[] adjusted = new double[m];
        for (int i = 0; i < m; i++) {
            // tied values share one adjusted value, so any of their positions will do
            adjusted[i] = adjustedSorted[Arrays.binarySearch(sorted, p[i])];
        }
        return adjusted;
    }

    @Test
    void handWorkedExample() {
        // sorted: 0.005 x4 = 0.02, 0.01 x3 = 0.03, 0.03 x2 = 0.06, 0.04 x1 = 0.04 -> max so far 0.06
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005}),
                1e-15);
    }

    @Test
    void secondHandWorkedExample() {
        // 0.01 x5 = 0.05, 0.02 x4 = 0.08, 0.03 x3 = 0.09, 0.04 x2 = 0.08 -> 0.09, 0.05 x1 = 0.05 -> 0.09
        assertArrayEquals(new double[] {0.09, 0.05, 0.09, 0.08, 0.09},
                Holm.adjust(new double[] {0.05, 0.01, 0.04, 0.02, 0.03}), 1e-15);
    }

    @Test
    void cappedAtOne() {
        assertArrayEquals(new double[] {1, 1}, Holm.adjust(new double[] {0.6, 0.7}));
        assertArrayEquals(new double[] {0.6, 0.6}, Holm.adjust(new double[] {0.3, 0.6}), 1e-15);
        assertArrayEquals(new double[] {1, 1, 1}, Holm.adjust(new double[] {1, 1, 1}));
    }

    @Test
    void tiesShareAValue() {
        assertArrayEquals(new double[] {0.06, 0.06, 0.5}, Holm.adjust(new double[] {0.02, 0.02, 0.5}), 1e-15);
        assertArrayEquals(new double[] {0.5, 0.06, 0.06}, Holm.adjust(new double[] {0.5, 0.02, 0.02}), 1e-15);
    }

    @Test
    void emptyAndSingle() {
        assertEquals(0, Holm.adjust(new double[0]).length);
        assertArrayEquals(new double[] {0.04}, Holm.adjust(new double[] {0.04}));
        assertArrayEquals(new double[] {0.0}, Holm.adjust(new double[] {0.0}));
    }

    @Test
    void theInputIsLeftAlone() {
        double[] p = {0.01, 0.04, 0.03, 0.005};
        Holm.adjust(p);
        assertArrayEquals(new double[] {0.01, 0.04, 0.03, 0.005}, p);
    }

    @Test
    void matchesTheDefinitionOnRandomInputs() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            double[] p = new double[random.nextInt(30)];
            for (int i = 0; i < p.length; i++) {
                // some ties, some tiny values
                p[i] = random.nextInt(4) == 0 ? random.nextInt(5) / 100.0 : Math.pow(random.nextDouble(), 3);
            }
            double[] adjusted = Holm.adjust(p);
            assertArrayEquals(bruteForce(p), adjusted, 1e-15);
            for (int i = 0; i < p.length; i++) {
                assertTrue(adjusted[i] >= p[i] && adjusted[i] <= 1);
                for (int j = 0; j < p.length; j++) {
                    assertTrue(p[i] > p[j] || adjusted[i] <= adjusted[j], "order kept");
                }
            }
        }
    }

    @Test
    void invalidPValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Holm.adjust(new double[] {0.1, 1.5}));
        assertThrows(IllegalArgumentException.class, () -> Holm.adjust(new double[] {-0.1}));
        assertThrows(IllegalArgumentException.class, () -> Holm.adjust(new double[] {Double.NaN}));
    }
}
