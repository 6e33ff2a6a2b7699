package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;

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
 * @param seed the seed of its test order ({@code aitest.order=random}); absent for the project's own order
 */
public record IterationTotals(int iteration, int tests, int passed, int failed, int skipped, Double passRate,
        long durationMs, String crash, @JsonInclude(JsonInclude.Include.NON_NULL) Long seed) {

    /** The totals of an iteration in the project's own order. */
    public IterationTotals(int iteration, int tests, int passed, int failed, int skipped, Double passRate,
            long durationMs, String crash) {
        this(iteration, tests, passed, failed, skipped, passRate, durationMs, crash, null);
    }

    /** These totals with {@code value} as the crash's words; nothing else changes. */
    public IterationTotals withCrash(String value) {
        return new IterationTotals(iteration, tests, passed, failed, skipped, passRate, durationMs, value, seed);
    }
}
