package dev.aitest.stats;

import java.util.Arrays;
import java.util.Comparator;

/** Holm's step-down correction of p-values for many tests at once. */
public final class Holm {

    private Holm() {
    }

    /**
     * Holm's step-down adjusted p-values, in the input order. With the m p-values sorted ascending, p_(1) &lt;= ... &lt;=
     * p_(m): adj_(i) = max over j &lt;= i of min(1, (m - j + 1) * p_(j)) (1-based), so the adjusted values keep the
     * order of the raw ones and never exceed 1. Tied p-values get the same adjusted value. Empty in, empty out.
     *
     * @throws IllegalArgumentException when a p-value is outside [0, 1] (or NaN)
     */
    public static double[] adjust(double[] p) {
        int m = p.length;
        for (double value : p) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("p-value " + value + " is outside [0, 1]");
            }
        }
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] adjusted = new double[m];
        double running = 0;
        for (int j = 0; j < m; j++) {
            int index = order[j];
            running = Math.max(running, Math.min(1, (m - j) * p[index]));
            adjusted[index] = running;
        }
        return adjusted;
    }
}
