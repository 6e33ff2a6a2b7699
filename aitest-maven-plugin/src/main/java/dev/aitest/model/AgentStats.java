package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

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
 * @param tokens tokens over its runs
 * @param costUsd cost over its runs; null when none is known
 */
@JsonPropertyOrder({"agent", "tests", "runs", "passedRuns", "failedRuns", "skippedRuns", "passRate", "tokens", "costUsd"})
public record AgentStats(String agent, int tests, int runs, int passedRuns, int failedRuns, int skippedRuns,
        Double passRate, long tokens, Double costUsd) {
}
