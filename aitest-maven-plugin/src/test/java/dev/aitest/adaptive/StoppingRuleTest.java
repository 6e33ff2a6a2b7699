package dev.aitest.adaptive;

import dev.aitest.model.SettledBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.gate.GateMode;
import dev.aitest.stats.Confidence;
import dev.aitest.stats.Interval;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stopping rule: the determined rule against every continuation, the conclusive rule against its definition. */
class StoppingRuleTest {

    private static final double Z = Confidence.z(0.95);

    @Test
    void determinedIsExactlyWhenEveryContinuationGivesTheSameVerdict() {
        // every prefix of passed, failed and skipped runs of a maximum of N <= 12, every continuation enumerated run
        // by run: the rule says determined exactly when the set of final verdicts has one element
        int checked = 0;
        for (GateMode gate : GateMode.values()) {
            for (double threshold : new double[] {0, 50, 80, 90, 100}) {
                for (int max = 1; max <= 12; max++) {
                    StoppingRule rule = new StoppingRule(1, max, gate, 0.95, Z);
                    for (int done = 0; done <= max; done++) {
                        for (int passed = 0; passed <= done; passed++) {
                            for (int failed = 0; passed + failed <= done; failed++) {
                                Set<Boolean> verdicts = new HashSet<>();
                                continuations(rule, passed, failed, max - done, threshold, verdicts);
                                assertEquals(verdicts.size() == 1, rule.determined(passed, failed, max - done, threshold),
                                        gate + " " + threshold + "% max " + max + ": " + passed + " passed, " + failed
                                                + " failed after " + done + " iterations");
                                checked++;
                            }
                        }
                    }
                }
            }
        }
        // sum over N = 1..12 of C(N + 3, 3) prefixes, for each of 3 gates and 5 thresholds
        assertEquals(3 * 5 * 1819, checked);
    }

    private static void continuations(StoppingRule rule, int passed, int failed, int remaining, double threshold,
            Set<Boolean> verdicts) {
        if (remaining == 0) {
            verdicts.add(rule.verdict(passed, passed + failed, threshold));
            return;
        }
        continuations(rule, passed + 1, failed, remaining - 1, threshold, verdicts);
        continuations(rule, passed, failed + 1, remaining - 1, threshold, verdicts);
        continuations(rule, passed, failed, remaining - 1, threshold, verdicts);
    }

    @Test
    void determinedCasesWorkedByHand() {
        StoppingRule observed = new StoppingRule(3, 10, GateMode.OBSERVED, 0.95, Z);
        // 80% of 10 runs needs 8 passes: 3 failures of 3 leave at most 7 -> fails, whatever follows
        assertEquals(SettledBy.DETERMINED, observed.settle(0, 3, 3, 80));
        // 2 failures of 3: 8 passes of 10 remain possible, and 7 failures too
        assertNull(observed.settle(1, 2, 3, 80));
        // 8 passes of 8: even two failures leave 8 of 10
        assertEquals(SettledBy.DETERMINED, observed.settle(8, 0, 8, 80));
        // but 7 of 7 does not: three failures give 7 of 10; and skips count: 8 of 8 with 2 left is 8 of 10 at worst
        assertNull(observed.settle(7, 0, 7, 80));
        // never before minIterations, never at the maximum, never without a counted run
        assertNull(observed.settle(0, 2, 2, 80));
        assertNull(observed.settle(0, 10, 10, 80));
        assertNull(observed.settle(0, 0, 5, 80));
    }

    @Test
    void conclusiveNeedsTheAnytimeIntervalOnOneSideAndTheGateAgreeing() {
        StoppingRule rule = new StoppingRule(3, 100, GateMode.OBSERVED, 0.95, Z);
        assertEquals(98, rule.looks());
        // 30 of 30 against 50%: the Clopper-Pearson low at alpha 0.05/98 is (0.05/98/2)^(1/30) = 0.777 >= 0.5
        Interval interval = rule.anytimeInterval(30, 30);
        assertEquals(Math.pow(0.05 / 98 / 2, 1.0 / 30), interval.low(), 1e-9);
        assertEquals(SettledBy.CONCLUSIVE, rule.settle(30, 0, 30, 50));
        // 0 of 30 against 50%: the high is 1 - (0.05/98/2)^(1/30) = 0.223 < 0.5, and the gate fails it
        assertEquals(SettledBy.CONCLUSIVE, rule.settle(0, 30, 30, 50));
        // 15 of 30 against 50% settles nothing
        assertNull(rule.settle(15, 15, 30, 50));
        // the gate must agree: the side of the interval is never the other verdict
        for (int n = 1; n <= 100; n++) {
            for (int k = 0; k <= n; k++) {
                for (double threshold : new double[] {50, 80, 95}) {
                    if (rule.conclusive(k, n, threshold)) {
                        assertEquals(rule.anytimeInterval(k, n).low() >= threshold / 100, rule.verdict(k, n, threshold));
                    }
                }
            }
        }
    }

    @Test
    void minIterationsOutsideOneToTheMaximumIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new StoppingRule(0, 10, GateMode.OBSERVED, 0.95, Z));
        assertThrows(IllegalArgumentException.class, () -> new StoppingRule(11, 10, GateMode.OBSERVED, 0.95, Z));
        assertFalse(new StoppingRule(10, 10, GateMode.OBSERVED, 0.95, Z).determined(0, 0, 10, 80));
        // a threshold of 0% is met by any counted run, but ten skips would leave none: not determined before one
        assertFalse(new StoppingRule(1, 10, GateMode.OBSERVED, 0.95, Z).determined(0, 0, 10, 0));
        assertTrue(new StoppingRule(1, 10, GateMode.OBSERVED, 0.95, Z).determined(0, 1, 9, 0));
    }
}
