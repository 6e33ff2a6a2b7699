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
 * @param passedRuns runs that passed
 * @param failedRuns runs that failed or erred
 * @param skippedRuns runs that were skipped
 * @param durationMs total time of all its runs
 * @param tokens tokens over all its runs; absent when none were recorded
 * @param costUsd cost over all its runs; absent when none is known
 * @param agent the agent of its runs when every run names the same one; else absent
 * @param iterations one entry per run, in iteration order
 * @param moduleId the module as {@code groupId:artifactId}, in a reactor aggregate (two modules may share an
 *     artifactId); absent in a module's own results and in results written before it was recorded
 */
@JsonPropertyOrder({"id", "module", "moduleId", "kind", "className", "name", "outcome", "passRate", "passRateLow", "passRateHigh",
    "minPassRate", "thresholdFrom", "meetsThreshold", "conclusive", "iterationsToSettle", "passedRuns", "failedRuns",
    "skippedRuns", "durationMs", "tokens", "costUsd", "agent", "iterations"})
public record TestResult(String id,
        @JsonInclude(JsonInclude.Include.NON_NULL) String module,
        TestKind kind, String className, String name, TestOutcome outcome, Double passRate,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double passRateLow,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double passRateHigh,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double minPassRate,
        @JsonInclude(JsonInclude.Include.NON_NULL) String thresholdFrom,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean meetsThreshold,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean conclusive,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer iterationsToSettle,
        int passedRuns, int failedRuns, int skippedRuns, long durationMs,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long tokens,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double costUsd,
        @JsonInclude(JsonInclude.Include.NON_NULL) String agent,
        List<Run> iterations,
        @JsonInclude(JsonInclude.Include.NON_NULL) String moduleId) {

    public TestResult {
        kind = kind == null ? TestKind.TEST : kind;
    }

    /** A test whose module, if any, is known by its artifactId alone. */
    public TestResult(String id, String module, TestKind kind, String className, String name, TestOutcome outcome,
            Double passRate, Double passRateLow, Double passRateHigh, Double minPassRate, String thresholdFrom,
            Boolean meetsThreshold, Boolean conclusive, Integer iterationsToSettle, int passedRuns, int failedRuns,
            int skippedRuns, long durationMs, Long tokens, Double costUsd, String agent, List<Run> iterations) {
        this(id, module, kind, className, name, outcome, passRate, passRateLow, passRateHigh, minPassRate,
                thresholdFrom, meetsThreshold, conclusive, iterationsToSettle, passedRuns, failedRuns, skippedRuns,
                durationMs, tokens, costUsd, agent, iterations, null);
    }

    /** A test without its statistics. */
    public TestResult(String id, String module, TestKind kind, String className, String name, TestOutcome outcome,
            Double passRate, int passedRuns, int failedRuns, int skippedRuns, long durationMs, Long tokens,
            Double costUsd, String agent, List<Run> iterations) {
        this(id, module, kind, className, name, outcome, passRate, null, null, null, null, null, null, null,
                passedRuns, failedRuns, skippedRuns, durationMs, tokens, costUsd, agent, iterations);
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
        return withNamesAndRuns(className, newName, newRuns);
    }

    /** This test under another class name and name (its id follows) with other runs. */
    public TestResult withNamesAndRuns(String newClassName, String newName, List<Run> newRuns) {
        boolean same = newName.equals(name) && java.util.Objects.equals(newClassName, className);
        return new TestResult(same ? id : newClassName + "#" + newName, module, kind, newClassName, newName,
                outcome, passRate, passRateLow, passRateHigh, minPassRate, thresholdFrom, meetsThreshold, conclusive,
                iterationsToSettle, passedRuns, failedRuns, skippedRuns, durationMs, tokens, costUsd, agent, newRuns, moduleId);
    }

    /** This test as a test of {@code newModule}. */
    public TestResult inModule(String newModule) {
        return new TestResult(id, newModule, kind, className, name, outcome, passRate, passRateLow, passRateHigh,
                minPassRate, thresholdFrom, meetsThreshold, conclusive, iterationsToSettle, passedRuns, failedRuns,
                skippedRuns, durationMs, tokens, costUsd, agent, iterations, null);
    }

    /** This test as a test of the module {@code newModuleId} ({@code groupId:artifactId}; null: by artifactId). */
    public TestResult withModuleId(String newModuleId) {
        return new TestResult(id, module, kind, className, name, outcome, passRate, passRateLow, passRateHigh,
                minPassRate, thresholdFrom, meetsThreshold, conclusive, iterationsToSettle, passedRuns, failedRuns,
                skippedRuns, durationMs, tokens, costUsd, agent, iterations, newModuleId);
    }

    /**
     * What tells its module from every other: {@code groupId:artifactId} when recorded, else the artifactId (results
     * written before the groupId was), else null.
     */
    public String moduleKey() {
        return moduleId != null ? moduleId : module;
    }

    /** This test with its threshold (null for none) and where it comes from. */
    public TestResult withThreshold(Double threshold, String from) {
        return new TestResult(id, module, kind, className, name, outcome, passRate, passRateLow, passRateHigh,
                threshold, threshold == null ? null : from, meetsThreshold, conclusive, iterationsToSettle, passedRuns,
                failedRuns, skippedRuns, durationMs, tokens, costUsd, agent, iterations, moduleId);
    }

    /** This test with its statistics. */
    public TestResult withStatistics(Double low, Double high, Boolean meets, Boolean isConclusive, Integer settle) {
        return new TestResult(id, module, kind, className, name, outcome, passRate, low, high, minPassRate,
                thresholdFrom, meets, isConclusive, settle, passedRuns, failedRuns, skippedRuns, durationMs, tokens,
                costUsd, agent, iterations, moduleId);
    }

    /** The runs that count: passed and failed, skipped ones left out. */
    public int countedRuns() {
        return passedRuns + failedRuns;
    }

    /** The identity of a test within merged results: its module ({@link #moduleKey()}), its kind and its id. */
    public String key() {
        return key(moduleKey(), kind, id);
    }

    /** The identity of the test {@code id} of {@code module} (null: none) run as {@code kind} (null: a unit test). */
    public static String key(String module, TestKind kind, String id) {
        return (module == null ? "" : module) + "\u0000" + (kind == null ? TestKind.TEST : kind).json() + "\u0000" + id;
    }
}
