package dev.aitest.run;

/**
 * When a run starts no further iteration: once the cost recorded by the iterations that ran has reached
 * {@code maxCostUsd}, or when the next iteration, expected to take as long as the mean of those that ran, would end
 * after {@code maxDurationMs} from the start of the run.
 *
 * @param maxCostUsd {@code aitest.maxCostUsd}, or null for no cost budget
 * @param maxDurationMs {@code aitest.maxDuration} in milliseconds, or null for no time budget
 */
public record Budget(Double maxCostUsd, Long maxDurationMs) {

    /** No budget. */
    public static final Budget NONE = new Budget(null, null);
}
