package dev.aitest.model;

/**
 * One row of the agent leaderboard.
 *
 * @param agent the agent's name
 * @param tests distinct tests with at least one run of this agent
 * @param runs runs of this agent, skipped ones included
 * @param passedRuns runs that passed
 * @param passRate passed / non-skipped runs x 100; null when every run was skipped
 * @param tokens tokens over its runs
 * @param costUsd cost over its runs; null when none is known
 */
public record AgentStats(String agent, int tests, int runs, int passedRuns, Double passRate, long tokens,
        Double costUsd) {
}
