package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A test over all iterations, grouped by what changes together. In {@code results.json} the groups are written
 * flat, in this order: the identity's fields, {@code outcome}, the statistics', the counts', the usage's,
 * {@code firstFailedIteration}, the settled group's ({@code settledAt}, {@code settledBy}: only when it stopped early in
 * an adaptive run), the flakiness group's ({@code flakiness} ... {@code reproduce}: only for a classified flaky test),
 * {@code iterations}.
 *
 * @param identity which test it is
 * @param outcome passed, failed, flaky or skipped
 * @param statistics its rate, threshold, interval and verdict
 * @param counts how its runs ended
 * @param usage what its runs used
 * @param settled when and how it stopped early in an adaptive run; {@link Settled#NONE} otherwise
 * @param finding why it is flaky, when it was classified; {@link FlakinessFinding#NONE} otherwise (not named
 *     {@code flakiness}: that is the name of its first field, written flat)
 * @param iterations one entry per run that happened, in iteration order
 */
@JsonPropertyOrder({"identity", "outcome", "statistics", "counts", "usage", "firstFailedIteration", "settled",
    "finding", "iterations"})
public record TestResult(@JsonUnwrapped TestIdentity identity, TestOutcome outcome,
        @JsonUnwrapped TestStatistics statistics, @JsonUnwrapped RunCounts counts, @JsonUnwrapped Usage usage,
        @JsonUnwrapped Settled settled, @JsonUnwrapped FlakinessFinding finding, List<Run> iterations) {

    public TestResult {
        settled = settled == null || !settled.stopped() ? Settled.NONE : settled;
        finding = finding == null || !finding.classified() ? FlakinessFinding.NONE : finding;
    }

    /** A test that ran to the maximum and was not classified: every component but {@link #settled}. */
    public TestResult(TestIdentity identity, TestOutcome outcome, TestStatistics statistics, RunCounts counts,
            Usage usage, List<Run> iterations) {
        this(identity, outcome, statistics, counts, usage, Settled.NONE, FlakinessFinding.NONE, iterations);
    }

    /**
     * The test {@code identity} with {@code runs}: its counts, outcome, rate and usage follow from them; it has the
     * threshold {@code threshold} (null: none) from {@code from}, and is not judged yet.
     */
    public static TestResult of(TestIdentity identity, List<Run> runs, Double threshold, String from) {
        RunCounts counts = RunCounts.of(runs);
        return new TestResult(identity, counts.outcome(), TestStatistics.unjudged(counts, threshold, from), counts,
                Usage.of(runs), Settled.NONE, FlakinessFinding.NONE,
                List.copyOf(runs));
    }

    /** The test {@code identity} with {@code runs}, without a threshold, not judged. */
    public static TestResult of(TestIdentity identity, List<Run> runs) {
        return of(identity, runs, null, null);
    }

    /** {@code className#name}. */
    public String id() {
        return identity.id();
    }

    /** The index of its first failed or erred iteration; null when none failed. */
    @JsonProperty("firstFailedIteration")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public Integer firstFailedIteration() {
        for (Run run : iterations) {
            if (run.outcome().isFailure()) {
                return run.iteration();
            }
        }
        return null;
    }

    /** This test under another class name and name (its id follows) with other runs; nothing else changes. */
    public TestResult withNamesAndRuns(String newClassName, String newName, List<Run> newRuns) {
        return new TestResult(identity.withNames(newClassName, newName), outcome, statistics, counts, usage,
                settled, finding, List.copyOf(newRuns));
    }

    /** This test with {@code newIdentity}. */
    public TestResult withIdentity(TestIdentity newIdentity) {
        return new TestResult(newIdentity, outcome, statistics, counts, usage, settled, finding, iterations);
    }

    /** This test with its statistics. */
    public TestResult withStatistics(TestStatistics newStatistics) {
        return new TestResult(identity, outcome, newStatistics, counts, usage, settled, finding, iterations);
    }

    /** This test, stopped early as {@code value} says ({@link Settled#NONE}: ran to the maximum). */
    public TestResult withSettled(Settled value) {
        return new TestResult(identity, outcome, statistics, counts, usage, value, finding, iterations);
    }

    /** This test with what its classification found ({@link FlakinessFinding#NONE}: not classified). */
    public TestResult withFlakiness(FlakinessFinding value) {
        return new TestResult(identity, outcome, statistics, counts, usage, settled, value, iterations);
    }

    /**
     * How its runs of iterations 1 to {@code window} ended (null: every run): what the overall rate of an adaptive
     * run counts, which is over the iterations in which every test ran.
     */
    public RunCounts countsUpTo(Integer window) {
        if (window == null || iterations.isEmpty() || iterations.get(iterations.size() - 1).iteration() <= window) {
            return counts;
        }
        return RunCounts.of(iterations.stream().filter(run -> run.iteration() <= window).toList());
    }

    /** The runs that count: passed and failed, skipped ones left out. */
    public int countedRuns() {
        return counts.countedRuns();
    }

    /** The identity of a test within merged results: its module, its kind and its id. */
    public String key() {
        return identity.key();
    }

    /** The identity of the test {@code id} of {@code module} (null: none) run as {@code kind} (null: a unit test). */
    public static String key(String module, TestKind kind, String id) {
        return (module == null ? "" : module) + "\u0000" + (kind == null ? TestKind.TEST : kind).json() + "\u0000" + id;
    }
}
