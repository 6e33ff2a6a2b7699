package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How many tests each {@link BaselineChange} holds.
 *
 * @param regressed tests whose rate is significantly lower
 * @param improved tests whose rate is significantly higher
 * @param changed tests whose rate moved, not significantly
 * @param unchanged tests with the same proportion of passed runs
 * @param newTests tests in this run only ({@code new} in results.json)
 * @param removed tests in the baseline only
 */
@JsonPropertyOrder({"regressed", "improved", "changed", "unchanged", "new", "removed"})
public record BaselineCounts(int regressed, int improved, int changed, int unchanged,
        @JsonProperty("new") int newTests, int removed) {

    /** Tests that ran both now and in the baseline: all but the new and the removed ones. */
    public int matched() {
        return regressed + improved + changed + unchanged;
    }
}
