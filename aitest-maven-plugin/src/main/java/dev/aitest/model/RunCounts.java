package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * How a test's runs (or all runs of a run) ended.
 *
 * @param passedRuns runs that passed
 * @param failedRuns runs that failed or erred
 * @param skippedRuns runs that were skipped
 */
@JsonPropertyOrder({"passedRuns", "failedRuns", "skippedRuns"})
public record RunCounts(int passedRuns, int failedRuns, int skippedRuns) {

    /** The counts of {@code runs}. */
    public static RunCounts of(List<Run> runs) {
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        for (Run run : runs) {
            switch (run.outcome()) {
                case PASSED -> passed++;
                case FAILED, ERROR -> failed++;
                case SKIPPED -> skipped++;
            }
        }
        return new RunCounts(passed, failed, skipped);
    }

    /** The runs that count: passed and failed, skipped ones left out. */
    public int countedRuns() {
        return passedRuns + failedRuns;
    }

    /** Every run, skipped ones included. */
    public int allRuns() {
        return passedRuns + failedRuns + skippedRuns;
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
