package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A test's counted runs on one side of a baseline comparison.
 *
 * @param passedRuns runs that passed
 * @param countedRuns runs that passed or failed; skipped runs count in neither
 * @param passRate passedRuns / countedRuns x 100, two decimals, as {@link Rates#passRate}; null when no run counted
 */
@JsonPropertyOrder({"passedRuns", "countedRuns", "passRate"})
public record BaselineRuns(int passedRuns, int countedRuns, Double passRate) {

    /** The runs of {@code passed} passed out of {@code counted}, with their rate. */
    public static BaselineRuns of(int passed, int counted) {
        return new BaselineRuns(passed, counted, Rates.passRate(passed, counted - passed));
    }
}
