package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A test over all iterations.
 *
 * @param id {@code className#name}
 * @param className the test class
 * @param name the test name, parameter suffix included
 * @param outcome passed, failed, flaky or skipped
 * @param passRate passed runs / non-skipped runs x 100, rounded to two decimals; null when every run was skipped
 * @param passedRuns runs that passed
 * @param failedRuns runs that failed or erred
 * @param skippedRuns runs that were skipped
 * @param durationMs total time of all its runs
 * @param tokens tokens over all its runs; absent when none were recorded
 * @param costUsd cost over all its runs; absent when none is known
 * @param agent the agent of its runs when every run names the same one; else absent
 * @param iterations one entry per run, in iteration order
 */
@JsonPropertyOrder({"id", "className", "name", "outcome", "passRate", "passedRuns", "failedRuns", "skippedRuns",
    "durationMs", "tokens", "costUsd", "agent", "iterations"})
public record TestResult(String id, String className, String name, TestOutcome outcome, Double passRate, int passedRuns,
        int failedRuns, int skippedRuns, long durationMs,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long tokens,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double costUsd,
        @JsonInclude(JsonInclude.Include.NON_NULL) String agent,
        List<Run> iterations) {

    /** A test without anything recorded by the runtime. */
    public TestResult(String id, String className, String name, TestOutcome outcome, Double passRate, int passedRuns,
            int failedRuns, int skippedRuns, long durationMs, List<Run> iterations) {
        this(id, className, name, outcome, passRate, passedRuns, failedRuns, skippedRuns, durationMs, null, null, null,
                iterations);
    }

    /** This test under another name (its id follows) with other runs. */
    public TestResult withNameAndRuns(String newName, List<Run> newRuns) {
        return new TestResult(newName.equals(name) ? id : className + "#" + newName, className, newName, outcome,
                passRate, passedRuns, failedRuns, skippedRuns, durationMs, tokens, costUsd, agent, newRuns);
    }
}
