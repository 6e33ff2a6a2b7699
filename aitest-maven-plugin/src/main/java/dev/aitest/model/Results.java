package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Everything {@code results.json} holds (schema version 1). Reports are produced from this one model.
 *
 * @param schemaVersion {@value #SCHEMA_VERSION}
 * @param aitestVersion the version of the plugin that wrote it; absent in files of early versions
 * @param project the project whose tests ran; absent when unknown
 * @param iterations N, the iterations asked for
 * @param minPassRate the threshold of {@code aitest.minPassRate}
 * @param minTestPassRate the threshold every test must reach ({@code aitest.minTestPassRate}); absent when none
 * @param confidence the confidence level of the intervals ({@code aitest.confidence}); absent in files of early
 *     versions (0.95)
 * @param gate how the thresholds are judged ({@code aitest.gate}): observed, strict or lenient
 * @param startedAt when the run started (ISO-8601)
 * @param durationMs wall time of the whole run
 * @param complete false while a run is under way, and for a run that was stopped (Ctrl-C, a cancelled CI job, a
 *     killed build) before every iteration it was asked for ended; null (complete) in files of early versions
 * @param finishedIterations the iterations whose results are in this file, in order
 * @param shard the share of the iterations this file holds when it was written by one shard of a sharded run
 *     ({@code aitest.shard}), else absent
 * @param missingIterations in results merged from shards ({@code aitest:merge}), the iterations no input held; else
 *     empty (absent)
 * @param stoppedEarly why no further iteration started (a budget), else null
 * @param environment Maven, Surefire and Java versions
 * @param summary totals
 * @param iterationSummaries one entry per iteration that ran
 * @param damagedFiles Surefire reports that were truncated or malformed
 * @param modules in a reactor aggregate, one entry per module, in the reactor's order; else empty (absent)
 * @param agents the agent leaderboard: pass rate descending, then cost ascending, then name
 * @param unpricedModels models with recorded usage but no price (their cost is not guessed)
 * @param unattributed usage recorded outside any test; absent when there was none
 * @param redactedSecrets how many secrets were replaced in the text of this file and the reports; absent when
 *     {@code aitest.redact} is false
 * @param baseline the comparison with a baseline ({@code aitest.baseline}); absent when none was given
 * @param aiSummary the AI-written summary and its provenance; absent when no model is configured
 * @param tests every test, most interesting first
 */
@JsonPropertyOrder({"schemaVersion", "aitestVersion", "project", "iterations", "minPassRate", "minTestPassRate",
    "confidence", "gate", "startedAt",
    "durationMs", "complete", "finishedIterations", "shard", "missingIterations", "stoppedEarly", "environment", "summary", "modules",
    "iterationSummaries", "damagedFiles", "agents", "unpricedModels", "unattributed", "redactedSecrets", "baseline", "aiSummary", "tests"})
public record Results(int schemaVersion,
        @JsonInclude(JsonInclude.Include.NON_NULL) String aitestVersion,
        @JsonInclude(JsonInclude.Include.NON_NULL) ProjectInfo project,
        int iterations, double minPassRate,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double minTestPassRate,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double confidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) String gate,
        String startedAt, long durationMs,
        Boolean complete,
        List<Integer> finishedIterations,
        @JsonInclude(JsonInclude.Include.NON_NULL) Shard shard,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> missingIterations,
        @JsonInclude(JsonInclude.Include.NON_NULL) StoppedEarly stoppedEarly,
        Environment environment, Totals summary,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ModuleSummary> modules,
        List<IterationSummary> iterationSummaries, List<DamagedFile> damagedFiles, List<AgentStats> agents,
        List<String> unpricedModels,
        @JsonInclude(JsonInclude.Include.NON_NULL) Unattributed unattributed,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer redactedSecrets,
        @JsonInclude(JsonInclude.Include.NON_NULL) BaselineComparison baseline,
        @JsonInclude(JsonInclude.Include.NON_NULL) AiSummary aiSummary,
        List<TestResult> tests) {

    /** The version of the {@code results.json} format. */
    public static final int SCHEMA_VERSION = 1;

    public Results {
        finishedIterations = finishedIterations == null
                ? iterationSummaries == null ? List.of() : iterationSummaries.stream().map(IterationSummary::iteration).toList()
                : List.copyOf(finishedIterations);
        damagedFiles = damagedFiles == null ? List.of() : damagedFiles;
        missingIterations = missingIterations == null ? List.of() : List.copyOf(missingIterations);
        modules = modules == null ? List.of() : List.copyOf(modules);
        agents = agents == null ? List.of() : agents;
        unpricedModels = unpricedModels == null ? List.of() : unpricedModels;
    }

    /** Results without anything recorded by the runtime, of a complete run. */
    public Results(int schemaVersion, int iterations, double minPassRate, String startedAt, long durationMs,
            Environment environment, Totals summary, List<IterationSummary> iterationSummaries,
            List<DamagedFile> damagedFiles, List<TestResult> tests) {
        this(schemaVersion, null, null, iterations, minPassRate, null, null, null, startedAt, durationMs, true, null,
                null, null, null, environment, summary, List.of(), iterationSummaries, damagedFiles, List.of(), List.of(),
                null, null, null, null, tests);
    }

    /** The default of {@code aitest.confidence}. */
    public static final double DEFAULT_CONFIDENCE = 0.95;
    /** The default of {@code aitest.gate}. */
    public static final String DEFAULT_GATE = "observed";

    /** The confidence level in force: the recorded one, else {@value #DEFAULT_CONFIDENCE}. */
    public double confidenceLevel() {
        return confidence == null ? DEFAULT_CONFIDENCE : confidence;
    }

    /** The gate in force: the recorded one, else {@value #DEFAULT_GATE}. */
    public String gateMode() {
        return gate == null ? DEFAULT_GATE : gate;
    }

    /** False for a run that is under way or was stopped before its iterations ended. */
    public boolean runComplete() {
        return complete == null || complete;
    }

    /** A builder holding these results, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** These results with {@code summary} as their AI summary (null removes it). */
    public Results withAiSummary(AiSummary summary) {
        return toBuilder().aiSummary(summary).build();
    }

    /** Changes some of the values of results; every other one is kept. */
    public static final class Builder {
        private int schemaVersion;
        private String aitestVersion;
        private ProjectInfo project;
        private int iterations;
        private double minPassRate;
        private Double minTestPassRate;
        private Double confidence;
        private String gate;
        private String startedAt;
        private long durationMs;
        private Boolean complete;
        private List<Integer> finishedIterations;
        private Shard shard;
        private List<Integer> missingIterations;
        private StoppedEarly stoppedEarly;
        private Environment environment;
        private Totals summary;
        private List<ModuleSummary> modules;
        private List<IterationSummary> iterationSummaries;
        private List<DamagedFile> damagedFiles;
        private List<AgentStats> agents;
        private List<String> unpricedModels;
        private Unattributed unattributed;
        private Integer redactedSecrets;
        private BaselineComparison baseline;
        private AiSummary aiSummary;
        private List<TestResult> tests;

        private Builder(Results r) {
            schemaVersion = r.schemaVersion;
            aitestVersion = r.aitestVersion;
            project = r.project;
            iterations = r.iterations;
            minPassRate = r.minPassRate;
            minTestPassRate = r.minTestPassRate;
            confidence = r.confidence;
            gate = r.gate;
            startedAt = r.startedAt;
            durationMs = r.durationMs;
            complete = r.complete;
            finishedIterations = r.finishedIterations;
            shard = r.shard;
            missingIterations = r.missingIterations;
            stoppedEarly = r.stoppedEarly;
            environment = r.environment;
            summary = r.summary;
            modules = r.modules;
            iterationSummaries = r.iterationSummaries;
            damagedFiles = r.damagedFiles;
            agents = r.agents;
            unpricedModels = r.unpricedModels;
            unattributed = r.unattributed;
            redactedSecrets = r.redactedSecrets;
            baseline = r.baseline;
            aiSummary = r.aiSummary;
            tests = r.tests;
        }

        public Builder aitestVersion(String value) {
            aitestVersion = value;
            return this;
        }

        public Builder project(ProjectInfo value) {
            project = value;
            return this;
        }

        public Builder summary(Totals value) {
            summary = value;
            return this;
        }

        public Builder modules(List<ModuleSummary> value) {
            modules = value;
            return this;
        }

        public Builder startedAt(String value) {
            startedAt = value;
            return this;
        }

        public Builder durationMs(long value) {
            durationMs = value;
            return this;
        }

        public Builder iterations(int value) {
            iterations = value;
            return this;
        }

        public Builder unpricedModels(List<String> value) {
            unpricedModels = value;
            return this;
        }

        public Builder minPassRate(double value) {
            minPassRate = value;
            return this;
        }

        /** The judging criteria: the test threshold (null: none), the confidence level and the gate. */
        public Builder criteria(Double testThreshold, double level, String mode) {
            minTestPassRate = testThreshold;
            confidence = level;
            gate = mode;
            return this;
        }

        public Builder summary(Totals value, List<TestResult> testResults, List<AgentStats> agentStats) {
            summary = value;
            tests = testResults;
            agents = agentStats;
            return this;
        }

        public Builder complete(boolean value) {
            complete = value;
            return this;
        }

        public Builder shard(Shard value) {
            shard = value;
            return this;
        }

        public Builder missingIterations(List<Integer> value) {
            missingIterations = value;
            return this;
        }

        public Builder stoppedEarly(StoppedEarly value) {
            stoppedEarly = value;
            return this;
        }

        public Builder unattributed(Unattributed value) {
            unattributed = value;
            return this;
        }

        public Builder redactedSecrets(Integer value) {
            redactedSecrets = value;
            return this;
        }

        public Builder baseline(BaselineComparison value) {
            baseline = value;
            return this;
        }

        public Builder aiSummary(AiSummary value) {
            aiSummary = value;
            return this;
        }

        public Builder damagedFiles(List<DamagedFile> value) {
            damagedFiles = value;
            return this;
        }

        public Builder iterationSummaries(List<IterationSummary> value) {
            iterationSummaries = value;
            finishedIterations = null;
            return this;
        }

        public Builder tests(List<TestResult> value) {
            tests = value;
            return this;
        }

        public Builder agents(List<AgentStats> value) {
            agents = value;
            return this;
        }

        public Results build() {
            return new Results(schemaVersion, aitestVersion, project, iterations, minPassRate, minTestPassRate,
                    confidence, gate, startedAt, durationMs, complete, finishedIterations, shard, missingIterations, stoppedEarly,
                    environment, summary, modules, iterationSummaries,
                    damagedFiles, agents, unpricedModels, unattributed, redactedSecrets, baseline, aiSummary, tests);
        }
    }
}
