package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * How a test's runs (or all runs of a run) ended.
 *
 * @param passedRuns runs that passed
 * @param failedRuns runs that failed or erred
 * @param skippedRuns runs that were skipped
 * @param providerErrorRuns runs in error because the model's provider failed (counted in failedRuns, unless
 *     excluded); absent when none
 * @param excludedRuns provider failures left out of every pass rate ({@code aitest.providerErrors=exclude}): in none
 *     of passedRuns, failedRuns and skippedRuns; absent when none
 */
@JsonPropertyOrder({"passedRuns", "failedRuns", "skippedRuns", "providerErrorRuns", "excludedRuns"})
public record RunCounts(int passedRuns, int failedRuns, int skippedRuns,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer providerErrorRuns,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer excludedRuns) {

    public RunCounts {
        // absent (null) when none, so that results without provider failures read as before
        providerErrorRuns = providerErrorRuns == null || providerErrorRuns == 0 ? null : providerErrorRuns;
        excludedRuns = excludedRuns == null || excludedRuns == 0 ? null : excludedRuns;
    }

    /** Counts without provider failures. */
    public RunCounts(int passedRuns, int failedRuns, int skippedRuns) {
        this(passedRuns, failedRuns, skippedRuns, 0, 0);
    }

    /** The counts of {@code runs}. */
    public static RunCounts of(List<Run> runs) {
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        int provider = 0;
        int excluded = 0;
        for (Run run : runs) {
            if (run.origin().fromProvider()) {
                provider++;
                if (run.origin().leftOut()) {
                    excluded++;
                    continue;
                }
            }
            switch (run.outcome()) {
                case PASSED -> passed++;
                case FAILED, ERROR -> failed++;
                case SKIPPED -> skipped++;
            }
        }
        return new RunCounts(passed, failed, skipped, provider, excluded);
    }

    /** The runs that count: passed and failed, skipped ones left out. */
    public int countedRuns() {
        return passedRuns + failedRuns;
    }

    /** Every run, skipped and excluded ones included. */
    public int allRuns() {
        return passedRuns + failedRuns + skippedRuns + excluded();
    }

    /** The runs the provider failed, 0 when none. */
    public int providerErrors() {
        return providerErrorRuns == null ? 0 : providerErrorRuns;
    }

    /** The runs left out of every pass rate, 0 when none. */
    public int excluded() {
        return excludedRuns == null ? 0 : excludedRuns;
    }

    /** passedRuns / countedRuns x 100, two decimals; null when no run counted ({@link Rates#passRate}). */
    public Double passRate() {
        return Rates.passRate(passedRuns, failedRuns);
    }

    /** The outcome of a test with these counts. */
    public TestOutcome outcome() {
        return TestOutcome.of(passedRuns, failedRuns);
    }
}
