package dev.aitest.merge;

import dev.aitest.cost.Pricing;
import dev.aitest.model.AdaptiveSummary;
import dev.aitest.model.AgentStats;
import dev.aitest.model.ClassificationSummary;
import dev.aitest.model.CrashRuns;
import dev.aitest.model.Flakiness;
import dev.aitest.model.FlakinessFinding;
import dev.aitest.store.ClassificationRecord;
import dev.aitest.model.Criteria;
import dev.aitest.model.DamagedFile;
import dev.aitest.model.Environment;
import dev.aitest.model.IterationTotals;
import dev.aitest.model.Money;
import dev.aitest.model.TestIdentity;
import dev.aitest.model.TestStatistics;
import dev.aitest.model.Tokens;
import dev.aitest.model.Progress;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Results;
import dev.aitest.model.RunInfo;
import dev.aitest.model.Run;
import dev.aitest.model.RunOutcome;
import dev.aitest.model.RunUsage;
import dev.aitest.model.Totals;
import dev.aitest.model.TestCase;
import dev.aitest.model.TestKind;
import dev.aitest.model.TestOutcome;
import dev.aitest.model.TestResult;
import dev.aitest.model.Unattributed;
import dev.aitest.model.Usage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges the iterations into per-test results: the one definition of outcomes, pass rates, token and cost totals,
 * and the agent leaderboard.
 *
 * <p>When an iteration's test JVM crashed, every test that other iterations ran but the crashed one did not report
 * is recorded for that iteration as an {@code error} carrying the crash message. What the runtime recorded for such
 * a test before the crash is kept on that run.
 */
public final class Aggregator {

    /** Most interesting first: failed, flaky (lowest pass rate first), passed, skipped; then by id. */
    public static final Comparator<TestResult> ORDER = Comparator
            .comparing(TestResult::outcome)
            .thenComparing(t -> t.statistics().passRate() == null ? 0.0 : t.statistics().passRate())
            .thenComparing(TestResult::id)
            .thenComparing(TestResult::key);

    /** The leaderboard: pass rate descending (none last), then cost ascending (unknown last), then name. */
    public static final Comparator<AgentStats> LEADERBOARD = Comparator
            .comparing((AgentStats a) -> a.passRate() == null ? -1.0 : a.passRate(), Comparator.reverseOrder())
            .thenComparing(a -> a.costUsd() == null ? Double.MAX_VALUE : a.costUsd())
            .thenComparing(AgentStats::agent);

    private final Pricing pricing;
    /** Tests by their source ({@link #source}) and id. */
    private final Map<TestKey, Accumulator> tests = new LinkedHashMap<>();

    /** A test within its source (module and kind): the parts themselves, not a string built from them per run. */
    private record TestKey(String source, String className, String name) {
    }
    private final List<IterationData> iterations = new ArrayList<>();
    /** What adaptive runs decided, from their iteration records. */
    private final AdaptiveRecords adaptive = new AdaptiveRecords();
    /** What the classifications of flaky tests found, by source, then by test id. */
    private final Map<String, Map<String, FlakinessFinding>> findings = new HashMap<>();
    /** The classifications' runs together; null when none was added. */
    private ClassificationSummary classification;
    /** The sidecars of each iteration, by source, then by index. */
    private final Map<String, Map<Integer, SidecarReader.Sidecars>> sidecars = new HashMap<>();

    /** Whether the runs the provider failed are left out of the pass rates ({@code aitest.providerErrors}). */
    private boolean excludeProviderErrors;

    public Aggregator(Pricing pricing) {
        this.pricing = pricing;
    }

    /**
     * This aggregator, leaving the runs the provider failed ({@link dev.aitest.model.RunCause}) out of every pass rate
     * when {@code exclude} ({@code aitest.providerErrors=exclude}): they stay in the runs, marked excluded.
     */
    public Aggregator excludingProviderErrors(boolean exclude) {
        excludeProviderErrors = exclude;
        return this;
    }

    /**
     * Where an iteration's tests come from: its module and its kind. Tests of different sources are different
     * tests, even with the same id, and a crash fills in only the tests of its own source.
     */
    private static String source(String module, TestKind kind) {
        return (module == null ? "" : module) + "\u0000" + kind.json() + "\u0000";
    }

    private static String source(IterationData iteration) {
        return source(iteration.moduleKey(), iteration.kind());
    }

    /** Adds one finished iteration. */
    public void add(IterationData iteration) {
        iterations.add(iteration);
        String source = source(iteration);
        adaptive.add(source, iteration);
        sidecars.computeIfAbsent(source, s -> new HashMap<>()).put(iteration.iteration(), iteration.sidecars());
        for (TestCase testCase : iteration.reports().cases()) {
            Run run = testCase.run();
            tests.computeIfAbsent(new TestKey(source, testCase.className(), testCase.name()), key -> new Accumulator(iteration.module(),
                    iteration.moduleId(), iteration.kind(), testCase.className(), testCase.name()))
                    .runs.add(excludeProviderErrors && run.origin().fromProvider() ? run.withCause(run.origin().exclude()) : run);
        }
    }

    /**
     * Adds what the classification of the flaky tests of {@code record}'s kind in {@code moduleKey} (null: a project
     * of its own) found; its runs count apart, in no pass rate.
     */
    public void add(ClassificationRecord record, String moduleKey) {
        findings.computeIfAbsent(source(moduleKey, record.kind()), s -> new HashMap<>()).putAll(record.tests());
        int[] causes = new int[Flakiness.values().length];
        record.tests().values().forEach(f -> causes[f.flakiness().ordinal()]++);
        ClassificationSummary own = new ClassificationSummary(record.runs(), record.maxRuns(),
                causes[Flakiness.ORDER_DEPENDENT.ordinal()], causes[Flakiness.NON_DETERMINISTIC.ordinal()],
                causes[Flakiness.UNKNOWN.ordinal()], record.durationMs());
        classification = own.plus(classification);
    }

    /** The merged view of everything added so far. */
    public Merged merge() {
        fillCrashedIterations();
        Set<String> unpriced = new TreeSet<>();
        RecordedUsage unattributed = unmatchedUsage();
        List<TestResult> results = new ArrayList<>(tests.size());
        for (Map.Entry<TestKey, Accumulator> entry : tests.entrySet()) {
            Accumulator accumulator = entry.getValue();
            String id = accumulator.className + "#" + accumulator.name;
            results.add(withUsage(accumulator, unpriced).withSettled(adaptive.settled(entry.getKey().source(), id))
                    .withFlakiness(findings.getOrDefault(entry.getKey().source(), Map.of())
                            .getOrDefault(id, FlakinessFinding.NONE)));
        }
        results.sort(ORDER);
        AdaptiveSummary adaptiveSummary = adaptive.summary(results, test -> source(test.moduleKey(), test.kind()));
        Double unattributedCost = unattributed.cost(pricing, unpriced);
        long unattributedTokens = Tokens.add(unattributed.inputTokens(), unattributed.outputTokens());
        List<DamagedFile> damaged = new ArrayList<>();
        for (IterationData iteration : iterations) {
            damaged.addAll(iteration.reports().damaged());
            damaged.addAll(iteration.sidecars().damaged());
        }
        Unattributed leftOver = unattributed.records() == 0 ? null
                : new Unattributed(unattributed.records(), unattributedTokens, Money.round(unattributedCost));
        return new Merged(summarize(results, leftOver, adaptiveSummary), perIteration(results), damaged, results,
                leaderboard(results), List.copyOf(unpriced), leftOver, adaptiveSummary, classification);
    }

    /** Sidecar records whose test no report of their source names, plus the records made outside any test. */
    private RecordedUsage unmatchedUsage() {
        Set<String> known = new HashSet<>();
        for (Accumulator accumulator : tests.values()) {
            known.add(source(accumulator.moduleId != null ? accumulator.moduleId : accumulator.module, accumulator.kind)
                    + SidecarReader.key(accumulator.className, accumulator.name));
        }
        RecordedUsage unmatched = new RecordedUsage();
        for (IterationData iteration : iterations) {
            String source = source(iteration);
            unmatched.addAll(iteration.sidecars().unattributed());
            iteration.sidecars().byTest().forEach((key, usage) -> {
                if (!known.contains(source + key)) {
                    unmatched.addAll(usage);
                }
            });
        }
        return unmatched;
    }

    /**
     * The test of {@code accumulator}, its runs in iteration order with what the runtime recorded for each, and the
     * threshold its {@code @MinPassRate} set, as the runtime recorded it.
     */
    private TestResult withUsage(Accumulator accumulator, Set<String> unpriced) {
        accumulator.runs.sort(Comparator.comparingInt(Run::iteration));
        TestIdentity identity = TestIdentity.of(accumulator.module, accumulator.moduleId, accumulator.kind,
                accumulator.className, accumulator.name);
        Map<Integer, SidecarReader.Sidecars> bySource = sidecars.getOrDefault(
                source(identity.moduleKey(), identity.kind()), Map.of());
        if (bySource.values().stream().allMatch(recorded -> recorded.byTest().isEmpty())) {
            // nothing recorded for any test of its source
            return TestResult.of(identity, accumulator.runs, null, TestStatistics.FROM_ANNOTATION);
        }
        String key = SidecarReader.key(identity.className(), identity.name());
        List<Run> runs = new ArrayList<>(accumulator.runs.size());
        Double threshold = null;
        for (Run run : accumulator.runs) {
            SidecarReader.Sidecars recorded = bySource.get(run.iteration());
            RecordedUsage usage = recorded == null ? null : recorded.byTest().get(key);
            threshold = usage != null && usage.minPassRate() != null ? usage.minPassRate() : threshold;
            if (usage == null || usage.records() == 0) {
                runs.add(run);
                continue;
            }
            boolean hasTokens = !usage.tokensByModel().isEmpty();
            runs.add(run.withUsage(RunUsage.of(usage.agent(), new ArrayList<>(usage.tokensByModel().keySet()),
                    hasTokens ? usage.inputTokens() : null, hasTokens ? usage.outputTokens() : null,
                    Money.round(usage.cost(pricing, unpriced)),
                    usage.metrics().isEmpty() ? null : new LinkedHashMap<>(usage.metrics()), usage.timedCalls(),
                    usage.latencyMs())));
        }
        return TestResult.of(identity, runs, threshold, TestStatistics.FROM_ANNOTATION);
    }

    private static Totals summarize(List<TestResult> results, Unattributed unattributed, AdaptiveSummary adaptive) {
        return Totals.of(results, unattributed == null ? null
                : new Usage(0, unattributed.tokens(), unattributed.costUsd(), null), adaptive);
    }

    /**
     * One summary per iteration index, over every kind of tests (and module) that ran in it: their runs,
     * crash-filled ones included, their wall times added, their crashes joined.
     */
    private List<IterationTotals> perIteration(List<TestResult> results) {
        Map<Integer, RunTally> tallies = new TreeMap<>();
        for (IterationData iteration : iterations) {
            tallies.putIfAbsent(iteration.iteration(), new RunTally());
        }
        for (TestResult result : results) {
            for (Run run : result.iterations()) {
                RunTally tally = tallies.get(run.iteration());
                // a provider failure left out of the pass rates is left out of its iteration's too
                if (tally != null && !run.origin().leftOut()) {
                    tally.add(run.outcome());
                }
            }
        }
        List<IterationTotals> summaries = new ArrayList<>(tallies.size());
        tallies.forEach((index, tally) -> {
            long duration = 0;
            Set<String> crashes = new LinkedHashSet<>();
            // the seed of the iteration's order: one for all its kinds and modules, derived from the run's
            Long seed = null;
            for (IterationData iteration : iterations) {
                if (iteration.iteration() == index) {
                    duration += iteration.durationMs();
                    if (iteration.crash() != null) {
                        crashes.add(iteration.crash());
                    }
                    seed = seed != null ? seed : iteration.record().seed();
                }
            }
            summaries.add(new IterationTotals(index, tally.total(), tally.passed(), tally.failed(), tally.skipped(),
                    tally.passRate(), duration, crashes.isEmpty() ? null : String.join(" | ", crashes), seed));
        });
        return summaries;
    }

    private static List<AgentStats> leaderboard(List<TestResult> results) {
        Map<String, AgentAccumulator> byAgent = new TreeMap<>();
        for (TestResult result : results) {
            for (Run run : result.iterations()) {
                if (run.usage().agent() != null) {
                    byAgent.computeIfAbsent(run.usage().agent(), a -> new AgentAccumulator()).add(result.id(), run);
                }
            }
        }
        List<AgentStats> board = new ArrayList<>();
        byAgent.forEach((agent, acc) -> board.add(new AgentStats(agent, acc.tests.size(), acc.tally.total(),
                acc.tally.passed(), acc.tally.failed(), acc.tally.skipped(), acc.tally.passRate(), acc.tokens,
                Money.round(acc.cost), Usage.meanLatency(acc.runs))));
        board.sort(LEADERBOARD);
        return board;
    }

    private void fillCrashedIterations() {
        for (IterationData iteration : iterations) {
            if (iteration.crash() == null) {
                continue;
            }
            String source = source(iteration);
            Set<TestKey> reported = new HashSet<>();
            for (TestCase testCase : iteration.reports().cases()) {
                reported.add(new TestKey(source, testCase.className(), testCase.name()));
            }
            String message = CrashRuns.message(iteration.iteration(), iteration.crash(), iteration.timedOut());
            String type = CrashRuns.type(iteration.timedOut());
            for (Map.Entry<TestKey, Accumulator> entry : tests.entrySet()) {
                if (!entry.getKey().source().equals(source)) {
                    continue;
                }
                List<Run> runs = entry.getValue().runs;
                boolean present = runs.stream().anyMatch(r -> r.iteration() == iteration.iteration());
                // an adaptive iteration that left the test out did not fail to report it
                if (!reported.contains(entry.getKey()) && !present && adaptive.ran(source, iteration.iteration(),
                        entry.getKey().className(), entry.getKey().name())) {
                    runs.add(new Run(iteration.iteration(), RunOutcome.ERROR, 0, message, type, null));
                }
            }
        }
    }

    /**
     * The merged results.
     *
     * @param totals totals
     * @param iterations one summary per iteration
     * @param damagedFiles unreadable or truncated reports and sidecars
     * @param tests every test, most interesting first
     * @param agents the leaderboard
     * @param unpricedModels models with usage but no price
     * @param unattributed usage not tied to any test, else null
     * @param adaptive what the adaptive runs among the iterations did and saved; null when none was adaptive
     * @param classification the runs that classified the flaky tests; null when none did
     */
    public record Merged(Totals totals, List<IterationTotals> iterations, List<DamagedFile> damagedFiles,
            List<TestResult> tests, List<AgentStats> agents, List<String> unpricedModels, Unattributed unattributed,
            AdaptiveSummary adaptive, ClassificationSummary classification) {

        /** The results of a complete run of {@code iterationCount} iterations that merged into this. */
        public Results results(int iterationCount, double minPassRate, String startedAt, long durationMs,
                Environment environment, ProjectInfo project) {
            RunInfo run = new RunInfo(null, project, iterationCount, Criteria.of(minPassRate), startedAt, durationMs,
                    Progress.COMPLETE, environment);
            return new Results(Results.SCHEMA_VERSION, run, totals, List.of(), iterations, adaptive, classification, damagedFiles,
                    agents,
                    unpricedModels, unattributed, null, null, null, null, tests);
        }

        /**
         * The totals of each module's tests, by module ({@link TestResult#moduleKey()}), in the order {@code modules}
         * names them; a module without tests has empty totals.
         */
        public Map<String, Totals> moduleTotals(List<String> modules) {
            Map<String, Totals> totals = new LinkedHashMap<>();
            for (String module : modules) {
                totals.put(module, summarize(tests.stream().filter(t -> module.equals(t.identity().moduleKey())).toList(),
                        null, adaptive));
            }
            return totals;
        }
    }

    private static final class AgentAccumulator {
        final Set<String> tests = new LinkedHashSet<>();
        final RunTally tally = new RunTally();
        /** Its runs with timed calls, for the mean latency. */
        final List<Run> runs = new ArrayList<>();
        long tokens;
        Double cost;

        void add(String test, Run run) {
            tests.add(test);
            if (run.usage().calls() != null) {
                runs.add(run);
            }
            if (!run.origin().leftOut()) {
                tally.add(run.outcome());
            }
            tokens = Tokens.add(tokens, run.usage().tokens() == null ? 0 : run.usage().tokens());
            cost = Money.add(cost, run.usage().costUsd());
        }
    }

    private static final class Accumulator {
        final String module;
        final String moduleId;
        final TestKind kind;
        final String className;
        final String name;
        final List<Run> runs = new ArrayList<>();

        Accumulator(String module, String moduleId, TestKind kind, String className, String name) {
            this.module = module;
            this.moduleId = moduleId;
            this.kind = kind;
            this.className = className;
            this.name = name;
        }
    }
}
