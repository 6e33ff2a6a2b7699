package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Why a run started no further iteration although fewer than {@code aitest.iterations} had run: a budget was
 * reached. The run ends as a normal one with the iterations that ran.
 *
 * @param reason {@code cost} ({@code aitest.maxCostUsd}) or {@code time} ({@code aitest.maxDuration})
 * @param afterIteration the last iteration that ran
 * @param costUsd the cost recorded by the iterations that ran, when known
 * @param maxCostUsd the cost budget, when one was set
 * @param durationMs the wall time of the iterations that ran
 * @param maxDurationMs the time budget, when one was set
 * @param nextIterationMs for {@code time}: how long the next iteration was expected to take (the mean of those
 *     that ran)
 */
@JsonPropertyOrder({"reason", "afterIteration", "costUsd", "maxCostUsd", "durationMs", "maxDurationMs",
    "nextIterationMs"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoppedEarly(String reason, int afterIteration, Double costUsd, Double maxCostUsd, long durationMs,
        Long maxDurationMs, Long nextIterationMs) {

    /** The reason for a cost budget. */
    public static final String COST = "cost";
    /** The reason for a time budget. */
    public static final String TIME = "time";
}
