package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * Totals of a whole run (or of a module of a reactor), with what the runs say about the rate they came from.
 *
 * @param tests distinct tests
 * @param passed tests whose outcome is passed
 * @param failed tests whose outcome is failed
 * @param flaky tests whose outcome is flaky
 * @param skipped tests whose outcome is skipped
 * @param runs all test runs, skipped ones included
 * @param passedRuns runs that passed
 * @param failedRuns runs that failed or erred
 * @param skippedRuns runs that were skipped
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
 * @param durationMs total time of all test runs as Surefire reported them
 * @param tokens tokens over all runs; absent when none were recorded
 * @param costUsd cost over all runs; absent when none is known
 */
@JsonPropertyOrder({"tests", "passed", "failed", "flaky", "skipped", "runs", "passedRuns", "failedRuns", "skippedRuns",
    "passRate", "passRateLow", "passRateHigh", "designEffect", "conclusive", "iterationsToSettle", "passAtK",
    "passHatK", "durationMs", "tokens", "costUsd"})
public record Totals(int tests, int passed, int failed, int flaky, int skipped, int runs, int passedRuns,
        int failedRuns, int skippedRuns, Double passRate,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double passRateLow,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double passRateHigh,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double designEffect,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean conclusive,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer iterationsToSettle,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Double> passAtK,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Double> passHatK,
        long durationMs,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long tokens,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double costUsd) {

    /** Totals without their statistics. */
    public Totals(int tests, int passed, int failed, int flaky, int skipped, int runs, int passedRuns,
            int failedRuns, int skippedRuns, Double passRate, long durationMs, Long tokens, Double costUsd) {
        this(tests, passed, failed, flaky, skipped, runs, passedRuns, failedRuns, skippedRuns, passRate, null, null,
                null, null, null, Map.of(), Map.of(), durationMs, tokens, costUsd);
    }

    /** Totals without anything recorded by the runtime, nor statistics. */
    public Totals(int tests, int passed, int failed, int flaky, int skipped, int runs, int passedRuns,
            int failedRuns, int skippedRuns, Double passRate, long durationMs) {
        this(tests, passed, failed, flaky, skipped, runs, passedRuns, failedRuns, skippedRuns, passRate, durationMs,
                null, null);
    }

    public Totals {
        passAtK = passAtK == null ? Map.of() : passAtK;
        passHatK = passHatK == null ? Map.of() : passHatK;
    }

    /** The runs that count: passed and failed, skipped ones left out. */
    public int countedRuns() {
        return passedRuns + failedRuns;
    }

    /** These totals with their statistics. */
    public Totals withStatistics(Double low, Double high, Double effect, Boolean isConclusive, Integer settle,
            Map<String, Double> atK, Map<String, Double> hatK) {
        return new Totals(tests, passed, failed, flaky, skipped, runs, passedRuns, failedRuns, skippedRuns, passRate,
                low, high, effect, isConclusive, settle, atK, hatK, durationMs, tokens, costUsd);
    }
}
