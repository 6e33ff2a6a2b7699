package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A test over all iterations.
 *
 * @param id {@code className#name}
 * @param module the module (artifactId) whose build ran it, in a reactor aggregate; absent in a module's own results
 * @param kind which plugin ran it: {@code test} (Surefire) or {@code integration-test} (Failsafe)
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
@JsonPropertyOrder({"id", "module", "kind", "className", "name", "outcome", "passRate", "passedRuns", "failedRuns",
    "skippedRuns", "durationMs", "tokens", "costUsd", "agent", "iterations"})
public record TestResult(String id,
        @JsonInclude(JsonInclude.Include.NON_NULL) String module,
        TestKind kind, String className, String name, TestOutcome outcome, Double passRate, int passedRuns,
        int failedRuns, int skippedRuns, long durationMs,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long tokens,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double costUsd,
        @JsonInclude(JsonInclude.Include.NON_NULL) String agent,
        List<Run> iterations) {

    public TestResult {
        kind = kind == null ? TestKind.TEST : kind;
    }

    /** A unit test of a module's own results. */
    public TestResult(String id, String className, String name, TestOutcome outcome, Double passRate, int passedRuns,
            int failedRuns, int skippedRuns, long durationMs, Long tokens, Double costUsd, String agent,
            List<Run> iterations) {
        this(id, null, TestKind.TEST, className, name, outcome, passRate, passedRuns, failedRuns, skippedRuns,
                durationMs, tokens, costUsd, agent, iterations);
    }

    /** A unit test without anything recorded by the runtime. */
    public TestResult(String id, String className, String name, TestOutcome outcome, Double passRate, int passedRuns,
            int failedRuns, int skippedRuns, long durationMs, List<Run> iterations) {
        this(id, className, name, outcome, passRate, passedRuns, failedRuns, skippedRuns, durationMs, null, null, null,
                iterations);
    }

    /** This test under another name (its id follows) with other runs. */
    public TestResult withNameAndRuns(String newName, List<Run> newRuns) {
        return new TestResult(newName.equals(name) ? id : className + "#" + newName, module, kind, className, newName,
                outcome, passRate, passedRuns, failedRuns, skippedRuns, durationMs, tokens, costUsd, agent, newRuns);
    }

    /** This test as a test of {@code newModule}. */
    public TestResult inModule(String newModule) {
        return new TestResult(id, newModule, kind, className, name, outcome, passRate, passedRuns, failedRuns,
                skippedRuns, durationMs, tokens, costUsd, agent, iterations);
    }

    /** The identity of a test within merged results: its module, its kind and its id. */
    public String key() {
        return (module == null ? "" : module) + "\u0000" + kind.json() + "\u0000" + id;
    }
}
