package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * Everything {@code results.json} holds (schema version 1). Reports are produced from this one model. In the file
 * the run's settings and progress are written flat, before the totals.
 *
 * @param schemaVersion {@value #SCHEMA_VERSION}
 * @param run what was run, against what, when and how far
 * @param totals the run's totals ({@code summary} in the file)
 * @param modules in a reactor aggregate, one entry per module, in the reactor's order; else empty (absent)
 * @param iterationTotals one entry per iteration that ran ({@code iterationSummaries} in the file)
 * @param adaptive what an adaptive run ({@code aitest.adaptive}) did and saved; absent for a fixed run
 * @param classification the runs made to classify the flaky tests ({@code aitest.classify}); absent when none were
 * @param damagedFiles Surefire reports that were truncated or malformed
 * @param agents the agent leaderboard: pass rate descending, then cost ascending, then name
 * @param unpricedModels models with recorded usage but no price (their cost is not guessed)
 * @param unattributed usage recorded outside any test; absent when there was none
 * @param redactedSecrets how many secrets were replaced in the text of this file and the reports; absent when
 *     {@code aitest.redact} is false
 * @param baseline the comparison with a baseline ({@code aitest.baseline}); absent when none was given
 * @param history this run beside the builds before it ({@code aitest.history}); absent when no history is kept
 * @param aiSummary the AI-written summary and its provenance; absent when no model is configured
 * @param tests every test, most interesting first
 */
@JsonPropertyOrder({"schemaVersion", "run", "summary", "modules", "iterationSummaries", "adaptive", "classification",
    "damagedFiles", "agents",
    "unpricedModels", "unattributed", "redactedSecrets", "baseline", "history", "aiSummary", "tests"})
public record Results(int schemaVersion, @JsonUnwrapped RunInfo run, @JsonProperty("summary") Totals totals,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ModuleTotals> modules,
        @JsonProperty("iterationSummaries") List<IterationTotals> iterationTotals,
        @JsonInclude(JsonInclude.Include.NON_NULL) AdaptiveSummary adaptive,
        @JsonInclude(JsonInclude.Include.NON_NULL) ClassificationSummary classification,
        List<DamagedFile> damagedFiles, List<AgentStats> agents, List<String> unpricedModels,
        @JsonInclude(JsonInclude.Include.NON_NULL) Unattributed unattributed,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer redactedSecrets,
        @JsonInclude(JsonInclude.Include.NON_NULL) BaselineComparison baseline,
        @JsonInclude(JsonInclude.Include.NON_NULL) HistorySummary history,
        @JsonInclude(JsonInclude.Include.NON_NULL) AiSummary aiSummary,
        List<TestResult> tests) {

    /** The version of the {@code results.json} format. */
    public static final int SCHEMA_VERSION = 1;

    public Results {
        run = run == null ? new RunInfo(null, null, 0, null, null, 0, null, null) : run;
        Progress p = run.progress();
        if (p.finishedIterations() == null) {
            List<Integer> finished = iterationTotals == null ? List.of()
                    : iterationTotals.stream().map(IterationTotals::iteration).toList();
            run = new RunInfo(run.aitestVersion(), run.project(), run.iterations(), run.criteria(), run.startedAt(),
                    run.durationMs(), new Progress(p.complete(), finished, p.shard(), p.missingIterations(),
                            p.stoppedEarly()), run.environment());
        }
        damagedFiles = damagedFiles == null ? List.of() : damagedFiles;
        modules = modules == null ? List.of() : List.copyOf(modules);
        agents = agents == null ? List.of() : agents;
        unpricedModels = unpricedModels == null ? List.of() : unpricedModels;
    }

    /** Results without anything recorded by the runtime, of a complete run. */
    public Results(int schemaVersion, int iterations, double minPassRate, String startedAt, long durationMs,
            Environment environment, Totals totals, List<IterationTotals> iterationTotals,
            List<DamagedFile> damagedFiles, List<TestResult> tests) {
        this(schemaVersion, new RunInfo(null, null, iterations, Criteria.of(minPassRate), startedAt, durationMs,
                Progress.COMPLETE, environment), totals, List.of(), iterationTotals, null, null, damagedFiles, List.of(),
                List.of(), null, null, null, null, null, tests);
    }

    /** What the rates are judged against. */
    public Criteria criteria() {
        return run.criteria();
    }

    /** How far the run got. */
    public Progress progress() {
        return run.progress();
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
        private final Results from;
        private String aitestVersion;
        private ProjectInfo project;
        private int iterations;
        private Criteria criteria;
        private String startedAt;
        private long durationMs;
        private Boolean complete;
        private List<Integer> finishedIterations;
        private Shard shard;
        private List<Integer> missingIterations;
        private StoppedEarly stoppedEarly;
        private Totals totals;
        private List<ModuleTotals> modules;
        private List<IterationTotals> iterationTotals;
        private AdaptiveSummary adaptive;
        private ClassificationSummary classification;
        private List<DamagedFile> damagedFiles;
        private List<AgentStats> agents;
        private List<String> unpricedModels;
        private Unattributed unattributed;
        private Integer redactedSecrets;
        private BaselineComparison baseline;
        private HistorySummary history;
        private AiSummary aiSummary;
        private List<TestResult> tests;

        private Builder(Results r) {
            from = r;
            RunInfo run = r.run;
            aitestVersion = run.aitestVersion();
            project = run.project();
            iterations = run.iterations();
            criteria = run.criteria();
            startedAt = run.startedAt();
            durationMs = run.durationMs();
            complete = run.progress().complete();
            finishedIterations = run.progress().finishedIterations();
            shard = run.progress().shard();
            missingIterations = run.progress().missingIterations();
            stoppedEarly = run.progress().stoppedEarly();
            totals = r.totals;
            modules = r.modules;
            iterationTotals = r.iterationTotals;
            adaptive = r.adaptive;
            classification = r.classification;
            damagedFiles = r.damagedFiles;
            agents = r.agents;
            unpricedModels = r.unpricedModels;
            unattributed = r.unattributed;
            redactedSecrets = r.redactedSecrets;
            baseline = r.baseline;
            history = r.history;
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

        public Builder totals(Totals value) {
            totals = value;
            return this;
        }

        public Builder adaptive(AdaptiveSummary value) {
            adaptive = value;
            return this;
        }

        public Builder classification(ClassificationSummary value) {
            classification = value;
            return this;
        }

        public Builder modules(List<ModuleTotals> value) {
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
            criteria = new Criteria(value, criteria.minTestPassRate(), criteria.confidence(), criteria.gate(),
                    criteria.providerErrors());
            return this;
        }

        /** The judging criteria: the test threshold (null: none), the confidence level and the gate. */
        public Builder criteria(Double testThreshold, double level, String mode) {
            criteria = new Criteria(criteria.minPassRate(), testThreshold, level, mode, criteria.providerErrors());
            return this;
        }

        /** Whether the runs the provider failed were left out of the pass rates. */
        public Builder excludingProviderErrors(boolean value) {
            criteria = new Criteria(criteria.minPassRate(), criteria.minTestPassRate(), criteria.confidence(),
                    criteria.gate(), value ? Criteria.EXCLUDE : null);
            return this;
        }

        public Builder totals(Totals value, List<TestResult> testResults, List<AgentStats> agentStats) {
            totals = value;
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

        public Builder history(HistorySummary value) {
            history = value;
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

        public Builder iterationTotals(List<IterationTotals> value) {
            iterationTotals = value;
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
            RunInfo run = new RunInfo(aitestVersion, project, iterations, criteria, startedAt, durationMs,
                    new Progress(complete, finishedIterations, shard, missingIterations, stoppedEarly),
                    from.run.environment());
            return new Results(from.schemaVersion, run, totals, modules, iterationTotals, adaptive, classification, damagedFiles,
                    agents, unpricedModels, unattributed, redactedSecrets, baseline, history, aiSummary, tests);
        }
    }
}
