package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The paired difference of the pass rates of the tests that ran both now and in the baseline: per test, its rate now
 * minus its rate then, in percentage points, over the matched tests with counted runs on both sides.
 *
 * @param difference the mean of the differences, two decimals (half-up); absent when no test was matched
 * @param differenceLow the lower bound of its two-sided t-interval at the run's confidence level, rounded down to
 *     two decimals and no lower than -100 (a difference of rates cannot be); absent with fewer than 2 matched tests
 * @param differenceHigh its upper bound, rounded up, no higher than 100
 * @param matchedTests how many differences there are: matched tests with counted runs on both sides
 * @param regressed true when the interval (as shown) lies wholly below 0
 * @param improved true when the interval (as shown) lies wholly above 0
 */
@JsonPropertyOrder({"difference", "differenceLow", "differenceHigh", "matchedTests", "regressed", "improved"})
public record BaselineOverall(@JsonInclude(JsonInclude.Include.NON_NULL) Double difference,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double differenceLow,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double differenceHigh,
        int matchedTests, boolean regressed, boolean improved) {
}
