package dev.aitest.gate;

import dev.aitest.fixture.Fixture;
import dev.aitest.model.TestStatistics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.model.AgentStats;
import dev.aitest.model.Rates;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.RunOutcome;
import dev.aitest.model.TestOutcome;
import dev.aitest.model.TestResult;
import dev.aitest.model.Totals;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every figure {@link RateStatistics} writes, checked against a second, plain implementation of the formulas as the README
 * states them (written here from the definitions, sharing no code with the plugin), with published quantiles for z.
 */
public class RateStatisticsTest {

    /** The two-sided normal quantiles of 95% and 99% (published tables: 1.959964, 2.575829). */
    private static final double Z95 = 1.959963984540054;
    private static final double Z99 = 2.5758293035489004;

    // ---- the plain implementation --------------------------------------------------------------------------------

    /** {low, high} of the Wilson score interval of k of n, as fractions. */
    private static double[] wilson(double k, double n, double z) {
        double p = k / n;
        double denominator = 1 + z * z / n;
        double centre = (p + z * z / (2 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /** {low, high, designEffect, p} of the suite interval over tests with k[i] of n[i]. */
    private static double[] clustered(int[] k, int[] n, double z) {
        int g = k.length;
        double sumK = 0;
        double sumN = 0;
        for (int i = 0; i < g; i++) {
            sumK += k[i];
            sumN += n[i];
        }
        double p = sumK / sumN;
        double vb = p * (1 - p) / sumN;
        double effect = 1;
        if (g > 1 && vb > 0) {
            double squares = 0;
            for (int i = 0; i < g; i++) {
                squares += (k[i] - p * n[i]) * (k[i] - p * n[i]);
            }
            double vc = (double) g / (g - 1) * squares / (sumN * sumN);
            effect = Math.max(1, vc / vb);
        }
        double effective = sumN / effect;
        double[] interval = wilson(p * effective, effective, z);
        return new double[] {interval[0], interval[1], effect, p};
    }

    private static BigInteger choose(int n, int k) {
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        BigInteger result = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            result = result.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return result;
    }

    /** pass@k (at = true) or pass^k in percent, the mean over tests with at least k runs; null when none has. */
    private static Double passK(int[] c, int[] n, int k, boolean at) {
        double sum = 0;
        int tests = 0;
        for (int i = 0; i < c.length; i++) {
            if (n[i] < k) {
                continue;
            }
            BigDecimal all = new BigDecimal(choose(n[i], k));
            BigDecimal part = new BigDecimal(at ? choose(n[i] - c[i], k) : choose(c[i], k));
            double ratio = part.divide(all, 30, RoundingMode.HALF_EVEN).doubleValue();
            sum += at ? 1 - ratio : ratio;
            tests++;
        }
        return tests == 0 ? null : sum / tests * 100;
    }

    /** The smallest m in 0..10000 with which the interval over n + m runs at the same rate settles t; else null. */
    private static Integer moreRuns(int k, int n, double t, double z) {
        double p = (double) k / n;
        for (int m = 0; m <= 10_000; m++) {
            double[] interval = wilson(p * (n + m), n + m, z);
            if (interval[0] >= t || interval[1] < t) {
                return m;
            }
        }
        return null;
    }

    /** Percent, two decimals, rounded down: how results.json writes a lower bound. */
    private static double down(double fraction) {
        return new BigDecimal(fraction * 100 + 1e-9).setScale(2, RoundingMode.FLOOR).doubleValue();
    }

    /** Percent, two decimals, rounded up: how results.json writes an upper bound. */
    private static double up(double fraction) {
        return Math.min(100, new BigDecimal(fraction * 100 - 1e-9).setScale(2, RoundingMode.CEILING).doubleValue());
    }

    // ---- building results ----------------------------------------------------------------------------------------

    /** A test whose runs are given as letters, P passed, F failed, S skipped, each by {@code agent} (or none). */
    public static TestResult test(String name, String runs, String agent) {
        return Fixture.test("t.T#" + name, runs, agent);
    }

    public static Results results(int iterations, double minPassRate, List<TestResult> tests,
            List<String> agents) {
        return Fixture.results(iterations, minPassRate, tests);
    }

    public static Results suite(double minPassRate, String... runs) {
        return Fixture.suite(minPassRate, runs);
    }

    public static Results criteria(Results results, Double minTestPassRate, double confidence, String gate) {
        return RateStatistics.apply(results.toBuilder().criteria(minTestPassRate, confidence, gate).build());
    }

    private static int[] passed(String... runs) {
        int[] k = new int[runs.length];
        for (int i = 0; i < runs.length; i++) {
            k[i] = (int) runs[i].chars().filter(c -> c == 'P').count();
        }
        return k;
    }

    private static int[] counted(String... runs) {
        int[] n = new int[runs.length];
        for (int i = 0; i < runs.length; i++) {
            n[i] = (int) runs[i].chars().filter(c -> c != 'S').count();
        }
        return n;
    }

    // ---- per test ------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
        "PPF, 0.95", "FFF, 0.95", "PPP, 0.95", "P, 0.95", "F, 0.95", "PFPFPPPPFP, 0.95",
        "PPF, 0.99", "FFF, 0.99", "PPP, 0.99", "P, 0.99", "PPPPPPPPPPPPPPPPPPPF, 0.99", "PSPF, 0.95",
    })
    void eachTestGetsItsWilsonInterval(String runs, double confidence) {
        double z = confidence == 0.99 ? Z99 : Z95;
        TestResult judged = criteria(suite(80, runs), null, confidence, "observed").tests().get(0);
        int k = passed(runs)[0];
        int n = counted(runs)[0];
        double[] expected = wilson(k, n, z);

        assertEquals(down(expected[0]), judged.statistics().passRateLow());
        assertEquals(up(expected[1]), judged.statistics().passRateHigh());
        assertNull(judged.statistics().minPassRate(), "no threshold for tests unless given");
        assertNull(judged.statistics().meetsThreshold());
        assertNull(judged.statistics().conclusive());
        assertNull(judged.statistics().iterationsToSettle());
    }

    @Test
    void theEdgesOfTheWilsonIntervalAreTheKnownOnes() {
        // 0 of n starts at 0, n of n ends at 100, and 1 of 1 at 95% is [20.65%, 100%] (1 / (1 + z^2))
        Results judged = criteria(suite(80, "FFF", "PPP"), null, 0.95, "observed");
        assertEquals(0.0, judged.tests().get(0).statistics().passRateLow());
        assertEquals(56.15, judged.tests().get(0).statistics().passRateHigh());
        assertEquals(43.85, judged.tests().get(1).statistics().passRateLow());
        assertEquals(100.0, judged.tests().get(1).statistics().passRateHigh());
        TestResult one = criteria(suite(80, "P"), null, 0.95, "observed").tests().get(0);
        assertEquals(down(1 / (1 + Z95 * Z95)), one.statistics().passRateLow());
        assertEquals(20.65, one.statistics().passRateLow());
        assertEquals(100.0, one.statistics().passRateHigh());
    }

    @Test
    void aTestWithoutCountedRunsHasNoFigures() {
        TestResult skipped = criteria(suite(80, "SS", "PP"), 50.0, 0.95, "observed").tests().get(0);
        assertNull(skipped.statistics().passRateLow());
        assertNull(skipped.statistics().meetsThreshold());
        assertNull(skipped.statistics().conclusive());
    }

    // ---- thresholds and the gate ---------------------------------------------------------------------------------

    /**
     * 4 of 5 against 70: observed 80% meets it; the interval [37.6, 96.4] holds 70, so strict fails and lenient
     * passes. 2 of 5 against 70: observed and strict fail; the upper bound 76.9 is above 70, so lenient passes.
     */
    @ParameterizedTest(name = "{0} against 70 under {1}")
    @CsvSource({
        "PPPPF, observed, true",
        "PPPPF, strict, false",
        "PPPPF, lenient, true",
        "PPFFF, observed, false",
        "PPFFF, strict, false",
        "PPFFF, lenient, true",
        "FFFFF, lenient, false",
        "PPPPP, strict, false",
    })
    void theGateHoldsEachTestAgainstItsThreshold(String runs, String gate, boolean meets) {
        TestResult judged = criteria(suite(0, runs), 70.0, 0.95, gate).tests().get(0);
        double[] interval = wilson(passed(runs)[0], 5, Z95);
        boolean plain = switch (gate) {
            case "observed" -> passed(runs)[0] * 100 >= 70 * 5;
            case "strict" -> interval[0] >= 0.70;
            default -> interval[1] >= 0.70;
        };

        assertEquals(plain, meets, "the plain rule agrees with the table");
        assertEquals(meets, judged.statistics().meetsThreshold());
        assertEquals(70.0, judged.statistics().minPassRate());
        assertEquals("aitest.minTestPassRate", judged.statistics().thresholdFrom());
        assertEquals(interval[0] >= 0.70 || interval[1] < 0.70, judged.statistics().conclusive());
        assertEquals(moreRuns(passed(runs)[0], 5, 0.70, Z95), judged.statistics().iterationsToSettle());
    }

    @Test
    void theAnnotationWinsOverTheProperty() {
        TestResult annotated = Fixture.annotated(test("a", "PPF", null), 60.0);
        Results judged = criteria(results(3, 0, List.of(annotated, test("b", "PPF", null)), List.of()), 90.0, 0.95,
                "observed");

        assertEquals(60.0, judged.tests().get(0).statistics().minPassRate());
        assertEquals("@MinPassRate", judged.tests().get(0).statistics().thresholdFrom());
        assertTrue(judged.tests().get(0).statistics().meetsThreshold());
        assertEquals(90.0, judged.tests().get(1).statistics().minPassRate());
        assertEquals("aitest.minTestPassRate", judged.tests().get(1).statistics().thresholdFrom());
        assertFalse(judged.tests().get(1).statistics().meetsThreshold());
    }

    @Test
    void judgingAgainWithoutThePropertyDropsItsThresholdButKeepsTheAnnotations() {
        TestResult annotated = Fixture.annotated(test("a", "PPF", null), 60.0);
        Results first = criteria(results(3, 0, List.of(annotated, test("b", "PPF", null)), List.of()), 90.0, 0.95,
                "observed");
        Results again = criteria(first, null, 0.95, "observed");

        assertEquals(60.0, again.tests().get(0).statistics().minPassRate());
        assertNull(again.tests().get(1).statistics().minPassRate());
        assertNull(again.tests().get(1).statistics().meetsThreshold());
    }

    @ParameterizedTest(name = "{0} of {1} against {2}")
    @CsvSource({
        "2, 3, 0.8", "0, 3, 0.5", "3, 3, 0.5", "1, 1, 0.5", "7, 10, 0.8", "19, 20, 0.9", "9, 10, 0.5", "1, 2, 0.5",
        "74, 100, 0.8", "99, 100, 0.99",
    })
    void iterationsToSettleATestMatchAPlainScan(int k, int n, double t) {
        String runs = "P".repeat(k) + "F".repeat(n - k);
        TestResult judged = criteria(suite(0, runs), t * 100, 0.95, "observed").tests().get(0);

        assertEquals(moreRuns(k, n, t, Z95), judged.statistics().iterationsToSettle());
    }

    @Test
    void aRateEqualToTheThresholdNeverSettles() {
        TestResult judged = criteria(suite(0, "PF"), 50.0, 0.95, "observed").tests().get(0);
        assertFalse(judged.statistics().conclusive());
        assertNull(judged.statistics().iterationsToSettle());
    }

    // ---- overall -------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "PPF PFP PPP FFF; 0.95",
        "PPF PFP PPP FFF; 0.99",
        "PPPPP PPPPF PPPFF PPFFF PFFFF; 0.95",
        "PPPPPPPPPP PPPPPPPPPF PPPPPPPPPP PPPPPPPPPP; 0.95",
        "PPF PPF PPF PPF PPF PPF; 0.95",
        "PPF; 0.95",
        "PPP PPP PPP; 0.95",
        "FFF FFF; 0.99",
        "PSF PPS SPP; 0.95",
    })
    void theOverallIntervalUsesTheDesignEffect(String suite, double confidence) {
        String[] runs = suite.split(" ");
        double z = confidence == 0.99 ? Z99 : Z95;
        Totals judged = criteria(suite(80, runs), null, confidence, "observed").totals();
        double[] expected = clustered(passed(runs), counted(runs), z);

        assertEquals(down(expected[0]), judged.statistics().passRateLow());
        assertEquals(up(expected[1]), judged.statistics().passRateHigh());
        assertEquals(BigDecimal.valueOf(expected[2]).setScale(4, RoundingMode.HALF_UP).doubleValue(),
                judged.statistics().designEffect());
        assertEquals(expected[0] >= 0.8 || expected[1] < 0.8, judged.statistics().conclusive());
    }

    @Test
    void oneTestOrEveryRunPassedMeansNoDesignEffect() {
        Totals one = criteria(suite(80, "PPFPF"), null, 0.95, "observed").totals();
        assertEquals(1.0, one.statistics().designEffect());
        double[] single = wilson(3, 5, Z95);
        assertEquals(down(single[0]), one.statistics().passRateLow());
        assertEquals(up(single[1]), one.statistics().passRateHigh());

        Totals all = criteria(suite(80, "PPP", "PPP", "PPP"), null, 0.95, "observed").totals();
        assertEquals(1.0, all.statistics().designEffect());
        assertEquals(down(wilson(9, 9, Z95)[0]), all.statistics().passRateLow());
        assertEquals(100.0, all.statistics().passRateHigh());
        assertEquals(Map.of("1", 100.0, "2", 100.0, "3", 100.0), all.statistics().passHatK());
    }

    @Test
    void aDesignEffectWidensTheInterval() {
        // the same 6 of 9 runs: spread evenly (each test 2 of 3) against split (3, 3, 0)
        Totals even = criteria(suite(80, "PPF", "PFP", "FPP"), null, 0.95, "observed").totals();
        Totals split = criteria(suite(80, "PPP", "PPP", "FFF"), null, 0.95, "observed").totals();
        assertEquals(1.0, even.statistics().designEffect());
        // v_c = 3/2 * (1 + 1 + 4) / 81 = 1/9; v_b = (2/3)(1/3)/9 = 2/81; 4.5
        assertEquals(4.5, split.statistics().designEffect());
        assertTrue(split.statistics().passRateHigh() - split.statistics().passRateLow() > even.statistics().passRateHigh() - even.statistics().passRateLow());
    }

    @Test
    void iterationsToSettleTheSuiteMatchAPlainScan() {
        String[] runs = {"PPPF", "PPPP", "PPFP", "PPPP", "FPPP"};
        Totals judged = criteria(suite(90, runs), null, 0.95, "observed").totals();
        double[] now = clustered(passed(runs), counted(runs), Z95);
        Integer expected = null;
        for (int m = 0; m <= 10_000 && expected == null; m++) {
            double effective = 20.0 * (4 + m) / (4 * now[2]);
            double[] interval = wilson(now[3] * effective, effective, Z95);
            if (interval[0] >= 0.9 || interval[1] < 0.9) {
                expected = m;
            }
        }
        assertFalse(judged.statistics().conclusive());
        assertEquals(expected, judged.statistics().iterationsToSettle());
        assertTrue(expected > 0);
    }

    @Test
    void passAtKAndPassHatKMatchTheBinomialDefinitions() {
        String[] runs = {"PPF", "PFP", "PPP", "FFF", "PSP"};
        Totals judged = criteria(suite(80, runs), null, 0.95, "observed").totals();
        int[] c = passed(runs);
        int[] n = counted(runs);
        Map<String, Double> at = new LinkedHashMap<>();
        Map<String, Double> hat = new LinkedHashMap<>();
        for (int k = 1; k <= 3; k++) {
            Double a = passK(c, n, k, true);
            Double h = passK(c, n, k, false);
            if (a != null) {
                at.put(Integer.toString(k), BigDecimal.valueOf(a).setScale(2, RoundingMode.HALF_UP).doubleValue());
                hat.put(Integer.toString(k), BigDecimal.valueOf(h).setScale(2, RoundingMode.HALF_UP).doubleValue());
            }
        }
        assertEquals(at, judged.statistics().passAtK());
        assertEquals(hat, judged.statistics().passHatK());
        // by hand: pass^3 over the four tests with 3 counted runs is (0 + 0 + 1 + 0) / 4; the skip-holed one has 2
        assertEquals(25.0, judged.statistics().passHatK().get("3"));
        // pass^1 is the mean of the tests' own rates, not the pooled rate
        assertEquals(BigDecimal.valueOf((2 / 3.0 + 2 / 3.0 + 1 + 0 + 1) / 5 * 100).setScale(2, RoundingMode.HALF_UP)
                .doubleValue(), judged.statistics().passHatK().get("1"));
    }

    @Test
    void noCountedRunMeansNoFigures() {
        Totals judged = criteria(suite(80, "SS", "SS"), null, 0.95, "observed").totals();
        assertNull(judged.statistics().passRateLow());
        assertNull(judged.statistics().designEffect());
        assertNull(judged.statistics().conclusive());
        assertEquals(Map.of(), judged.statistics().passHatK());
    }

    // ---- agents --------------------------------------------------------------------------------------------------

    @Test
    void anAgentIsBehindTheLeaderOnlyBeyondNoise() {
        List<TestResult> tests = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tests.add(test("lead" + i, "PPPPP", "leader"));
            tests.add(test("close" + i, i == 0 ? "PPPPF" : "PPPPP", "close"));
            tests.add(test("far" + i, i % 2 == 0 ? "FFFFP" : "PFFFF", "far"));
        }
        Results judged = RateStatistics.apply(results(5, 80, tests, List.of("leader", "close", "far")));
        List<AgentStats> agents = judged.agents();

        double[] leader = clustered(new int[] {5, 5, 5, 5, 5, 5}, new int[] {5, 5, 5, 5, 5, 5}, Z95);
        double[] close = clustered(new int[] {4, 5, 5, 5, 5, 5}, new int[] {5, 5, 5, 5, 5, 5}, Z95);
        double[] far = clustered(new int[] {1, 1, 1, 1, 1, 1}, new int[] {5, 5, 5, 5, 5, 5}, Z95);
        assertEquals(Boolean.FALSE, agents.get(0).behindLeader());
        assertEquals(plainBehind(leader, close), agents.get(1).behindLeader());
        assertFalse(agents.get(1).behindLeader(), "29 of 30 against 30 of 30 is noise");
        assertEquals(plainBehind(leader, far), agents.get(2).behindLeader());
        assertTrue(agents.get(2).behindLeader(), "6 of 30 against 30 of 30 is not");
        assertEquals(down(far[0]), agents.get(2).passRateLow());
        assertEquals(up(far[1]), agents.get(2).passRateHigh());
        assertEquals(20.0, agents.get(2).passHatK().get("1"));
        assertEquals(0.0, agents.get(2).passHatK().get("2"));
    }

    /** Behind when leader - agent, with se = sqrt of the sum of the squared half-widths over z^2, excludes 0. */
    private static boolean plainBehind(double[] leader, double[] agent) {
        double vl = Math.pow((leader[1] - leader[0]) / 2 / Z95, 2);
        double va = Math.pow((agent[1] - agent[0]) / 2 / Z95, 2);
        double d = leader[3] - agent[3];
        return d - Z95 * Math.sqrt(vl + va) > 0;
    }

    @Test
    void theSameCountsAndCriteriaAlwaysGiveTheSameFigures() {
        Results once = criteria(suite(80, "PPF", "PFP", "FFF"), 70.0, 0.99, "strict");
        assertEquals(once, RateStatistics.apply(once));
    }
}
