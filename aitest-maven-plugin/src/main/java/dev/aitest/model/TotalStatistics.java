package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * What all runs of a run (or of a module) say about the rate they came from. Set as a whole: by the aggregation with
 * the rate alone ({@link #rateOnly}), then by the statistics step.
 *
 * @param passRate passedRuns / (passedRuns + failedRuns) x 100, two decimals; null when no run counted
 * @param passRateLow the lower bound of the rate's confidence interval (Wilson, on the runs' effective number), in
 *     percent; null when no run counted
 * @param passRateHigh its upper bound
 * @param designEffect how much the runs of one test resemble each other: the cluster-robust variance over the
 *     binomial one, at least 1; the interval is taken on passedRuns + failedRuns divided by it
 * @param conclusive true when the interval lies wholly at or above the threshold, or wholly below it
 * @param iterationsToSettle how many more iterations would make it conclusive if the rate held; null when none
 *     would (the rate equals the threshold, or more than 10,000 would be needed)
 * @param passAtK for k = 1..N, the mean over tests of the chance that at least one of k tries passes
 * @param passHatK for k = 1..N, the mean over tests of the chance that all k tries pass
 */
@JsonPropertyOrder({"passRate", "passRateLow", "passRateHigh", "designEffect", "conclusive", "iterationsToSettle",
    "passAtK", "passHatK"})
public record TotalStatistics(Double passRate,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double passRateLow,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double passRateHigh,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double designEffect,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean conclusive,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer iterationsToSettle,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Double> passAtK,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Double> passHatK) {

    public TotalStatistics {
        passAtK = passAtK == null ? Map.of() : passAtK;
        passHatK = passHatK == null ? Map.of() : passHatK;
    }

    /** The rate of {@code counts} and nothing else. */
    public static TotalStatistics rateOnly(RunCounts counts) {
        return new TotalStatistics(counts.passRate(), null, null, null, null, null, Map.of(), Map.of());
    }
}
