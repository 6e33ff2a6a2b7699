package dev.aitest.merge;

/**
 * One finished iteration: what its reports hold, how long it took, and whether its Surefire run ended abnormally.
 *
 * @param iteration 1-based index
 * @param durationMs wall time
 * @param crash why the run ended abnormally, else null
 * @param reports the test cases and damaged files of its reports
 */
public record IterationData(int iteration, long durationMs, String crash, IterationReports reports) {
}
