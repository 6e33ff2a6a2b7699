package dev.aitest.baseline;

import dev.aitest.fixture.Fixture;
import static dev.aitest.baseline.BaselineFixtures.results;
import static dev.aitest.baseline.BaselineFixtures.test;
import static dev.aitest.baseline.BaselineFixtures.withAgents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.model.BaselineAgent;
import dev.aitest.model.BaselineChange;
import dev.aitest.model.BaselineComparison;
import dev.aitest.model.BaselineCounts;
import dev.aitest.model.BaselineOverall;
import dev.aitest.model.BaselineRuns;
import dev.aitest.model.BaselineSource;
import dev.aitest.model.TestChange;
import dev.aitest.model.Results;
import dev.aitest.model.TestKind;
import dev.aitest.model.TestResult;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every figure of a comparison against a second, plain implementation written here: Fisher's p-values as direct
 * hypergeometric sums of exact binomials, Holm's correction by its definition, the t-interval by its formula with
 * published t quantiles.
 */
class ComparisonTest {

    // published two-sided t quantiles t_{0.975, df} (NIST/SEMATECH e-Handbook, table 1.3.6.7.2)
    private static final double T975_DF3 = 3.182446305;
    private static final double T975_DF4 = 2.776445105;
    private static final double T975_DF9 = 2.262157163;

    private static final String STARTED = "2024-05-01T10:15:30Z";

    // ---- the plain implementations ----

    /** C(n, k) exactly. */
    private static BigInteger choose(int n, int k) {
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        BigInteger result = BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            result = result.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return result;
    }

    /**
     * The one-sided Fisher p-value of [[a, b], [c, d]] (now, then) summed directly: with the margins fixed, passed
     * now = x has probability C(a + c, x) C(b + d, a + b - x) / C(a + b + c + d, a + b). lower: P(X <= a), else
     * P(X >= a).
     */
    private static double fisher(int a, int b, int c, int d, boolean lower) {
        BigInteger tail = BigInteger.ZERO;
        for (int x = 0; x <= a + b; x++) {
            if (lower ? x <= a : x >= a) {
                tail = tail.add(choose(a + c, x).multiply(choose(b + d, a + b - x)));
            }
        }
        return new BigDecimal(tail).divide(new BigDecimal(choose(a + b + c + d, a + b)), MathContext.DECIMAL128)
                .doubleValue();
    }

    /** Holm by its definition: on the ascending p_(1..m), adj_(i) = max_{j <= i} min(1, (m - j + 1) p_(j)). */
    private static double[] holm(double[] p) {
        int m = p.length;
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        double[] adjusted = new double[m];
        for (int i = 0; i < m; i++) {
            // the rank of p_i: its first place among the sorted values (tied values share one adjusted value)
            int rank = 1;
            while (sorted[rank - 1] != p[i]) {
                rank++;
            }
            double max = 0;
            for (int j = 1; j <= rank; j++) {
                max = Math.max(max, Math.min(1, (m - j + 1) * sorted[j - 1]));
            }
            adjusted[i] = max;
        }
        return adjusted;
    }

    /** mean -/+ t s / sqrt(n), s with n - 1 in the denominator: {mean, low, high}. */
    private static double[] tInterval(double[] d, double t) {
        double mean = Arrays.stream(d).sum() / d.length;
        double squares = Arrays.stream(d).map(x -> (x - mean) * (x - mean)).sum();
        double half = t * Math.sqrt(squares / (d.length - 1)) / Math.sqrt(d.length);
        return new double[] {mean, mean - half, mean + half};
    }

    private static double two(double value, RoundingMode mode) {
        return new BigDecimal(value).setScale(2, mode).doubleValue() + 0.0;
    }

    private static void assertClose(double expected, Double actual, String what) {
        assertEquals(expected, actual, 1e-12 * expected, what);
    }

    private static Baseline baseline(List<TestResult> tests) {
        return Baseline.of(results("2024-04-01T08:00:00Z", 20, tests), "aitest-baseline.json");
    }

    private static TestChange find(BaselineComparison comparison, String id) {
        return comparison.tests().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    // ---- the comparisons ----

    /**
     * Ten tests with counted runs on both sides, two more matched without, one new and one removed. Test b fails 5
     * of 20 against none: p = 0.0236 alone, 0.212 after Holm over ten; test a fails 10 of 20: significant still.
     */
    private static final String P = "com.example.PlannerTest#";
    private static final String C = "com.example.CoderTest#";

    private static Results mixedNow() {
        return withAgents(results(STARTED, 20, List.of(
                test(P + "a", "planner", 10, 10, 0),
                test(P + "b", "planner", 15, 5, 0),
                test(P + "c", "planner", 18, 2, 0),
                test(P + "d", "planner", 20, 0, 0),
                test(P + "e", "planner", 19, 1, 0),
                test(C + "f", "coder", 8, 2, 10),
                test(C + "g", "coder", 20, 0, 0),
                test(C + "h", "coder", 0, 20, 0),
                test(C + "i", "coder", 14, 6, 0),
                test("com.example.MixedTest#j", 3, 1, 16),
                test("com.example.MixedTest#k", 0, 0, 20),
                test("com.example.MixedTest#l", 5, 0, 15),
                test("com.example.MixedTest#m", 20, 0, 0))), "coder", "planner", "idle");
    }

    private static Baseline mixedThen() {
        return baseline(List.of(
                test(P + "a", "planner", 20, 0, 0),
                test(P + "b", "planner", 20, 0, 0),
                test(P + "c", "planner", 17, 3, 0),
                test(P + "d", "planner", 12, 8, 0),
                test(P + "e", "planner", 19, 1, 0),
                test(C + "f", "coder", 9, 1, 10),
                test(C + "g", "coder", 20, 0, 0),
                test(C + "h", "coder", 0, 20, 0),
                test(C + "i", "coder", 16, 4, 0),
                test("com.example.MixedTest#j", 2, 2, 16),
                test("com.example.MixedTest#k", 0, 0, 20),
                test("com.example.MixedTest#l", 0, 0, 20),
                test("com.example.MixedTest#n", 20, 0, 0)));
    }

    @Test
    void everyTestIsClassifiedWithItsFisherPValuesAfterHolm() {
        BaselineComparison comparison = Comparison.compare(mixedNow(), mixedThen(), 0.95);

        // the ten tests with counted runs on both sides, [passed now, failed now, passed then, failed then]
        String[] ids = {P + "a", P + "b", P + "c", P + "d", P + "e", C + "f", C + "g", C + "h", C + "i",
            "com.example.MixedTest#j"};
        int[][] tables = {{10, 10, 20, 0}, {15, 5, 20, 0}, {18, 2, 17, 3}, {20, 0, 12, 8}, {19, 1, 19, 1},
            {8, 2, 9, 1}, {20, 0, 20, 0}, {0, 20, 0, 20}, {14, 6, 16, 4}, {3, 1, 2, 2}};
        double[] worse = new double[10];
        double[] better = new double[10];
        for (int i = 0; i < 10; i++) {
            int[] t = tables[i];
            worse[i] = fisher(t[0], t[1], t[2], t[3], true);
            better[i] = fisher(t[0], t[1], t[2], t[3], false);
        }
        double[] worseAdjusted = holm(worse);
        double[] betterAdjusted = holm(better);
        // by hand: 0.05 is reached by a (worse 0.000218 x 10) and d (better 0.001638 x 10) only; b's 0.0236 is not
        // below 0.05 / 9 after a took the first rank
        assertEquals(0.0021795989537925, worseAdjusted[0], 1e-15);
        assertEquals(0.2120582120582121, worseAdjusted[1], 1e-15);
        assertEquals(0.0163800163800164, betterAdjusted[3], 1e-15);

        BaselineChange[] expected = {BaselineChange.REGRESSED, BaselineChange.CHANGED, BaselineChange.CHANGED,
            BaselineChange.IMPROVED, BaselineChange.UNCHANGED, BaselineChange.CHANGED, BaselineChange.UNCHANGED,
            BaselineChange.UNCHANGED, BaselineChange.CHANGED, BaselineChange.CHANGED};
        for (int i = 0; i < 10; i++) {
            int[] t = tables[i];
            boolean lower = (long) t[0] * (t[2] + t[3]) < (long) t[2] * (t[0] + t[1]);
            BaselineChange shouldBe = worseAdjusted[i] < 0.05 ? BaselineChange.REGRESSED
                    : betterAdjusted[i] < 0.05 ? BaselineChange.IMPROVED
                    : (long) t[0] * (t[2] + t[3]) == (long) t[2] * (t[0] + t[1]) ? BaselineChange.UNCHANGED
                    : BaselineChange.CHANGED;
            assertEquals(expected[i], shouldBe, ids[i]);
            String id = ids[i];
            if (expected[i] == BaselineChange.UNCHANGED) {
                assertTrue(comparison.tests().stream().noneMatch(entry -> entry.id().equals(id)), id);
                continue;
            }
            TestChange entry = find(comparison, ids[i]);
            assertEquals(expected[i], entry.change(), ids[i]);
            assertEquals(BaselineRuns.of(t[0], t[0] + t[1]), entry.after(), ids[i]);
            assertEquals(BaselineRuns.of(t[2], t[2] + t[3]), entry.before(), ids[i]);
            assertClose(lower ? worse[i] : better[i], entry.pValue(), ids[i] + " p");
            assertClose(lower ? worseAdjusted[i] : betterAdjusted[i], entry.adjustedPValue(), ids[i] + " adjusted");
        }

        TestChange skippedOnceNow = find(comparison, "com.example.MixedTest#l");
        assertEquals(new TestChange("com.example.MixedTest#l", null, null, BaselineChange.CHANGED,
                new BaselineRuns(0, 0, null), new BaselineRuns(5, 5, 100.0), null, null), skippedOnceNow);
        assertEquals(new TestChange("com.example.MixedTest#m", null, null, BaselineChange.NEW, null,
                new BaselineRuns(20, 20, 100.0), null, null), find(comparison, "com.example.MixedTest#m"));
        assertEquals(new TestChange("com.example.MixedTest#n", null, null, BaselineChange.REMOVED,
                new BaselineRuns(20, 20, 100.0), null, null, null), find(comparison, "com.example.MixedTest#n"));

        // e, g, h (same counts) and k (no counted run on either side) are unchanged
        assertEquals(new BaselineCounts(1, 1, 6, 4, 1, 1), comparison.counts());
        assertEquals(new BaselineSource("aitest-baseline.json", "2024-04-01T08:00:00Z", 20), comparison.source());
    }

    @Test
    void testsAreListedRegressedImprovedChangedNewRemovedEachByAdjustedPValue() {
        BaselineComparison comparison = Comparison.compare(mixedNow(), mixedThen(), 0.95);

        // changed: b (0.212), then i, c, f, j at 1.0 by raw p (i 0.358, then c, f, j at 0.5 by id: CoderTest#f,
        // MixedTest#j, PlannerTest#c; the three 0.5 differ in their last binary digits, which do not decide), then
        // l (none)
        assertEquals(List.of(P + "a", P + "d", P + "b", C + "i", C + "f", "com.example.MixedTest#j", P + "c",
                "com.example.MixedTest#l", "com.example.MixedTest#m", "com.example.MixedTest#n"),
                comparison.tests().stream().map(TestChange::id).toList());
        assertEquals(0.5, find(comparison, P + "c").pValue(), 1e-15);
        assertEquals(0.5, find(comparison, C + "f").pValue(), 1e-15);
        assertEquals(0.3582132775681163, find(comparison, C + "i").pValue(), 1e-15);
    }

    @Test
    void theOverallDifferenceIsTheMeanOfThePerTestDifferencesWithItsTInterval() {
        BaselineComparison comparison = Comparison.compare(mixedNow(), mixedThen(), 0.95);

        // now - then in percentage points: a -50, b -25, c +5, d +40, e 0, f -10, g 0, h 0, i -10, j +25
        double[] differences = {-50, -25, 5, 40, 0, -10, 0, 0, -10, 25};
        double[] interval = tInterval(differences, T975_DF9);
        assertEquals(-2.5, interval[0], 1e-12);
        assertEquals(new BaselineOverall(-2.5, two(interval[1], RoundingMode.FLOOR),
                two(interval[2], RoundingMode.CEILING), 10, false, false), comparison.overall());
        // by hand: s = sqrt(5612.5 / 9) = 24.972, half = 2.262157163 x 24.972 / sqrt(10) = 17.704
        assertEquals(new BaselineOverall(-2.5, -20.21, 15.21, 10, false, false), comparison.overall());
    }

    @Test
    void eachAgentOfTheLeaderboardHasItsOwnDifferenceInItsOrder() {
        BaselineComparison comparison = Comparison.compare(mixedNow(), mixedThen(), 0.95);

        double[] coder = tInterval(new double[] {-10, 0, 0, -10}, T975_DF3);
        double[] planner = tInterval(new double[] {-50, -25, 5, 40, 0}, T975_DF4);
        assertEquals(List.of(
                new BaselineAgent("coder", -5.0, two(coder[1], RoundingMode.FLOOR), two(coder[2], RoundingMode.CEILING),
                        4, false, false),
                new BaselineAgent("planner", -6.0, two(planner[1], RoundingMode.FLOOR),
                        two(planner[2], RoundingMode.CEILING), 5, false, false),
                new BaselineAgent("idle", null, null, null, 0, false, false)), comparison.agents());
        assertEquals(List.of(
                new BaselineAgent("coder", -5.0, -14.19, 4.19, 4, false, false),
                new BaselineAgent("planner", -6.0, -47.97, 35.97, 5, false, false),
                new BaselineAgent("idle", null, null, null, 0, false, false)), comparison.agents());
    }

    @Test
    void threeRunsAgainstThreeAreNeverSignificantEvenAllPassingAgainstAllFailing() {
        // 0 of 3 now against 3 of 3 then: one table of C(6, 3) = 20 has no pass in the first row, p = 1/20
        assertEquals(0.05, fisher(0, 3, 3, 0, true), 0);

        // alone, p = 0.05 is not below alpha = 0.05
        BaselineComparison alone = Comparison.compare(results(STARTED, 3, List.of(test("x.ATest#t0", 0, 3, 0))),
                baseline(List.of(test("x.ATest#t0", 3, 0, 0))), 0.95);
        TestChange only = alone.tests().get(0);
        assertEquals(BaselineChange.CHANGED, only.change());
        assertEquals(0.05, only.pValue(), 1e-15);
        assertEquals(0.05, only.adjustedPValue(), 1e-15);
        assertEquals(new BaselineOverall(-100.0, null, null, 1, false, false), alone.overall());

        // among ten matched tests, Holm makes it 10 x 0.05 = 0.5
        List<TestResult> now = new ArrayList<>();
        List<TestResult> then = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            now.add(test("x.ATest#t" + i, i == 0 ? 0 : 3, i == 0 ? 3 : 0, 0));
            then.add(test("x.ATest#t" + i, 3, 0, 0));
        }
        BaselineComparison ten = Comparison.compare(results(STARTED, 3, now), baseline(then), 0.95);
        double[] worse = new double[10];
        Arrays.fill(worse, 1.0);
        worse[0] = fisher(0, 3, 3, 0, true);
        assertEquals(0.5, holm(worse)[0], 1e-15);
        assertEquals(List.of(new TestChange("x.ATest#t0", null, null, BaselineChange.CHANGED,
                new BaselineRuns(3, 3, 100.0), new BaselineRuns(0, 3, 0.0), 0.05, 0.5)),
                round(ten.tests()));
        assertEquals(new BaselineCounts(0, 0, 1, 9, 0, 0), ten.counts());
        // the difference: -100 once and 0 nine times: mean -10, s = sqrt(9000 / 9), s / sqrt(10) = 10
        assertEquals(new BaselineOverall(-10.0, two(-10 - T975_DF9 * 10, RoundingMode.FLOOR),
                two(-10 + T975_DF9 * 10, RoundingMode.CEILING), 10, false, false), ten.overall());
        assertEquals(new BaselineOverall(-10.0, -32.63, 12.63, 10, false, false), ten.overall());
    }

    @Test
    void fiveRunsAgainstFiveAreSignificantAmongTenButNotAtNinetyNinePercent() {
        // 0 of 5 against 5 of 5: p = 1 / C(10, 5) = 1/252; Holm over ten: 10/252 = 0.0397
        assertEquals(1.0 / 252, fisher(0, 5, 5, 0, true), 1e-18);
        List<TestResult> now = new ArrayList<>();
        List<TestResult> then = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // t0 falls from 5/5 to 0/5, t1 rises from 0/5 to 5/5
            now.add(test("x.ATest#t" + i, i == 0 ? 0 : 5, i == 0 ? 5 : 0, 0));
            then.add(test("x.ATest#t" + i, i == 1 ? 0 : 5, i == 1 ? 5 : 0, 0));
        }
        BaselineComparison at95 = Comparison.compare(results(STARTED, 5, now), baseline(then), 0.95);
        assertEquals(List.of(
                new TestChange("x.ATest#t0", null, null, BaselineChange.REGRESSED, new BaselineRuns(5, 5, 100.0),
                        new BaselineRuns(0, 5, 0.0), 0.003968, 0.039683),
                new TestChange("x.ATest#t1", null, null, BaselineChange.IMPROVED, new BaselineRuns(0, 5, 0.0),
                        new BaselineRuns(5, 5, 100.0), 0.003968, 0.039683)), round(at95.tests()));
        assertClose(10.0 / 252, at95.tests().get(0).adjustedPValue(), "t0 adjusted");

        BaselineComparison at99 = Comparison.compare(results(STARTED, 5, now), baseline(then), 0.99);
        assertEquals(List.of(BaselineChange.CHANGED, BaselineChange.CHANGED),
                at99.tests().stream().map(TestChange::change).toList());
        assertEquals(new BaselineCounts(0, 0, 2, 8, 0, 0), at99.counts());
    }

    /** The entries with their p-values rounded to 6 decimals, to compare with literals. */
    private static List<TestChange> round(List<TestChange> tests) {
        return tests.stream().map(t -> new TestChange(t.id(), t.module(), t.kind(), t.change(), t.before(),
                t.after(), t.pValue() == null ? null : two6(t.pValue()),
                t.adjustedPValue() == null ? null : two6(t.adjustedPValue()))).toList();
    }

    private static double two6(double value) {
        return new BigDecimal(value).setScale(6, RoundingMode.HALF_UP).doubleValue();
    }

    @Test
    void aRunWorseEverywhereButInNoSingleTestSignificantlyIsRegressedOverall() {
        List<TestResult> now = new ArrayList<>();
        List<TestResult> then = new ArrayList<>();
        int[] passedNow = {9, 8, 9, 7, 8};
        for (int i = 0; i < 5; i++) {
            now.add(test("x.ATest#t" + i, passedNow[i], 10 - passedNow[i], 0));
            then.add(test("x.ATest#t" + i, 10, 0, 0));
        }
        BaselineComparison worse = Comparison.compare(results(STARTED, 10, now), baseline(then), 0.95);

        // differences -10, -20, -10, -30, -20: mean -18, s = sqrt(280 / 4), half = 2.776445105 x sqrt(70 / 5)
        double[] interval = tInterval(new double[] {-10, -20, -10, -30, -20}, T975_DF4);
        assertEquals(new BaselineOverall(-18.0, two(interval[1], RoundingMode.FLOOR),
                two(interval[2], RoundingMode.CEILING), 5, true, false), worse.overall());
        assertEquals(new BaselineOverall(-18.0, -28.39, -7.61, 5, true, false), worse.overall());
        assertEquals(new BaselineCounts(0, 0, 5, 0, 0, 0), worse.counts());

        BaselineComparison better = Comparison.compare(results(STARTED, 10, then),
                Baseline.of(results(STARTED, 10, now), "before.json"), 0.95);
        assertEquals(new BaselineOverall(18.0, 7.61, 28.39, 5, false, true), better.overall());
    }

    @Test
    void testsAreMatchedByModuleKindAndId() {
        String shared = "x.SharedTest#works";
        Results now = results(STARTED, 3, List.of(
                test(shared, "core", TestKind.TEST, null, 3, 0, 0, 5),
                test(shared, "agent", TestKind.TEST, null, 0, 3, 0, 5),
                test("x.FlowIT#runs", "core", TestKind.INTEGRATION_TEST, null, 3, 0, 0, 5)));
        Baseline then = baseline(List.of(
                test(shared, "core", TestKind.TEST, null, 3, 0, 0, 5),
                test(shared, "agent", TestKind.TEST, null, 1, 2, 0, 5),
                test(shared, null, TestKind.TEST, null, 3, 0, 0, 5),
                test("x.FlowIT#runs", "core", TestKind.TEST, null, 3, 0, 0, 5)));

        BaselineComparison comparison = Comparison.compare(now, then, 0.95);

        // matched: core (3/3 both, unchanged) and agent (0/3 against 1/3, p = P(X <= 0) = C(2, 3)... = 1/2)
        double p = fisher(0, 3, 1, 2, true);
        assertEquals(0.5, p, 1e-15);
        assertEquals(List.of(
                new TestChange(shared, "agent", null, BaselineChange.CHANGED, new BaselineRuns(1, 3, 33.33),
                        new BaselineRuns(0, 3, 0.0), 0.5, 1.0),
                new TestChange("x.FlowIT#runs", "core", TestKind.INTEGRATION_TEST, BaselineChange.NEW, null,
                        new BaselineRuns(3, 3, 100.0), null, null),
                new TestChange(shared, null, null, BaselineChange.REMOVED, new BaselineRuns(3, 3, 100.0), null, null,
                        null),
                new TestChange("x.FlowIT#runs", "core", null, BaselineChange.REMOVED, new BaselineRuns(3, 3, 100.0),
                        null, null, null)), round(comparison.tests()));
        assertEquals(new BaselineCounts(0, 0, 1, 1, 1, 2), comparison.counts());
        // agent: 0 - 33.33; core: 0; mean -16.67, two differences: t_{0.975, 1} = 12.706204736
        // [-228.44, 195.11], kept within the [-100, 100] a difference of rates can take
        double[] interval = tInterval(new double[] {-100.0 / 3, 0}, 12.706204736);
        assertEquals(-228.44, two(interval[1], RoundingMode.FLOOR));
        assertEquals(195.11, two(interval[2], RoundingMode.CEILING));
        assertEquals(new BaselineOverall(-16.67, -100.0, 100.0, 2, false, false), comparison.overall());
    }

    @Test
    void aBaselineThatSharesNoTestSaysSo() {
        BaselineComparison comparison = Comparison.compare(results(STARTED, 3, List.of(
                test("x.ATest#one", 3, 0, 0), test("x.ATest#two", 3, 0, 0))),
                baseline(List.of(test("y.BTest#other", 3, 0, 0))), 0.95);

        assertTrue(comparison.sharesNoTest());
        assertEquals(new BaselineOverall(null, null, null, 0, false, false), comparison.overall());
        assertEquals(new BaselineCounts(0, 0, 0, 0, 2, 1), comparison.counts());
        assertEquals(List.of(BaselineChange.NEW, BaselineChange.NEW, BaselineChange.REMOVED),
                comparison.tests().stream().map(TestChange::change).toList());
        assertEquals("aitest: the baseline aitest-baseline.json shares no test with this run (it has 1 test, this run "
                + "2 tests), so nothing was compared; check that aitest.baseline names a baseline of this project "
                + "(tests are matched by id, module and kind)", Comparison.noOverlapWarning(comparison));
    }

    @Test
    void aBaselineThatSharesATestGivesNoWarningEvenWithoutCountedRuns() {
        BaselineComparison comparison = Comparison.compare(results(STARTED, 3, List.of(test("x.ATest#one", 0, 0, 3))),
                baseline(List.of(test("x.ATest#one", 0, 0, 3))), 0.95);

        assertFalse(comparison.sharesNoTest());
        assertNull(Comparison.noOverlapWarning(comparison));
        assertEquals(new BaselineCounts(0, 0, 0, 1, 0, 0), comparison.counts());
        assertEquals(new BaselineOverall(null, null, null, 0, false, false), comparison.overall());
    }

    @Test
    void oneMatchedTestHasADifferenceButNoInterval() {
        BaselineComparison comparison = Comparison.compare(results(STARTED, 4, List.of(test("x.ATest#one", 3, 1, 0))),
                baseline(List.of(test("x.ATest#one", 1, 3, 0))), 0.95);

        assertEquals(new BaselineOverall(50.0, null, null, 1, false, false), comparison.overall());
        TestChange one = comparison.tests().get(0);
        // higher now: P(X >= 3) with 4 passes and 4 failures in all, 4 runs now = (C(4,3) C(4,1) + 1) / C(8,4) = 17/70
        assertEquals(17.0 / 70, fisher(3, 1, 1, 3, false), 1e-15);
        assertEquals(new TestChange("x.ATest#one", null, null, BaselineChange.CHANGED, new BaselineRuns(1, 4, 25.0),
                new BaselineRuns(3, 4, 75.0), 0.242857, 0.242857), round(List.of(one)).get(0));
        assertClose(17.0 / 70, one.pValue(), "p");
        assertClose(17.0 / 70, one.adjustedPValue(), "adjusted");
    }

    @Test
    void identicalRunsAreAllUnchangedWithAZeroDifference() {
        List<TestResult> tests = List.of(test("x.ATest#a", 3, 2, 0), test("x.ATest#b", 5, 0, 0),
                test("x.ATest#c", 0, 5, 0));
        BaselineComparison comparison = Comparison.compare(results(STARTED, 5, tests), baseline(tests), 0.95);

        assertEquals(List.of(), comparison.tests());
        assertEquals(new BaselineCounts(0, 0, 0, 3, 0, 0), comparison.counts());
        // no spread: PairedDifference gives the point [0, 0]
        assertEquals(new BaselineOverall(0.0, 0.0, 0.0, 3, false, false), comparison.overall());
    }

    @Test
    void theSameProportionOfOtherCountsIsUnchanged() {
        BaselineComparison comparison = Comparison.compare(results(STARTED, 4, List.of(test("x.ATest#a", 2, 2, 0))),
                baseline(List.of(test("x.ATest#a", 1, 1, 2))), 0.95);

        assertEquals(new BaselineCounts(0, 0, 0, 1, 0, 0), comparison.counts());
        assertEquals(new BaselineOverall(0.0, null, null, 1, false, false), comparison.overall());
    }

    @Test
    void aConfidenceOutsideTheAcceptedRangeIsRefused() {
        Results now = results(STARTED, 3, List.of());
        Baseline then = baseline(List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Comparison.compare(now, then, 1.0));
        assertEquals("confidence level 1.0 is outside [0.5, 0.999]", e.getMessage());
    }

    @Test
    void boundsAreRoundedOutwardAndTheMeanHalfUp() {
        assertEquals(-20.21, Comparison.low(-20.204180172896));
        assertEquals(15.21, Comparison.high(15.204180172896));
        assertEquals(-7.61, Comparison.high(-7.6115));
        // binary noise around a whole value does not move it
        assertEquals(-5.0, Comparison.low(-5.000000000001));
        assertEquals(0.0, Comparison.high(1e-12));
        assertEquals(-16.67, Comparison.round(-100.0 / 6));
        assertEquals(0.01, Comparison.round(0.005));
        assertEquals(-100.0, Comparison.low(-100.0));
    }

    @Test
    void modulesWithTheSameArtifactIdAreComparedApartAndAnOldBaselineStillMatches() {
        String id = "it.SharedTest#answers";
        List<TestResult> tests = List.of(
                test(id, "shared", TestKind.TEST, null, 10, 10, 0, 0).withIdentity(Fixture.identity(id, "shared", TestKind.TEST).inModule("shared", "it.one:shared")),
                test(id, "shared", TestKind.TEST, null, 20, 0, 0, 0).withIdentity(Fixture.identity(id, "shared", TestKind.TEST).inModule("shared", "it.two:shared")));
        Results now = results("2024-04-02T08:00:00Z", 20, tests);

        // a baseline of the same reactor, written with moduleId: each test against its own module's
        BaselineComparison same = Comparison.compare(now, Baseline.of(now, "then.json"), 0.95);
        assertEquals(2, same.counts().unchanged());
        assertEquals(0, same.counts().removed() + same.counts().newTests());

        // a baseline written before moduleId names the module by its artifactId: it still matches, nothing is new
        Baseline old = Baseline.of(results("2024-04-01T08:00:00Z", 20,
                List.of(test(id, "shared", TestKind.TEST, null, 20, 0, 0, 0))), "old.json");
        BaselineComparison compared = Comparison.compare(now, old, 0.95);
        assertEquals(0, compared.counts().newTests());
        assertEquals(0, compared.counts().removed());
        assertEquals(1, compared.counts().regressed());
        assertEquals(1, compared.counts().unchanged());
    }
}
