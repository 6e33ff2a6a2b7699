package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a test's runs say about its pass rate, against its own threshold when it has one. Set as a whole: by the
 * aggregation without the interval and the verdict ({@link #unjudged}), then by the statistics step.
 *
 * @param passRate passed runs / non-skipped runs x 100, rounded to two decimals; null when every run was skipped
 * @param passRateLow the lower bound of the rate's Wilson confidence interval, in percent; null without counted runs
 * @param passRateHigh its upper bound
 * @param minPassRate the threshold in force for this test, in percent; absent when none
 * @param thresholdFrom where that threshold comes from: {@code @MinPassRate} (the annotation) or
 *     {@code aitest.minTestPassRate}; absent when none
 * @param meetsThreshold whether the test meets its threshold under {@code aitest.gate}; absent without a threshold or
 *     counted runs
 * @param conclusive for a test with a threshold: whether its interval lies wholly at or above it, or wholly below
 * @param iterationsToSettle for a test with a threshold: how many more runs would make it conclusive if its rate
 *     held; null when none would
 */
@JsonPropertyOrder({"passRate", "passRateLow", "passRateHigh", "minPassRate", "thresholdFrom", "meetsThreshold",
    "conclusive", "iterationsToSettle"})
public record TestStatistics(Double passRate,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double passRateLow,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double passRateHigh,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double minPassRate,
        @JsonInclude(JsonInclude.Include.NON_NULL) String thresholdFrom,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean meetsThreshold,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean conclusive,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer iterationsToSettle) {

    /** {@link #thresholdFrom} of a threshold set by the test's {@code @MinPassRate}. */
    public static final String FROM_ANNOTATION = "@MinPassRate";
    /** {@link #thresholdFrom} of a threshold set by {@code aitest.minTestPassRate}. */
    public static final String FROM_PROPERTY = "aitest.minTestPassRate";

    public TestStatistics {
        thresholdFrom = minPassRate == null ? null : thresholdFrom;
    }

    /** The rate of {@code counts} against {@code threshold} (null: none) from {@code from}, not yet judged. */
    public static TestStatistics unjudged(RunCounts counts, Double threshold, String from) {
        return new TestStatistics(Rates.passRate(counts.passedRuns(), counts.failedRuns()), null, null, threshold,
                from, null, null, null);
    }
}
