package dev.aitest.model;

/**
 * What one iteration did.
 *
 * @param iteration 1-based index
 * @param tests test runs in this iteration
 * @param passed runs that passed
 * @param failed runs that failed or erred
 * @param skipped runs that were skipped
 * @param passRate passed / (passed + failed) x 100, two decimals; null when nothing counted
 * @param durationMs wall time of the iteration, Surefire's start-up included
 * @param crash why the iteration's Surefire run ended abnormally (a crashed or timed-out fork), else null
 */
public record IterationTotals(int iteration, int tests, int passed, int failed, int skipped, Double passRate,
        long durationMs, String crash) {
}
