package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * One row of the agent leaderboard.
 *
 * @param agent the agent's name
 * @param tests distinct tests with at least one run of this agent
 * @param runs runs of this agent, skipped ones included
 * @param passedRuns runs that passed
 * @param failedRuns runs that failed or erred
 * @param skippedRuns runs that were skipped
 * @param passRate passed / non-skipped runs x 100; null when every run was skipped
 * @param passRateLow the lower bound of its confidence interval (as the overall one), in percent
 * @param passRateHigh its upper bound
 * @param designEffect as the overall one, over this agent's runs
 * @param behindLeader true when the leader's rate minus this agent's has a confidence interval that excludes 0
 * @param passAtK for k = 1..N, over this agent's tests
 * @param passHatK for k = 1..N, over this agent's tests: the reliability of the agent used k times
 * @param tokens tokens over its runs
 * @param costUsd cost over its runs; null when none is known
 * @param meanLatencyMs the mean latency of its timed model calls, rounded to the millisecond; null when none was timed
 */
@JsonPropertyOrder({"agent", "tests", "runs", "passedRuns", "failedRuns", "skippedRuns", "passRate", "passRateLow",
    "passRateHigh", "designEffect", "behindLeader", "passAtK", "passHatK", "tokens", "costUsd",
    "meanLatencyMs"})
public record AgentStats(String agent, int tests, int runs, int passedRuns, int failedRuns, int skippedRuns,
        Double passRate,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double passRateLow,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double passRateHigh,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double designEffect,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean behindLeader,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Double> passAtK,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Double> passHatK,
        long tokens, Double costUsd, @JsonInclude(JsonInclude.Include.NON_NULL) Long meanLatencyMs) {

    public AgentStats {
        passAtK = passAtK == null ? Map.of() : passAtK;
        passHatK = passHatK == null ? Map.of() : passHatK;
    }

    /** A row without its statistics. */
    public AgentStats(String agent, int tests, int runs, int passedRuns, int failedRuns, int skippedRuns,
            Double passRate, long tokens, Double costUsd) {
        this(agent, tests, runs, passedRuns, failedRuns, skippedRuns, passRate, tokens, costUsd, null);
    }

    /** A row without its statistics, with the mean latency of its timed calls (null: none). */
    public AgentStats(String agent, int tests, int runs, int passedRuns, int failedRuns, int skippedRuns,
            Double passRate, long tokens, Double costUsd, Long meanLatencyMs) {
        this(agent, tests, runs, passedRuns, failedRuns, skippedRuns, passRate, null, null, null, null, Map.of(),
                Map.of(), tokens, costUsd, meanLatencyMs);
    }

    /** This row with its statistics. */
    public AgentStats withStatistics(Double low, Double high, Double effect, Boolean behind, Map<String, Double> atK,
            Map<String, Double> hatK) {
        return new AgentStats(agent, tests, runs, passedRuns, failedRuns, skippedRuns, passRate, low, high, effect,
                behind, atK, hatK, tokens, costUsd, meanLatencyMs);
    }
}
