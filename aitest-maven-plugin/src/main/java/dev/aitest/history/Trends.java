package dev.aitest.history;

import dev.aitest.baseline.Baseline;
import dev.aitest.baseline.Comparison;
import dev.aitest.gate.RateStatistics;
import dev.aitest.model.AgentStats;
import dev.aitest.model.BaselineChange;
import dev.aitest.model.HistorySummary;
import dev.aitest.model.Rates;
import dev.aitest.model.Results;
import dev.aitest.model.TestKind;
import dev.aitest.model.TestResult;
import dev.aitest.stats.Clustered;
import dev.aitest.stats.Confidence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The figures of a run beside the builds before it ({@link HistorySummary}). The window is the newest
 * {@code size - 1} earlier records and this build, oldest first. Per test, over the builds of the window in which it
 * has counted runs (a build where it did not run, or where every run was skipped, is passed over):
 * <ul>
 *   <li>its outcome in a build: {@code passed} when every counted run passed, {@code failed} when none did, else
 *       {@code flaky};</li>
 *   <li>trend: its pass rate in each build ({@link Rates#passRate});</li>
 *   <li>pooled: its passed over its counted runs of the window, with the Wilson interval over the effective runs,
 *       the builds taken as clusters ({@link Clustered}, at the run's confidence level): runs of one build share its
 *       machine, model version and provider, so they are not independent;</li>
 *   <li>since, for a test that is flaky or failed now: the oldest build of the unbroken stretch, ending with this
 *       one, of builds in which it was flaky or failed; {@code newly} when an earlier build of the window passed it,
 *       {@code atLeast} when the stretch reaches the window's oldest build; it is newly flaky when {@code newly}
 *       and not environment;</li>
 *   <li>environment: flaky in no build, and among the builds with at least 2 counted runs of it one that passed
 *       every run and one that failed every run;</li>
 *   <li>change: its passed and counted runs pooled over the older half of the window (the oldest floor(n/2) of the
 *       n builds) and over the newer half (the newest floor(n/2); the middle build of an odd window is in neither),
 *       compared by the baseline's rule ({@link Comparison#shifts}: one-sided Fisher tests, Holm's correction over
 *       the tests counted in both halves): {@code worse} when regressed, {@code better} when improved.</li>
 * </ul>
 * Per build and per agent: the pass rate, tokens and cost each record holds. A window of this build alone (the first
 * build of a history) lists no test: what it would say of each is this run's own figures.
 */
public final class Trends {

    private Trends() {
    }

    /** A test's outcome in one build: none when it has no counted run there. */
    private enum Outcome { PASSED, FLAKY, FAILED }

    /**
     * The figures of {@code now} (of {@code results}) beside {@code earlier}, oldest first.
     *
     * @param size the most builds of the window, at least 1
     * @param skipped records of the folder left out, to be told
     */
    public static HistorySummary of(List<HistoryRecord> earlier, HistoryRecord now, Results results, int size,
            int skipped) {
        List<HistoryRecord> window = new ArrayList<>(earlier.subList(Math.max(0, earlier.size() - (size - 1)),
                earlier.size()));
        window.add(now);
        int n = window.size();
        List<Map<String, Baseline.Entry>> entries = new ArrayList<>(n);
        List<HistorySummary.Build> builds = new ArrayList<>(n);
        for (int b = 0; b < n; b++) {
            HistoryRecord record = window.get(b);
            Map<String, Baseline.Entry> byKey = new HashMap<>(record.counts().tests().size() * 2);
            record.counts().tests().forEach(entry -> byKey.put(entry.key(), entry));
            entries.add(byKey);
            builds.add(build(record, b == n - 1));
        }
        double z = Confidence.z(results.criteria().confidenceLevel());
        // a window of this build alone says nothing of a test across builds: its figures start with the second
        List<TestResult> tests = n == 1 ? List.of() : results.tests();
        List<Figures> figures = new ArrayList<>(tests.size());
        List<int[]> halves = new ArrayList<>();
        List<Integer> halved = new ArrayList<>();
        for (int t = 0; t < tests.size(); t++) {
            Figures f = figures(tests.get(t), entries, builds, z);
            figures.add(f);
            if (f.halves != null) {
                halves.add(f.halves);
                halved.add(t);
            }
        }
        List<Comparison.Shift> shifts = Comparison.shifts(halves, results.criteria().confidenceLevel());
        for (int i = 0; i < shifts.size(); i++) {
            figures.get(halved.get(i)).shift = shifts.get(i);
        }
        List<HistorySummary.Test> listed = new ArrayList<>(tests.size());
        int worse = 0;
        int better = 0;
        int newly = 0;
        int environment = 0;
        for (Figures f : figures) {
            HistorySummary.Test test = f.test();
            listed.add(test);
            worse += HistorySummary.Test.WORSE.equals(test.change()) ? 1 : 0;
            better += HistorySummary.Test.BETTER.equals(test.change()) ? 1 : 0;
            newly += test.newlyFlaky() ? 1 : 0;
            environment += Boolean.TRUE.equals(test.environment()) ? 1 : 0;
        }
        return new HistorySummary(size, skipped, builds, worse, better, newly, environment,
                agents(window, entries, results), listed);
    }

    /**
     * A build of the window: its counts as its record's summary holds them (the rate as recorded when it is one,
     * else from the counts), or summed from its tests when it has no summary or a negative count in it; sums
     * saturate ({@link #scaled}).
     */
    private static HistorySummary.Build build(HistoryRecord record, boolean current) {
        Baseline.Counts recorded = record.counts().counts();
        Baseline.Counts c = recorded != null && recorded.passedRuns() >= 0 && recorded.failedRuns() >= 0
                && recorded.tests() >= 0 ? recorded : null;
        long passed = 0;
        long counted = 0;
        if (c != null) {
            passed = c.passedRuns();
            counted = (long) c.passedRuns() + c.failedRuns();
        } else {
            for (Baseline.Entry entry : record.counts().tests()) {
                passed += entry.passedRuns();
                counted += entry.countedRuns();
            }
        }
        int[] runs = scaled(passed, counted, Integer.MAX_VALUE);
        Double rate = c != null && c.passRate() != null && c.passRate() >= 0 && c.passRate() <= 100 ? c.passRate()
                : Rates.passRate(runs[0], runs[1] - runs[0]);
        return new HistorySummary.Build(record.startedAt(), record.source().commit(), record.source().branch(),
                current, c == null ? record.counts().tests().size() : c.tests(), rate, runs[0], runs[1],
                record.tokens(), record.costUsd());
    }

    /** One test's figures, its change still to be decided over every test. */
    private static final class Figures {
        private HistorySummary.Test partial;
        private int[] halves;
        private Comparison.Shift shift;

        HistorySummary.Test test() {
            if (shift == null || shift.change() != BaselineChange.REGRESSED && shift.change() != BaselineChange.IMPROVED) {
                return partial;
            }
            HistorySummary.Test t = partial;
            return new HistorySummary.Test(t.id(), t.module(), t.kind(), t.trend(), t.builds(), t.passedRuns(),
                    t.countedRuns(), t.pooledPassRate(), t.pooledPassRateLow(), t.pooledPassRateHigh(), t.since(),
                    t.environment(), shift.change() == BaselineChange.REGRESSED ? HistorySummary.Test.WORSE
                            : HistorySummary.Test.BETTER, shift.pValue(), shift.adjustedPValue());
        }
    }

    private static Figures figures(TestResult test, List<Map<String, Baseline.Entry>> entries,
            List<HistorySummary.Build> builds, double z) {
        int n = entries.size();
        int[] passed = new int[n];
        int[] counted = new int[n];
        Outcome[] outcomes = new Outcome[n];
        List<Double> trend = new ArrayList<>(n);
        String key = test.key();
        int present = 0;
        long allPassed = 0;
        long allCounted = 0;
        for (int b = 0; b < n; b++) {
            Baseline.Entry entry = entries.get(b).get(key);
            if (entry != null && entry.countedRuns() > 0) {
                passed[b] = entry.passedRuns();
                counted[b] = entry.countedRuns();
                outcomes[b] = passed[b] == counted[b] ? Outcome.PASSED : passed[b] == 0 ? Outcome.FAILED
                        : Outcome.FLAKY;
                present++;
                allPassed += passed[b];
                allCounted += counted[b];
            }
            trend.add(outcomes[b] == null ? null : Rates.passRate(passed[b], counted[b] - passed[b]));
        }
        Double pooled = null;
        Double low = null;
        Double high = null;
        int[] all = scaled(allPassed, allCounted, Integer.MAX_VALUE);
        if (allCounted > 0) {
            pooled = Rates.passRate(all[0], all[1] - all[0]);
            Clustered clustered = Clustered.of(passed, counted, z);
            low = RateStatistics.low(clustered.interval());
            high = RateStatistics.high(clustered.interval());
        }
        Figures f = new Figures();
        f.partial = new HistorySummary.Test(test.id(), test.identity().moduleKey(),
                test.identity().kind() == TestKind.TEST ? null : test.identity().kind(), trend, present,
                all[0], all[1], pooled, low, high, since(outcomes, builds),
                environment(outcomes, counted) ? Boolean.TRUE : null, null, null, null);
        int half = n / 2;
        if (half > 0) {
            long[] h = new long[4];
            for (int b = 0; b < half; b++) {
                h[2] += passed[b];
                h[3] += counted[b];
            }
            for (int b = n - half; b < n; b++) {
                h[0] += passed[b];
                h[1] += counted[b];
            }
            if (h[1] > 0 && h[3] > 0) {
                int[] newer = scaled(h[0], h[1], MAX_FISHER_RUNS);
                int[] older = scaled(h[2], h[3], MAX_FISHER_RUNS);
                f.halves = new int[] {newer[0], newer[1], older[0], older[1]};
            }
        }
        return f;
    }

    /**
     * The most counted runs of a half the exact test takes; a half with more (only a hand-edited record has them: 30
     * builds of 20 iterations make 300) is scaled down to it, its proportion kept, so that the test stays fast.
     */
    static final int MAX_FISHER_RUNS = 100_000;

    /**
     * {@code passed} of {@code counted} runs, scaled down to {@code limit} counted runs when there are more (the
     * proportion rounded, but never to all or none unless it is): sums over builds can outgrow what a count holds.
     */
    static int[] scaled(long passed, long counted, long limit) {
        if (counted <= limit) {
            return new int[] {(int) passed, (int) counted};
        }
        long p = Math.round((double) passed * limit / counted);
        if (passed < counted) {
            p = Math.min(p, limit - 1);
        }
        if (passed > 0) {
            p = Math.max(p, 1);
        }
        return new int[] {(int) p, (int) limit};
    }

    private static HistorySummary.Since since(Outcome[] outcomes, List<HistorySummary.Build> builds) {
        int last = outcomes.length - 1;
        if (outcomes[last] == null || outcomes[last] == Outcome.PASSED) {
            return null;
        }
        int start = last;
        int b = last - 1;
        for (; b >= 0; b--) {
            if (outcomes[b] == Outcome.PASSED) {
                break;
            }
            if (outcomes[b] != null) {
                start = b;
            }
        }
        boolean newly = b >= 0;
        HistorySummary.Build from = builds.get(start);
        return new HistorySummary.Since(outcomes[last] == Outcome.FLAKY ? "flaky" : "failed", last - start,
                from.startedAt(), from.commit(), newly, !newly && start == 0);
    }

    private static boolean environment(Outcome[] outcomes, int[] counted) {
        boolean passedAll = false;
        boolean failedAll = false;
        for (int b = 0; b < outcomes.length; b++) {
            if (outcomes[b] == Outcome.FLAKY) {
                return false;
            }
            if (counted[b] >= 2) {
                passedAll |= outcomes[b] == Outcome.PASSED;
                failedAll |= outcomes[b] == Outcome.FAILED;
            }
        }
        return passedAll && failedAll;
    }

    /** The agents of this build's leaderboard in its order, then those of earlier builds only, by name. */
    private static List<HistorySummary.Agent> agents(List<HistoryRecord> window,
            List<Map<String, Baseline.Entry>> entries, Results results) {
        Set<String> names = new LinkedHashSet<>();
        results.agents().stream().map(AgentStats::agent).forEach(names::add);
        Set<String> older = new TreeSet<>();
        window.forEach(record -> older.addAll(record.agents().keySet()));
        names.addAll(older);
        // each build's runs by agent, in one pass over its tests: {passed, counted}
        List<Map<String, long[]>> runs = new ArrayList<>(window.size());
        for (Map<String, Baseline.Entry> build : entries) {
            Map<String, long[]> byAgent = new HashMap<>();
            for (Baseline.Entry entry : build.values()) {
                if (entry.agent() != null) {
                    long[] sums = byAgent.computeIfAbsent(entry.agent(), a -> new long[2]);
                    sums[0] += entry.passedRuns();
                    sums[1] += entry.countedRuns();
                }
            }
            runs.add(byAgent);
        }
        List<HistorySummary.Agent> agents = new ArrayList<>(names.size());
        for (String name : names) {
            List<Double> rates = new ArrayList<>(window.size());
            List<Long> tokens = new ArrayList<>(window.size());
            List<Double> costs = new ArrayList<>(window.size());
            for (int b = 0; b < window.size(); b++) {
                long[] sums = runs.get(b).getOrDefault(name, new long[2]);
                int[] own = scaled(sums[0], sums[1], Integer.MAX_VALUE);
                rates.add(Rates.passRate(own[0], own[1] - own[0]));
                HistoryRecord.AgentUsage used = window.get(b).agents().get(name);
                tokens.add(used == null ? null : used.tokens());
                costs.add(used == null ? null : used.costUsd());
            }
            agents.add(new HistorySummary.Agent(name, rates, tokens, costs));
        }
        return agents;
    }
}
