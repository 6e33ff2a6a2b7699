package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The paired difference of one agent's tests, as {@link BaselineOverall} over the matched tests whose runs (now) all
 * name this agent.
 *
 * @param agent the agent's name
 * @param difference the mean of the differences in percentage points, two decimals; absent when none of its tests
 *     was matched
 * @param differenceLow the lower bound of its t-interval, rounded down; absent with fewer than 2 matched tests
 * @param differenceHigh its upper bound, rounded up
 * @param matchedTests its matched tests with counted runs on both sides
 * @param regressed true when the interval (as shown) lies wholly below 0
 * @param improved true when the interval (as shown) lies wholly above 0
 */
@JsonPropertyOrder({"agent", "difference", "differenceLow", "differenceHigh", "matchedTests", "regressed",
    "improved"})
public record BaselineAgent(String agent,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double difference,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double differenceLow,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double differenceHigh,
        int matchedTests, boolean regressed, boolean improved) {

    /** The agent {@code name} with the figures of {@code overall}. */
    public static BaselineAgent of(String name, BaselineOverall overall) {
        return new BaselineAgent(name, overall.difference(), overall.differenceLow(), overall.differenceHigh(),
                overall.matchedTests(), overall.regressed(), overall.improved());
    }
}
