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
 * @param aiSummary the AI-written summary and its provenance; absent when no model is configured
 */
@JsonPropertyOrder({"schemaVersion", "project", "iterations", "minPassRate", "startedAt", "durationMs", "environment",
    "summary",
    "iterationSummaries", "damagedFiles", "agents", "unpricedModels", "unattributed", "aiSummary", "tests"})
public record Results(int schemaVersion, int iterations, double minPassRate, String startedAt, long durationMs,
        Environment environment, Totals summary, List<IterationSummary> iterationSummaries,
        List<DamagedFile> damagedFiles, List<TestResult> tests, List<AgentStats> agents, List<String> unpricedModels,
        @JsonInclude(JsonInclude.Include.NON_NULL) Unattributed unattributed,
        @JsonInclude(JsonInclude.Include.NON_NULL) ProjectInfo project,
        @JsonInclude(JsonInclude.Include.NON_NULL) AiSummary aiSummary) {

    /** Results without an AI summary. */
    public Results(int schemaVersion, int iterations, double minPassRate, String startedAt, long durationMs,
            Environment environment, Totals summary, List<IterationSummary> iterationSummaries,
            List<DamagedFile> damagedFiles, List<TestResult> tests, List<AgentStats> agents, List<String> unpricedModels,
            Unattributed unattributed, ProjectInfo project) {
        this(schemaVersion, iterations, minPassRate, startedAt, durationMs, environment, summary, iterationSummaries,
                damagedFiles, tests, agents, unpricedModels, unattributed, project, null);
    }

    /** Results without anything recorded by the runtime. */
    public Results(int schemaVersion, int iterations, double minPassRate, String startedAt, long durationMs,
            Environment environment, Totals summary, List<IterationSummary> iterationSummaries,
            List<DamagedFile> damagedFiles, List<TestResult> tests) {
        this(schemaVersion, iterations, minPassRate, startedAt, durationMs, environment, summary, iterationSummaries,
                damagedFiles, tests, List.of(), List.of(), null, null, null);
    }

    /**
     * These results judged against {@code threshold} instead. The AI summary goes: it was written from the verdict
     * against the old threshold.
     */
    public Results withMinPassRate(double threshold) {
        return new Results(schemaVersion, iterations, threshold, startedAt, durationMs, environment, summary,
                iterationSummaries, damagedFiles, tests, agents, unpricedModels, unattributed, project, null);
    }

    /** These results with {@code summary} as their AI summary (null removes it). */
    public Results withAiSummary(AiSummary summary) {
        return new Results(schemaVersion, iterations, minPassRate, startedAt, durationMs, environment, this.summary,
                iterationSummaries, damagedFiles, tests, agents, unpricedModels, unattributed, project, summary);
    }

    /** The version of the {@code results.json} format. */
    public static final int SCHEMA_VERSION = 1;
}
