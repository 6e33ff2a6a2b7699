package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Everything {@code results.json} holds (schema version 1). Reports are produced from this one model.
 *
 * @param schemaVersion {@value #SCHEMA_VERSION}
 * @param iterations N, the iterations asked for
 * @param minPassRate the threshold of {@code aitest.minPassRate}
 * @param startedAt when the run started (ISO-8601)
 * @param durationMs wall time of the whole run
 * @param environment Maven, Surefire and Java versions
 * @param summary totals
 * @param iterationSummaries one entry per iteration that ran
 * @param damagedFiles Surefire reports that were truncated or malformed
 * @param tests every test, most interesting first
 * @param agents the agent leaderboard: pass rate descending, then cost ascending, then name
 * @param unpricedModels models with recorded usage but no price (their cost is not guessed)
 * @param unattributed usage recorded outside any test; absent when there was none
 * @param project the project whose tests ran; absent when unknown
 */
@JsonPropertyOrder({"schemaVersion", "project", "iterations", "minPassRate", "startedAt", "durationMs", "environment",
    "summary",
    "iterationSummaries", "damagedFiles", "agents", "unpricedModels", "unattributed", "tests"})
public record Results(int schemaVersion, int iterations, double minPassRate, String startedAt, long durationMs,
        Environment environment, Summary summary, List<IterationSummary> iterationSummaries,
        List<DamagedFile> damagedFiles, List<TestResult> tests, List<AgentStats> agents, List<String> unpricedModels,
        @JsonInclude(JsonInclude.Include.NON_NULL) Unattributed unattributed,
        @JsonInclude(JsonInclude.Include.NON_NULL) ProjectInfo project) {

    /** Results without anything recorded by the runtime. */
    public Results(int schemaVersion, int iterations, double minPassRate, String startedAt, long durationMs,
            Environment environment, Summary summary, List<IterationSummary> iterationSummaries,
            List<DamagedFile> damagedFiles, List<TestResult> tests) {
        this(schemaVersion, iterations, minPassRate, startedAt, durationMs, environment, summary, iterationSummaries,
                damagedFiles, tests, List.of(), List.of(), null, null);
    }

    /** The version of the {@code results.json} format. */
    public static final int SCHEMA_VERSION = 1;
}
