package dev.aitest.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.model.HistorySummary;
import dev.aitest.model.Rates;
import dev.aitest.model.Results;
import dev.aitest.stats.Confidence;
import dev.aitest.stats.Interval;
import dev.aitest.stats.Wilson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The trend figures: a case worked out by hand, and seeded random histories against a second, plain implementation
 * of every rule (written from the README's definitions, with its own hypergeometric sums and Holm step-down).
 */
class TrendsTest {

    @Test
    void aTestTurningFlakyOneFlakyAcrossBuildsOnlyAndOneImprovingGetTheirFiguresWorkedOutByHand() {
        // t0 passes builds 1-2 and is flaky from build 3; t1 passes or fails whole builds; t2 improves
        HistorySummary history = HistoryFixtures.fiveBuilds().history();

        assertEquals(5, history.builds().size());
        assertEquals(List.of(66.67, 41.67, 83.33, 58.33, 83.33), history.builds().stream()
                .map(HistorySummary.Build::passRate).toList());
        assertEquals(List.of(false, false, false, false, true), history.builds().stream()
                .map(HistorySummary.Build::current).toList());
        assertEquals("a000002", history.builds().get(2).shortCommit());
        assertEquals(0, history.worse());
        assertEquals(1, history.better());
        assertEquals(1, history.newlyFlaky());
        assertEquals(1, history.environment());

        HistorySummary.Test flaky = test(history, "it.T#t0");
        assertEquals(Arrays.asList(100.0, 100.0, 50.0, 75.0, 50.0), flaky.trend());
        assertEquals(75.0, flaky.pooledPassRate());
        assertEquals(new HistorySummary.Since("flaky", 2, "2026-11-03T10:00:00Z", HistoryFixtures.commit(2), true, false),
                flaky.since());
        assertNull(flaky.environment());
        // older half 8 of 8, newer half 5 of 8: one-sided Fisher p = C(13,5)/C(16,8) = 0.1, not beyond noise
        assertNull(flaky.change());

        HistorySummary.Test environment = test(history, "it.T#t1");
        assertEquals(Arrays.asList(100.0, 0.0, 100.0, 0.0, 100.0), environment.trend());
        assertEquals(Boolean.TRUE, environment.environment());
        assertNull(environment.since());
        assertEquals(60.0, environment.pooledPassRate());

        HistorySummary.Test improving = test(history, "it.T#t2");
        assertEquals(Arrays.asList(0.0, 25.0, 100.0, 100.0, 100.0), improving.trend());
        assertEquals(HistorySummary.Test.BETTER, improving.change());
        // older half 1 of 8, newer half 8 of 8: p = C(9,8) C(7,0) / C(16,8) = 9/12870; Holm over 3 tests: x3
        assertEquals(9.0 / 12870, improving.pValue(), 1e-15);
        assertEquals(27.0 / 12870, improving.adjustedPValue(), 1e-15);
        assertNull(improving.since());

        HistorySummary.Agent planner = history.agents().get(0);
        assertEquals("planner", planner.agent());
        assertEquals(Arrays.asList(100.0, 50.0, 75.0, 37.5, 75.0), planner.passRate());
        assertEquals(List.of(107L, 207L, 307L, 407L, 507L), planner.tokens());
        assertEquals(List.of(0.5, 1.0, 1.5, 2.0, 2.5), planner.costUsd());
        assertEquals("writer", history.agents().get(1).agent());
    }

    @Test
    void theWindowKeepsTheNewestBuildsAndAFirstBuildHasNoEarlierOne() {
        List<Results> builds = new ArrayList<>();
        for (int b = 0; b < 5; b++) {
            builds.add(HistoryFixtures.build(b, new int[][] {{b < 2 ? 0 : 3, b < 2 ? 3 : 0, 0}}, null));
        }
        HistorySummary window = HistoryFixtures.trends(builds, 3);
        assertEquals(3, window.size());
        assertEquals(List.of("2026-11-03T10:00:00Z", "2026-11-04T10:00:00Z", "2026-11-05T10:00:00Z"), window.builds()
                .stream().map(HistorySummary.Build::startedAt).toList());
        assertEquals(List.of(100.0, 100.0, 100.0), window.tests().get(0).trend());

        // a first build: no earlier one, so no test has figures across builds
        HistorySummary first = HistoryFixtures.trends(builds.subList(0, 1), 30);
        assertEquals(1, first.builds().size());
        assertEquals(List.of(), first.tests());
        assertEquals(0, first.newlyFlaky() + first.environment() + first.worse() + first.better());

        // two builds: failed in both, since the window's oldest: it may have failed before
        HistorySummary.Test two = HistoryFixtures.trends(builds.subList(0, 2), 30).tests().get(0);
        assertEquals(Arrays.asList(0.0, 0.0), two.trend());
        assertEquals(new HistorySummary.Since("failed", 1, "2026-11-01T10:00:00Z", HistoryFixtures.commit(0), false,
                true), two.since());
        assertEquals(0.0, two.pooledPassRateLow());
    }

    @Test
    void aBuildWhereATestDidNotRunOrWasSkippedIsPassedOver() {
        int[][][] matrix = {
            {{3, 0, 0}},
            {{1, 2, 0}},
            {null},
            {{0, 0, 3}},
            {{2, 1, 0}},
        };
        List<Results> builds = new ArrayList<>();
        for (int b = 0; b < matrix.length; b++) {
            builds.add(HistoryFixtures.build(b, matrix[b], null));
        }
        HistorySummary.Test test = HistoryFixtures.trends(builds, 30).tests().get(0);
        assertEquals(Arrays.asList(100.0, 33.33, null, null, 66.67), test.trend());
        assertEquals(3, test.builds());
        assertEquals(new HistorySummary.Since("flaky", 3, "2026-11-02T10:00:00Z", HistoryFixtures.commit(1), true, false),
                test.since());
    }

    @Test
    void seededRandomHistoriesAgreeWithAPlainImplementationOfEveryRule() {
        SplittableRandom random = new SplittableRandom(20261202);
        double z = Confidence.z(0.95);
        for (int c = 0; c < 300; c++) {
            int buildCount = 1 + random.nextInt(8);
            int testCount = 1 + random.nextInt(6);
            int size = 1 + random.nextInt(10);
            int[][][] matrix = new int[buildCount][testCount][];
            for (int b = 0; b < buildCount; b++) {
                for (int t = 0; t < testCount; t++) {
                    if (b == buildCount - 1 || random.nextInt(6) > 0) {
                        int runs = 1 + random.nextInt(5);
                        int mode = random.nextInt(4);
                        int passed = mode == 0 ? runs : mode == 1 ? 0 : random.nextInt(runs + 1);
                        int skipped = random.nextInt(8) == 0 ? runs - passed : 0;
                        matrix[b][t] = new int[] {passed, runs - passed - skipped, skipped};
                    }
                }
            }
            List<Results> builds = new ArrayList<>();
            for (int b = 0; b < buildCount; b++) {
                builds.add(HistoryFixtures.build(b, matrix[b], null));
            }
            HistorySummary history = HistoryFixtures.trends(builds, size);
            int[][][] window = Arrays.copyOfRange(matrix, Math.max(0, buildCount - size), buildCount);
            if (window.length == 1) {
                assertEquals(List.of(), history.tests(), "case " + c + ": a window of one build");
                continue;
            }
            int offset = Math.max(0, buildCount - size);
            List<String> expectedChanges = plainChanges(window, testCount);
            int newly = 0;
            for (int t = 0; t < testCount; t++) {
                HistorySummary.Since since = plainSince(window, t, offset);
                newly += since != null && since.newly() && !plainEnvironment(window, t) ? 1 : 0;
            }
            assertEquals(newly, history.newlyFlaky(), "case " + c);
            assertEquals(expectedChanges.stream().filter(HistorySummary.Test.WORSE::equals).count(), history.worse());
            assertEquals(expectedChanges.stream().filter(HistorySummary.Test.BETTER::equals).count(),
                    history.better());
            for (int t = 0; t < testCount; t++) {
                String where = "case " + c + ", test " + t + ": " + Arrays.deepToString(window);
                HistorySummary.Test figures = test(history, "it.T#t" + t);
                List<Double> trend = new ArrayList<>();
                long passed = 0;
                long counted = 0;
                int present = 0;
                for (int[][] build : window) {
                    int[] r = build[t];
                    boolean counts = r != null && r[0] + r[1] > 0;
                    trend.add(counts ? Rates.passRate(r[0], r[1]) : null);
                    if (counts) {
                        passed += r[0];
                        counted += r[0] + r[1];
                        present++;
                    }
                }
                assertEquals(trend, figures.trend(), where);
                assertEquals(present, figures.builds(), where);
                assertEquals(passed, figures.passedRuns(), where);
                assertEquals(counted, figures.countedRuns(), where);
                if (counted > 0) {
                    Interval interval = plainPooled(window, t, z);
                    assertEquals(Rates.lowerBound(interval.low() * 100), figures.pooledPassRateLow(), where);
                    assertEquals(Math.min(100, Rates.upperBound(interval.high() * 100)), figures.pooledPassRateHigh(),
                            where);
                }
                assertEquals(plainSince(window, t, offset), figures.since(), where);
                assertEquals(plainEnvironment(window, t), Boolean.TRUE.equals(figures.environment()), where);
                assertEquals(expectedChanges.get(t), figures.change(), where);
            }
        }
    }

    private static HistorySummary.Test test(HistorySummary history, String id) {
        return history.tests().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    /** 'p' every run passed, 'f' none did, 'x' some did, '-' no counted run. */
    private static char outcome(int[] r) {
        if (r == null || r[0] + r[1] == 0) {
            return '-';
        }
        return r[1] == 0 ? 'p' : r[0] == 0 ? 'f' : 'x';
    }

    private static HistorySummary.Since plainSince(int[][][] window, int t, int offset) {
        StringBuilder outcomes = new StringBuilder();
        for (int[][] build : window) {
            outcomes.append(outcome(build[t]));
        }
        String seen = outcomes.toString();
        char now = seen.charAt(seen.length() - 1);
        if (now == 'p' || now == '-') {
            return null;
        }
        int lastPass = seen.lastIndexOf('p');
        int start = lastPass + 1;
        while (seen.charAt(start) == '-') {
            start++;
        }
        int build = offset + start;
        return new HistorySummary.Since(now == 'x' ? "flaky" : "failed", seen.length() - 1 - start,
                String.format("2026-11-%02dT10:00:00Z", build + 1), HistoryFixtures.commit(build), lastPass >= 0,
                lastPass < 0 && start == 0);
    }

    private static boolean plainEnvironment(int[][][] window, int t) {
        boolean allPassed = false;
        boolean allFailed = false;
        for (int[][] build : window) {
            char o = outcome(build[t]);
            if (o == 'x') {
                return false;
            }
            if (build[t] != null && build[t][0] + build[t][1] >= 2) {
                allPassed |= o == 'p';
                allFailed |= o == 'f';
            }
        }
        return allPassed && allFailed;
    }

    /** The Wilson interval over the effective runs, the design effect written out from its definition. */
    private static Interval plainPooled(int[][][] window, int t, double z) {
        List<int[]> clusters = new ArrayList<>();
        for (int[][] build : window) {
            if (build[t] != null && build[t][0] + build[t][1] > 0) {
                clusters.add(new int[] {build[t][0], build[t][0] + build[t][1]});
            }
        }
        double k = clusters.stream().mapToInt(x -> x[0]).sum();
        double m = clusters.stream().mapToInt(x -> x[1]).sum();
        double p = k / m;
        double effect = 1;
        if (p > 0 && p < 1 && clusters.size() > 1) {
            double sum = 0;
            for (int[] x : clusters) {
                sum += Math.pow(x[0] - p * x[1], 2);
            }
            double g = clusters.size();
            effect = Math.max(1, g / (g - 1) * sum / (m * m) / (p * (1 - p) / m));
        }
        return Wilson.interval(p * (m / effect), m / effect, z);
    }

    /** Each test's change: hypergeometric tails summed exactly, Holm's step-down per direction, at 0.05. */
    private static List<String> plainChanges(int[][][] window, int tests) {
        int half = window.length / 2;
        List<Integer> family = new ArrayList<>();
        List<BigDecimal> worse = new ArrayList<>();
        List<BigDecimal> better = new ArrayList<>();
        for (int t = 0; t < tests; t++) {
            int[] older = pool(window, t, 0, half);
            int[] newer = pool(window, t, window.length - half, window.length);
            if (half == 0 || older[1] == 0 || newer[1] == 0) {
                continue;
            }
            family.add(t);
            worse.add(tail(newer[0], newer[1], older[0] + newer[0], older[1] + newer[1], true));
            better.add(tail(newer[0], newer[1], older[0] + newer[0], older[1] + newer[1], false));
        }
        List<String> changes = new ArrayList<>();
        for (int t = 0; t < tests; t++) {
            changes.add(null);
        }
        boolean[] worseBeyond = holm(worse);
        boolean[] betterBeyond = holm(better);
        for (int i = 0; i < family.size(); i++) {
            changes.set(family.get(i), worseBeyond[i] ? HistorySummary.Test.WORSE
                    : betterBeyond[i] ? HistorySummary.Test.BETTER : null);
        }
        return changes;
    }

    private static int[] pool(int[][][] window, int t, int from, int to) {
        int[] pooled = new int[2];
        for (int b = from; b < to; b++) {
            if (window[b][t] != null) {
                pooled[0] += window[b][t][0];
                pooled[1] += window[b][t][0] + window[b][t][1];
            }
        }
        return pooled;
    }

    /** P(X <= x) (lower) or P(X >= x), X the passes among n draws from N runs of which K passed. */
    private static BigDecimal tail(int x, int n, int passes, int total, boolean lower) {
        BigInteger sum = BigInteger.ZERO;
        for (int k = Math.max(0, n - (total - passes)); k <= Math.min(n, passes); k++) {
            if (lower ? k <= x : k >= x) {
                sum = sum.add(choose(passes, k).multiply(choose(total - passes, n - k)));
            }
        }
        return new BigDecimal(sum).divide(new BigDecimal(choose(total, n)), MathContext.DECIMAL128);
    }

    private static BigInteger choose(int n, int k) {
        BigInteger result = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            result = result.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return result;
    }

    /** Holm's step-down at 0.05: which hypotheses are rejected. */
    private static boolean[] holm(List<BigDecimal> p) {
        Integer[] order = new Integer[p.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> p.get(a).compareTo(p.get(b)));
        boolean[] rejected = new boolean[p.size()];
        BigDecimal alpha = new BigDecimal("0.05");
        for (int rank = 0; rank < order.length; rank++) {
            BigDecimal adjusted = p.get(order[rank]).multiply(BigDecimal.valueOf(order.length - rank));
            if (adjusted.compareTo(alpha) >= 0) {
                break;
            }
            rejected[order[rank]] = true;
        }
        return rejected;
    }

    @Test
    void nothingIsListedForATestOfNoCountedRun() {
        HistorySummary history = HistoryFixtures.trends(List.of(HistoryFixtures.build(0, new int[][] {{0, 0, 3}}, null),
                HistoryFixtures.build(1, new int[][] {{0, 0, 3}}, null)), 30);
        HistorySummary.Test skipped = history.tests().get(0);
        assertEquals(Arrays.asList(null, null), skipped.trend());
        assertNull(skipped.pooledPassRate());
        assertNull(skipped.since());
        assertTrue(history.agents().isEmpty());
    }

    @Test
    void countsNoCountCanHoldSaturateWithTheirProportionKept() {
        // a hand-edited history: two builds of 2 billion runs each, then this build
        List<HistoryRecord> earlier = new ArrayList<>();
        int[][] edited = {{2_000_000_000, 2_000_000_000}, {1_000_000_000, 2_000_000_000}};
        for (int b = 0; b < 2; b++) {
            String start = "2026-11-0" + (b + 1) + "T10:00:00Z";
            // the first with a summary whose counts cannot be (negative), the second with a rate that cannot be
            dev.aitest.baseline.Baseline.Counts summary = b == 0
                    ? new dev.aitest.baseline.Baseline.Counts(1, 1, 0, 0, 0, 1, -5, 0, 0, 100.0)
                    : new dev.aitest.baseline.Baseline.Counts(1, 0, 0, 1, 0, 1, 1_000_000_000, 1_000_000_000, 0, 250.0);
            earlier.add(new HistoryRecord(start, BuildSource.UNKNOWN, dev.aitest.model.Criteria.of(80), null, null,
                    null, null, new dev.aitest.baseline.Baseline(null, start, 1, null, summary, List.of(
                            new dev.aitest.baseline.Baseline.Entry("it.T#t0", null, null, null, edited[b][0],
                                    edited[b][1])))));
        }
        dev.aitest.model.Results now = HistoryFixtures.build(2, new int[][] {{1, 1, 0}}, null);
        HistorySummary.Test test = Trends.of(earlier, HistoryRecord.of(now, BuildSource.UNKNOWN), now, 30, 0)
                .tests().get(0);
        HistorySummary.Build first = Trends.of(earlier, HistoryRecord.of(now, BuildSource.UNKNOWN), now, 30, 0)
                .builds().get(0);
        assertEquals(List.of(2_000_000_000, 2_000_000_000, 100.0), List.of(first.passedRuns(), first.countedRuns(),
                first.passRate()), "summed from its tests");
        HistorySummary.Build second = Trends.of(earlier, HistoryRecord.of(now, BuildSource.UNKNOWN), now, 30, 0)
                .builds().get(1);
        assertEquals(List.of(1_000_000_000, 2_000_000_000, 50.0), List.of(second.passedRuns(), second.countedRuns(),
                second.passRate()), "its rate from its counts");
        // 3,000,000,001 of 4,000,000,002 runs, scaled to Integer.MAX_VALUE: 75%
        assertEquals(Integer.MAX_VALUE, test.countedRuns());
        assertEquals(75.0, test.pooledPassRate());
        assertEquals(Arrays.asList(100.0, 50.0, 50.0), test.trend());
        // older half 2e9 of 2e9, newer half 1 of 2: the older scaled to 100,000 of 100,000
        assertEquals(HistorySummary.Test.WORSE, test.change());
        assertEquals(99_999, Trends.scaled(99_999_999, 100_000_000, 100_000)[0]);
        assertEquals(1, Trends.scaled(1, 100_000_000_000L, 100_000)[0]);
        assertEquals(99_999, Trends.scaled(99_999_999_999L, 100_000_000_000L, 100_000)[0]);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {7, 7}, Trends.scaled(7, 7, 100_000));
    }
}
