package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * Totals of a whole run (or of a module of a reactor), with what the runs say about the rate they came from. In
 * {@code results.json} the groups are written flat: the outcome counts' fields, {@code runs}, the run counts', the
 * statistics', the usage's (no {@code agent}).
 *
 * @param outcomes how many tests ended in each outcome
 * @param runs all test runs, skipped ones included
 * @param counts how the runs ended
 * @param statistics the rate of the runs with its interval
 * @param usage what the runs used; its agent is always absent
 */
@JsonPropertyOrder({"outcomes", "runs", "counts", "statistics", "usage"})
public record Totals(@JsonUnwrapped OutcomeCounts outcomes, int runs, @JsonUnwrapped RunCounts counts,
        @JsonUnwrapped TotalStatistics statistics, @JsonUnwrapped Usage usage) {

    /** The totals of {@code tests}, with {@code extra} usage (recorded outside any test; null: none) added. */
    public static Totals of(List<TestResult> tests, Usage extra) {
        return of(tests, extra, null);
    }

    /**
     * The totals of {@code tests}, with {@code extra} usage added; in an adaptive run ({@code adaptive} not null) the
     * outcomes of the runs, and so the rate, count each test's runs of the iterations in which every test of its kind
     * ran ({@link AdaptiveSummary#window}), while the usage counts every run.
     */
    public static Totals of(List<TestResult> tests, Usage extra, AdaptiveSummary adaptive) {
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        int provider = 0;
        int excluded = 0;
        long duration = 0;
        Long tokens = extra == null ? null : extra.tokens();
        Double cost = extra == null ? null : extra.costUsd();
        for (TestResult test : tests) {
            RunCounts own = adaptive == null ? test.counts() : test.countsUpTo(adaptive.window(test.identity()));
            passed += own.passedRuns();
            failed += own.failedRuns();
            skipped += own.skippedRuns();
            provider += own.providerErrors();
            excluded += own.excluded();
            duration += test.usage().durationMs();
            tokens = Tokens.add(tokens, test.usage().tokens());
            cost = Money.add(cost, test.usage().costUsd());
        }
        RunCounts counts = new RunCounts(passed, failed, skipped, provider, excluded);
        return new Totals(OutcomeCounts.of(tests), counts.allRuns(), counts, TotalStatistics.rateOnly(counts),
                new Usage(duration, tokens, Money.round(cost), null, meanLatency(tests)));
    }

    /** The mean latency per timed call over every run of {@code tests}; null when none was timed. */
    private static Long meanLatency(List<TestResult> tests) {
        List<Run> timed = new java.util.ArrayList<>();
        for (TestResult test : tests) {
            if (test.usage().meanLatencyMs() != null) {
                timed.addAll(test.iterations());
            }
        }
        return Usage.meanLatency(timed);
    }

    /** The runs that count: passed and failed, skipped ones left out. */
    public int countedRuns() {
        return counts.countedRuns();
    }

    /** These totals with their statistics. */
    public Totals withStatistics(TotalStatistics newStatistics) {
        return new Totals(outcomes, runs, counts, newStatistics, usage);
    }
}
