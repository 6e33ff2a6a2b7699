package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Totals of a whole run.
 *
 * @param tests distinct tests
 * @param passed tests whose outcome is passed
 * @param failed tests whose outcome is failed
 * @param flaky tests whose outcome is flaky
 * @param skipped tests whose outcome is skipped
 * @param runs all test runs, skipped ones included
 * @param passedRuns runs that passed
 * @param failedRuns runs that failed or erred
 * @param skippedRuns runs that were skipped
 * @param passRate passedRuns / (passedRuns + failedRuns) x 100, two decimals; null when no run counted
 * @param durationMs total time of all test runs as Surefire reported them
 * @param tokens tokens over all runs; absent when none were recorded
 * @param costUsd cost over all runs; absent when none is known
 */
public record Totals(int tests, int passed, int failed, int flaky, int skipped, int runs, int passedRuns,
        int failedRuns, int skippedRuns, Double passRate, long durationMs,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long tokens,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double costUsd) {

    /** Totals without anything recorded by the runtime. */
    public Totals(int tests, int passed, int failed, int flaky, int skipped, int runs, int passedRuns,
            int failedRuns, int skippedRuns, Double passRate, long durationMs) {
        this(tests, passed, failed, flaky, skipped, runs, passedRuns, failedRuns, skippedRuns, passRate, durationMs,
                null, null);
    }
}
