package dev.aitest.adaptive;

import dev.aitest.model.SettledBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.gate.GateMode;
import dev.aitest.stats.Confidence;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The stopping rule on 10,000 seeded sequences of runs for each true rate (the threshold, 5 and 15 points on either
 * side) and each maximum (20, 100): a determined verdict is always the fixed run's, and the wrong verdicts of
 * conclusive stops (below a threshold the true rate meets, or meeting one it does not) are at most 1 - confidence of
 * the sequences. Prints the table the README shows.
 */
class StoppingSimulationTest {

    private static final int SEQUENCES = 10_000;
    private static final double THRESHOLD = 80;
    private static final double CONFIDENCE = 0.95;

    /** What one configuration gave. */
    record Row(double rate, int max, double meanRuns, int determined, int conclusive, int wrongConclusive,
            int determinedDiffering, int fixedWrong, int sequences) {
    }

    @Test
    void determinedVerdictsAreTheFixedRunsAndConclusiveOnesAreWrongAtMostOneMinusConfidence() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "| true rate | max | mean runs | saved | determined | conclusive | wrong conclusive (of all) "
                        + "| wrong conclusive (of conclusive) | fixed run wrong |%n|---|---|---|---|---|---|---|---|---|%n"));
        for (GateMode gate : GateMode.values()) {
            for (int max : new int[] {20, 100}) {
                for (double rate : new double[] {65, 75, 80, 85, 95}) {
                    Row row = simulate(gate, rate, max, gate == GateMode.OBSERVED ? SEQUENCES : SEQUENCES / 10);
                    assertEquals(0, row.determinedDiffering(), gate + " " + rate + "% max " + max);
                    assertTrue(row.wrongConclusive() <= (1 - CONFIDENCE) * row.sequences(),
                            gate + " " + rate + "% max " + max + ": " + row);
                    if (gate == GateMode.OBSERVED) {
                        table.append(String.format(Locale.ROOT, "| %.0f%% | %d | %.1f | %.0f%% | %.1f%% | %.1f%% | %.2f%% | %s | %.1f%% |%n",
                                rate, max, row.meanRuns(), 100 * (1 - row.meanRuns() / max),
                                100.0 * row.determined() / SEQUENCES, 100.0 * row.conclusive() / SEQUENCES,
                                100.0 * row.wrongConclusive() / SEQUENCES,
                                row.conclusive() == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%",
                                        100.0 * row.wrongConclusive() / row.conclusive()),
                                100.0 * row.fixedWrong() / SEQUENCES));
                    }
                }
            }
        }
        System.out.println("threshold " + THRESHOLD + "%, confidence " + CONFIDENCE + ", minIterations 3, gate observed, "
                + SEQUENCES + " sequences per row\n" + table);
    }

    private static Row simulate(GateMode gate, double rate, int max, int sequences) {
        StoppingRule rule = new StoppingRule(3, max, gate, CONFIDENCE, Confidence.z(CONFIDENCE));
        boolean truth = rate >= THRESHOLD;
        long runs = 0;
        int determined = 0;
        int conclusive = 0;
        int wrong = 0;
        int differing = 0;
        int fixedWrong = 0;
        for (int s = 0; s < sequences; s++) {
            SplittableRandom random = new SplittableRandom(1_000_003L * s + max);
            boolean[] outcomes = new boolean[max];
            int total = 0;
            for (int i = 0; i < max; i++) {
                outcomes[i] = random.nextDouble() * 100 < rate;
                total += outcomes[i] ? 1 : 0;
            }
            Boolean fixed = rule.verdict(total, max, THRESHOLD);
            fixedWrong += fixed != truth ? 1 : 0;
            int passed = 0;
            int used = max;
            for (int i = 1; i <= max; i++) {
                passed += outcomes[i - 1] ? 1 : 0;
                SettledBy by = rule.settle(passed, i - passed, i, THRESHOLD);
                if (by == null) {
                    continue;
                }
                used = i;
                Boolean verdict = rule.verdict(passed, i, THRESHOLD);
                if (by == SettledBy.DETERMINED) {
                    determined++;
                    differing += verdict.equals(fixed) ? 0 : 1;
                } else {
                    conclusive++;
                    wrong += verdict != truth ? 1 : 0;
                }
                break;
            }
            runs += used;
        }
        return new Row(rate, max, (double) runs / sequences, determined, conclusive, wrong, differing, fixedWrong, sequences);
    }
}
