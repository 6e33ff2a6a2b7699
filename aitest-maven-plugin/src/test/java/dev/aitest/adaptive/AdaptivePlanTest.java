package dev.aitest.adaptive;

import dev.aitest.model.SettledBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.gate.GateMode;
import dev.aitest.stats.Confidence;
import dev.aitest.stats.RateText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The overall rate first, then each test: worked by hand, against every continuation, and simulated. */
class AdaptivePlanTest {

    private static final double Z = Confidence.z(0.95);

    private static AdaptivePlan plan(GateMode gate, double minPassRate, int min, int max) {
        return new AdaptivePlan(new StoppingRule(min, max, gate, 0.95, Z), gate, minPassRate, 0.95, min, max);
    }

    @Test
    void everyTestRunsUntilTheOverallRateIsSettledThenTestsWithoutAThresholdStopWithIt() {
        // 4 tests that always pass, max 10, aitest.minPassRate 50%: after iteration i, 4i of 4i passed and 4(10 - i)
        // runs remain; all of them failing leaves 4i of 40, at least 50% from i = 5
        AdaptivePlan plan = plan(GateMode.OBSERVED, 50, 3, 10);
        for (int i = 1; i <= 4; i++) {
            plan.after(i, tallies(i, 80.0), 4, 4);
            assertNull(plan.overallAt(), "iteration " + i);
            assertTrue(plan.runs("T0") && plan.runs("T3"));
        }
        plan.after(5, tallies(5, 80.0), 4, 4);
        assertEquals(new AdaptivePlan.Settled(5, SettledBy.DETERMINED), plan.overallAt());
        // T0 has 80% of its own: 5 of 5, with 5 to come, is not yet 8 of 10 for sure; the others have none
        assertTrue(plan.runs("T0"));
        assertEquals(new AdaptivePlan.Settled(5, SettledBy.DETERMINED), plan.settled().get("T1"));
        for (int i = 6; i <= 7; i++) {
            plan.after(i, tallies(i, 80.0), 0, 0);
            assertTrue(plan.runs("T0"), "iteration " + i);
        }
        // 8 of 8: two failures still leave 8 of 10
        plan.after(8, tallies(8, 80.0), 0, 0);
        assertEquals(new AdaptivePlan.Settled(8, SettledBy.DETERMINED), plan.settled().get("T0"));
        assertEquals(List.of("T1", "T2", "T3", "T0"), List.copyOf(plan.settled().keySet()));
    }

    private static List<AdaptivePlan.Tally> tallies(int passedEach, Double firstThreshold) {
        List<AdaptivePlan.Tally> tallies = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            tallies.add(new AdaptivePlan.Tally("T" + t, passedEach, 0, t == 0 ? firstThreshold : null));
        }
        return tallies;
    }

    @Test
    void theOverallRateIsDeterminedExactlyWhenEveryContinuationGivesItsVerdict() {
        int checked = 0;
        for (int tests = 1; tests <= 3; tests++) {
            for (int max = 2; max <= 4; max++) {
                for (double threshold : new double[] {0, 50, 80, 100}) {
                    for (int counted = 0; counted <= tests; counted++) {
                        for (int passed = 0; passed <= counted; passed++) {
                            AdaptivePlan plan = plan(GateMode.OBSERVED, threshold, 1, max);
                            List<AdaptivePlan.Tally> all = new ArrayList<>();
                            for (int t = 0; t < tests; t++) {
                                all.add(new AdaptivePlan.Tally("T" + t, 0, 0, null));
                            }
                            plan.after(1, all, passed, counted);
                            Set<Boolean> verdicts = new HashSet<>();
                            continuations(passed, counted, tests * (max - 1), threshold, verdicts);
                            boolean determined = plan.overallAt() != null
                                    && plan.overallAt().by() == SettledBy.DETERMINED;
                            assertEquals(verdicts.size() == 1, determined, tests + " tests, max " + max + ", "
                                    + threshold + "%: " + passed + " of " + counted);
                            checked++;
                        }
                    }
                }
            }
        }
        // for 1, 2, 3 tests: 3, 6, 10 first iterations, for 3 maxima and 4 thresholds
        assertEquals((3 + 6 + 10) * 3 * 4, checked);
    }

    private static void continuations(int passed, int counted, int remaining, double threshold, Set<Boolean> verdicts) {
        if (remaining == 0) {
            verdicts.add(counted == 0 ? null : RateText.atLeast(passed, counted, threshold));
            return;
        }
        continuations(passed + 1, counted + 1, remaining - 1, threshold, verdicts);
        continuations(passed, counted + 1, remaining - 1, threshold, verdicts);
        continuations(passed, counted, remaining - 1, threshold, verdicts);
    }

    @Test
    void underStrictAndLenientGatesTheOverallRateIsNeverTakenAsDetermined() {
        AdaptivePlan plan = plan(GateMode.STRICT, 50, 3, 10);
        for (int i = 1; i <= 9; i++) {
            plan.after(i, List.of(new AdaptivePlan.Tally("T", i, 0, null)), 1, 1);
            assertTrue(plan.overallAt() == null || plan.overallAt().by() == SettledBy.CONCLUSIVE);
        }
    }

    @Test
    void aConclusiveOverallVerdictIsWrongForAtMostOneMinusConfidenceOfSeededSuites() {
        // 5 tests with true rates 60..100% (mean 80%), 100 iterations at most, thresholds around the mean
        double[] rates = {0.6, 0.7, 0.8, 0.9, 1.0};
        for (double threshold : new double[] {70, 80, 90}) {
            boolean truth = 80 >= threshold;
            int wrong = 0;
            int conclusive = 0;
            int suites = 2_000;
            for (int s = 0; s < suites; s++) {
                SplittableRandom random = new SplittableRandom(7_919L * s + (long) threshold);
                AdaptivePlan plan = plan(GateMode.OBSERVED, threshold, 3, 100);
                int passedAll = 0;
                int countedAll = 0;
                List<AdaptivePlan.Tally> five = new ArrayList<>();
                for (int t = 0; t < rates.length; t++) {
                    five.add(new AdaptivePlan.Tally("T" + t, 0, 0, null));
                }
                for (int i = 1; i <= 100 && plan.overallAt() == null; i++) {
                    int passed = 0;
                    for (double rate : rates) {
                        passed += random.nextDouble() < rate ? 1 : 0;
                    }
                    passedAll += passed;
                    countedAll += rates.length;
                    plan.after(i, five, passed, rates.length);
                }
                if (plan.overallAt() != null && plan.overallAt().by() == SettledBy.CONCLUSIVE) {
                    conclusive++;
                    wrong += RateText.atLeast(passedAll, countedAll, threshold) != truth ? 1 : 0;
                }
            }
            assertTrue(wrong <= 0.05 * suites, threshold + "%: " + wrong + " wrong of " + conclusive);
            if (threshold != 80) {
                // 10 points from the mean: Hoeffding's margin, sqrt(ln(2 x 98 / 0.05) / 2i), is under 0.1 from
                // i = 414 only, so 100 iterations settle none of these suites conclusively: conservative
                assertEquals(0, conclusive, threshold + "%");
            }
        }
    }
}
