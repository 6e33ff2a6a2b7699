package dev.aitest.gate;

import dev.aitest.model.Rates;
import dev.aitest.model.AgentStats;
import dev.aitest.model.AdaptiveSummary;
import dev.aitest.model.ModuleTotals;
import dev.aitest.model.RunCounts;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.RunOutcome;
import dev.aitest.model.TestResult;
import dev.aitest.model.TestStatistics;
import dev.aitest.model.TotalStatistics;
import dev.aitest.model.Totals;
import dev.aitest.stats.Clustered;
import dev.aitest.stats.Compare;
import dev.aitest.stats.Confidence;
import dev.aitest.stats.Interval;
import dev.aitest.stats.PassAtK;
import dev.aitest.stats.RateText;
import dev.aitest.stats.Settle;
import dev.aitest.stats.Wilson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Computes, from the counts of results and their criteria ({@code aitest.confidence}, {@code aitest.gate},
 * {@code aitest.minPassRate}, {@code aitest.minTestPassRate}), every figure that says what the counts are worth: the
 * one place they are computed. Applied to results before they are written, and again when they are judged with
 * other criteria; the same counts and criteria always give the same figures.
 *
 * <ul>
 *   <li>per test, with k passed of n counted runs: the Wilson score interval of k/n, the threshold in force (its
 *       {@code @MinPassRate}, else {@code aitest.minTestPassRate}), whether it meets it under the gate, whether the
 *       interval settles it, and how many more runs would;</li>
 *   <li>overall, per agent and per module: the Wilson interval on the effective number of runs (the counted runs
 *       over the design effect, since runs of one test are not independent), pass@k and pass^k;</li>
 *   <li>per agent: whether it is behind the leader beyond noise.</li>
 * </ul>
 * Rates are in percent with two decimals; a lower bound is rounded down and an upper bound up, so the interval shown
 * always holds the one computed.
 */
public final class RateStatistics {

    private RateStatistics() {
    }

    /** {@code results} with every statistic computed from their counts under their criteria. */
    public static Results apply(Results results) {
        double z = Confidence.z(results.criteria().confidenceLevel());
        GateMode gate = GateMode.of(results);
        // each test on its own, on every core: a big suite has tens of thousands
        List<TestResult> tests = results.tests().parallelStream()
                .map(test -> test(test, results.criteria().minTestPassRate(), gate, z)).toList();
        // the iterations the counts come from: those that finished (all of them in results written without a list)
        int ran = results.progress().finishedIterations().isEmpty() ? Math.max(1, results.run().iterations())
                : results.progress().finishedIterations().size();
        AdaptiveSummary adaptive = results.adaptive();
        if (adaptive != null && !adaptive.overall().isEmpty()) {
            // the overall figures count the iterations in which every test ran
            ran = adaptive.overall().stream().mapToInt(AdaptiveSummary.Overall::iterations).max().getAsInt();
        }
        Totals summary = totals(results.totals(), tests, adaptive, results.criteria().minPassRate(),
                results.run().iterations(), ran, z);
        List<ModuleTotals> modules = new ArrayList<>(results.modules().size());
        for (ModuleTotals module : results.modules()) {
            // by groupId:artifactId: two modules may share an artifactId
            List<TestResult> own = tests.stream().filter(t -> module.moduleKey().equals(t.identity().moduleKey())).toList();
            modules.add(new ModuleTotals(module.module(), module.minPassRate(), module.complete(),
                    module.reportsDirectory(), totals(module.totals(), own, adaptive, module.minPassRate(), results.run().iterations(),
                            ran, z), module.moduleId()));
        }
        return results.toBuilder().totals(summary, tests, agents(results.agents(), tests, results.run().iterations(), z))
                .modules(modules).criteria(results.criteria().minTestPassRate(), results.criteria().confidenceLevel(), gate.json()).build();
    }

    /**
     * The statistics {@code stored} records that {@code judged} ({@link #apply} of it) does not: "tests[2] (a.B#c)
     * passRateLow 90.0 (its runs give 0.0)", in the order of the file; empty when every one agrees.
     */
    public static List<String> differences(Results stored, Results judged) {
        List<String> differences = new ArrayList<>();
        differ(differences, "summary", stored.totals(), judged.totals());
        for (int i = 0; i < stored.tests().size() && i < judged.tests().size(); i++) {
            TestResult was = stored.tests().get(i);
            TestResult is = judged.tests().get(i);
            String field = "tests[" + i + "] (" + was.id() + ")";
            differ(differences, field + " passRateLow", was.statistics().passRateLow(), is.statistics().passRateLow());
            differ(differences, field + " passRateHigh", was.statistics().passRateHigh(), is.statistics().passRateHigh());
            differ(differences, field + " minPassRate", was.statistics().minPassRate(), is.statistics().minPassRate());
            differ(differences, field + " meetsThreshold", was.statistics().meetsThreshold(), is.statistics().meetsThreshold());
            differ(differences, field + " conclusive", was.statistics().conclusive(), is.statistics().conclusive());
        }
        return differences;
    }

    private static void differ(List<String> differences, String field, Totals was, Totals is) {
        differ(differences, field + ".passRateLow", was.statistics().passRateLow(), is.statistics().passRateLow());
        differ(differences, field + ".passRateHigh", was.statistics().passRateHigh(), is.statistics().passRateHigh());
        differ(differences, field + ".designEffect", was.statistics().designEffect(), is.statistics().designEffect());
        differ(differences, field + ".conclusive", was.statistics().conclusive(), is.statistics().conclusive());
    }

    private static void differ(List<String> differences, String field, Object was, Object is) {
        if (!java.util.Objects.equals(was, is)) {
            differences.add(field + " " + (was == null ? "absent" : was) + " (its runs give "
                    + (is == null ? "none" : is) + ")");
        }
    }

    private static TestResult test(TestResult test, Double minTestPassRate, GateMode gate, double z) {
        TestStatistics own = test.statistics();
        boolean annotated = TestStatistics.FROM_ANNOTATION.equals(own.thresholdFrom());
        Double threshold = annotated ? own.minPassRate() : minTestPassRate;
        String from = annotated ? TestStatistics.FROM_ANNOTATION : TestStatistics.FROM_PROPERTY;
        int passed = test.counts().passedRuns();
        int n = test.countedRuns();
        Double rate = own.passRate();
        if (n == 0) {
            return test.withStatistics(new TestStatistics(rate, null, null, threshold, from, null, null, null));
        }
        Interval interval = Wilson.interval(passed, n, z);
        if (threshold == null) {
            return test.withStatistics(new TestStatistics(rate, low(interval), high(interval), null, null, null, null,
                    null));
        }
        return test.withStatistics(new TestStatistics(rate, low(interval), high(interval), threshold, from,
                gate.meets(passed, n, interval, threshold), Settle.conclusive(interval, threshold / 100),
                Settle.moreRuns(passed, n, threshold / 100, z)));
    }

    /**
     * The totals of {@code tests}, with their interval and pass@k, judged against {@code threshold}; in an adaptive
     * run over the iterations in which every test ran ({@link AdaptiveSummary#window}).
     */
    private static Totals totals(Totals totals, List<TestResult> tests, AdaptiveSummary adaptive, double threshold,
            int iterations, int ran, double z) {
        int[][] counts = counts(tests, adaptive);
        Clustered clustered = Clustered.of(counts[0], counts[1], z);
        Double rate = totals.statistics().passRate();
        if (clustered == null) {
            return totals.withStatistics(new TotalStatistics(rate, null, null, null, null, null, Map.of(), Map.of()));
        }
        return totals.withStatistics(new TotalStatistics(rate, low(clustered.interval()), high(clustered.interval()),
                round(clustered.designEffect()), Settle.conclusive(clustered.interval(), threshold / 100),
                Settle.moreIterations(clustered.rate(), totals.countedRuns(), ran, clustered.designEffect(),
                        threshold / 100, z),
                percents(PassAtK.meanPassAt(counts[0], counts[1], iterations)),
                percents(PassAtK.meanPassHat(counts[0], counts[1], iterations))));
    }

    /** Passed and counted runs of each test that has counted runs (in an adaptive run, within its window). */
    private static int[][] counts(List<TestResult> tests, AdaptiveSummary adaptive) {
        List<RunCounts> counted = tests.stream()
                .map(t -> adaptive == null ? t.counts() : t.countsUpTo(adaptive.window(t.identity())))
                .filter(c -> c.countedRuns() > 0).toList();
        int[] passed = new int[counted.size()];
        int[] runs = new int[counted.size()];
        for (int i = 0; i < counted.size(); i++) {
            passed[i] = counted.get(i).passedRuns();
            runs[i] = counted.get(i).countedRuns();
        }
        return new int[][] {passed, runs};
    }

    /** Each agent's interval and pass@k over its own runs, and whether it is behind the leader (the first). */
    private static List<AgentStats> agents(List<AgentStats> agents, List<TestResult> tests, int iterations, double z) {
        List<AgentStats> judged = new ArrayList<>(agents.size());
        Clustered leader = null;
        for (AgentStats agent : agents) {
            List<Integer> passed = new ArrayList<>();
            List<Integer> counted = new ArrayList<>();
            for (TestResult test : tests) {
                int p = 0;
                int c = 0;
                for (Run run : test.iterations()) {
                    if (agent.agent().equals(run.usage().agent()) && run.outcome() != RunOutcome.SKIPPED) {
                        c++;
                        p += run.outcome() == RunOutcome.PASSED ? 1 : 0;
                    }
                }
                if (c > 0) {
                    passed.add(p);
                    counted.add(c);
                }
            }
            int[] k = passed.stream().mapToInt(Integer::intValue).toArray();
            int[] n = counted.stream().mapToInt(Integer::intValue).toArray();
            Clustered own = Clustered.of(k, n, z);
            if (own == null) {
                judged.add(agent.withStatistics(null, null, null, null, Map.of(), Map.of()));
                continue;
            }
            Boolean behind = leader == null ? Boolean.FALSE
                    : Compare.behind(leader.rate(), leader.variance(), own.rate(), own.variance(), z);
            leader = leader == null ? own : leader;
            judged.add(agent.withStatistics(low(own.interval()), high(own.interval()), round(own.designEffect()), behind,
                    percents(PassAtK.meanPassAt(k, n, iterations)), percents(PassAtK.meanPassHat(k, n, iterations))));
        }
        return judged;
    }

    private static Map<String, Double> percents(SortedMap<Integer, Double> byK) {
        Map<String, Double> result = new LinkedHashMap<>();
        byK.forEach((k, value) -> result.put(Integer.toString(k), Rates.hundredths(value * 100)));
        return result;
    }

    /** A lower bound in percent, two decimals, rounded down (0.5 ulp of slack for binary noise). */
    public static double low(Interval interval) {
        return Rates.lowerBound(interval.low() * 100);
    }

    /** An upper bound in percent, two decimals, rounded up. */
    public static double high(Interval interval) {
        return Math.min(100, Rates.upperBound(interval.high() * 100));
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
