package dev.aitest.merge;

import dev.aitest.model.DamagedFile;
import dev.aitest.model.IterationSummary;
import dev.aitest.model.Rates;
import dev.aitest.model.Run;
import dev.aitest.model.RunOutcome;
import dev.aitest.model.Summary;
import dev.aitest.model.TestCase;
import dev.aitest.model.TestOutcome;
import dev.aitest.model.TestResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the iterations into per-test results: the one definition of outcomes and pass rates.
 *
 * <p>When an iteration's test JVM crashed, every test that other iterations ran but the crashed one did not report
 * is recorded for that iteration as an {@code error} carrying the crash message.
 */
public final class Aggregator {

    /** Most interesting first: failed, flaky (lowest pass rate first), passed, skipped; then by id. */
    public static final Comparator<TestResult> ORDER = Comparator
            .comparing(TestResult::outcome)
            .thenComparing(t -> t.passRate() == null ? 0.0 : t.passRate())
            .thenComparing(TestResult::id);

    private final Map<String, Accumulator> tests = new LinkedHashMap<>();
    private final List<IterationData> iterations = new ArrayList<>();

    /** Adds one finished iteration. */
    public void add(IterationData iteration) {
        iterations.add(iteration);
        for (TestCase testCase : iteration.reports().cases()) {
            tests.computeIfAbsent(testCase.id(), id -> new Accumulator(testCase.className(), testCase.name()))
                    .runs.add(testCase.run());
        }
    }

    /** The merged view of everything added so far. */
    public Merged merge() {
        fillCrashedIterations();
        List<TestResult> results = new ArrayList<>(tests.size());
        int[] byOutcome = new int[TestOutcome.values().length];
        int passedRuns = 0;
        int failedRuns = 0;
        int skippedRuns = 0;
        long duration = 0;
        for (Map.Entry<String, Accumulator> entry : tests.entrySet()) {
            TestResult result = entry.getValue().result(entry.getKey());
            results.add(result);
            byOutcome[result.outcome().ordinal()]++;
            passedRuns += result.passedRuns();
            failedRuns += result.failedRuns();
            skippedRuns += result.skippedRuns();
            duration += result.durationMs();
        }
        results.sort(ORDER);
        Summary summary = new Summary(results.size(), byOutcome[TestOutcome.PASSED.ordinal()],
                byOutcome[TestOutcome.FAILED.ordinal()], byOutcome[TestOutcome.FLAKY.ordinal()],
                byOutcome[TestOutcome.SKIPPED.ordinal()], passedRuns + failedRuns + skippedRuns, passedRuns,
                failedRuns, skippedRuns, Rates.passRate(passedRuns, failedRuns), duration);
        List<IterationSummary> perIteration = new ArrayList<>();
        List<DamagedFile> damaged = new ArrayList<>();
        for (IterationData iteration : iterations) {
            perIteration.add(summarize(iteration.iteration(), iteration.durationMs(), iteration.crash()));
            damaged.addAll(iteration.reports().damaged());
        }
        return new Merged(summary, perIteration, damaged, results);
    }

    /** The summary of one iteration, crash-filled runs included. */
    private IterationSummary summarize(int iteration, long durationMs, String crash) {
        RunTally tally = new RunTally();
        for (Accumulator accumulator : tests.values()) {
            for (Run run : accumulator.runs) {
                if (run.iteration() == iteration) {
                    tally.add(run.outcome());
                }
            }
        }
        return new IterationSummary(iteration, tally.total(), tally.passed(), tally.failed(), tally.skipped(),
                tally.passRate(), durationMs, crash);
    }

    private void fillCrashedIterations() {
        for (IterationData iteration : iterations) {
            if (iteration.crash() == null) {
                continue;
            }
            Set<String> reported = new HashSet<>();
            for (TestCase testCase : iteration.reports().cases()) {
                reported.add(testCase.id());
            }
            String message = "test JVM crashed in iteration " + iteration.iteration() + ": " + iteration.crash();
            for (Map.Entry<String, Accumulator> entry : tests.entrySet()) {
                List<Run> runs = entry.getValue().runs;
                boolean filled = runs.stream().anyMatch(r -> r.iteration() == iteration.iteration());
                if (!reported.contains(entry.getKey()) && !filled) {
                    runs.add(new Run(iteration.iteration(), RunOutcome.ERROR, 0, message, "aitest.ForkCrash", null));
                }
            }
        }
    }

    /**
     * The merged results.
     *
     * @param summary totals
     * @param iterations one summary per iteration
     * @param damagedFiles unreadable or truncated reports
     * @param tests every test, most interesting first
     */
    public record Merged(Summary summary, List<IterationSummary> iterations, List<DamagedFile> damagedFiles,
            List<TestResult> tests) {
    }

    private static final class Accumulator {
        final String className;
        final String name;
        final List<Run> runs = new ArrayList<>();

        Accumulator(String className, String name) {
            this.className = className;
            this.name = name;
        }

        TestResult result(String id) {
            runs.sort(Comparator.comparingInt(Run::iteration));
            RunTally tally = new RunTally();
            long duration = 0;
            for (Run run : runs) {
                duration += run.durationMs();
                tally.add(run.outcome());
            }
            return new TestResult(id, className, name, TestOutcome.of(tally.passed(), tally.failed()),
                    tally.passRate(), tally.passed(), tally.failed(), tally.skipped(), duration, List.copyOf(runs));
        }
    }
}
