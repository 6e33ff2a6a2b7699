package dev.aitest.run;

import dev.aitest.gate.GivenCriteria;
import dev.aitest.history.History;
import dev.aitest.baseline.Baseline;
import dev.aitest.cost.Pricing;
import dev.aitest.model.Criteria;
import dev.aitest.model.Environment;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Results;
import dev.aitest.model.Shard;
import dev.aitest.model.TestFilter;
import dev.aitest.model.TestKind;
import dev.aitest.report.ReportOptions;
import dev.aitest.secret.Redactor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A checked run configuration.
 *
 * @param iterations N
 * @param parallelIterations how many iterations run at the same time
 * @param minPassRate the threshold, recorded in results.json
 * @param reportsDirectory where everything is written
 * @param environment tool versions to record
 * @param pricing prices of models, for tests that record usage but no cost
 * @param project the project whose tests run
 * @param reports which reports to write besides results.json
 * @param pluginVersion the plugin's version, named in the reports
 * @param redactor takes secrets out of what the tests wrote before it is written anywhere; null keeps it as it is
 * @param budget when to start no further iteration
 * @param kind the kind of tests this run runs
 * @param criteria how the results are judged: the test threshold, the confidence level and the gate (each resolved)
 * @param continues when the run goes on from tests of another kind that ran earlier in the same build into the same
 *     reports directory (Surefire's, before Failsafe's): when that run started; null for a run of its own
 * @param shard the share of the iterations this job runs ({@code aitest.shard}); null for all of them
 * @param baseline what the results are compared with ({@code aitest.baseline}); null for nothing
 * @param minIterations in an adaptive run ({@code aitest.adaptive}), the runs every test gets before it may stop
 *     ({@code aitest.minIterations}); null for a fixed run
 * @param excludeProviderErrors whether the runs the provider failed are left out of every pass rate
 *     ({@code aitest.providerErrors=exclude})
 * @param orderSeed the seed of the run's test orders ({@code aitest.order=random}, {@code aitest.seed}); null for the
 *     project's own order
 * @param listedOrder the tests in the order {@code aitest.order=listed} runs them; null for none
 * @param classifyRuns the most runs the classification of the flaky tests makes ({@code aitest.classifyRuns}); 0 when
 *     they are not classified
 * @param moduleId the module's {@code groupId:artifactId} in a reactor, for the commands the run prints; null for a
 *     project of its own
 * @param history where the run's record goes ({@code aitest.history}); null for nowhere
 */
public record RunSettings(int iterations, int parallelIterations, double minPassRate, Path reportsDirectory,
        Environment environment, Pricing pricing, ProjectInfo project, ReportOptions reports, String pluginVersion,
        Redactor redactor, Budget budget, TestKind kind, GivenCriteria criteria, Instant continues,
        Shard shard, Baseline baseline, Integer minIterations, boolean excludeProviderErrors,
        Long orderSeed, List<TestFilter.Test> listedOrder, int classifyRuns, String moduleId,
        History history) {

    public RunSettings {
        listedOrder = listedOrder == null ? null : List.copyOf(listedOrder);
    }

    /** Settings of a run of unit tests that keeps test text as it is, without a budget. */
    public RunSettings(int iterations, int parallelIterations, double minPassRate, Path reportsDirectory,
            Environment environment, Pricing pricing, ProjectInfo project, ReportOptions reports, String pluginVersion) {
        this(iterations, parallelIterations, minPassRate, reportsDirectory, environment, pricing, project, reports,
                pluginVersion, null, Budget.NONE, TestKind.TEST, DEFAULT_CRITERIA, null, null, null, null, false, null, null, 0,
                null, null);
    }

    /** No test threshold, the intervals at 0.95, the observed rate against the thresholds. */
    public static final GivenCriteria DEFAULT_CRITERIA = new GivenCriteria(null, null,
            Criteria.DEFAULT_CONFIDENCE, Criteria.DEFAULT_GATE);

    /** These settings judged with {@code value}'s test threshold, confidence and gate (null: the defaults). */
    public RunSettings withCriteria(GivenCriteria value) {
        Copy copy = new Copy(this);
        copy.criteria = new GivenCriteria(null, value.minTestPassRate(),
                value.confidence() == null ? Criteria.DEFAULT_CONFIDENCE : value.confidence(),
                value.gate() == null ? Criteria.DEFAULT_GATE : value.gate());
        return copy.build();
    }

    /** These settings with {@code value} as the redactor. */
    public RunSettings withRedactor(Redactor value) {
        Copy copy = new Copy(this);
        copy.redactor = value;
        return copy.build();
    }

    /** These settings with {@code value} as the budget. */
    public RunSettings withBudget(Budget value) {
        Copy copy = new Copy(this);
        copy.budget = value;
        return copy.build();
    }

    /** These settings for a run of {@code value}, going on from a run started at {@code startedAt} (or null). */
    public RunSettings forKind(TestKind value, Instant startedAt) {
        Copy copy = new Copy(this);
        copy.kind = value;
        copy.continues = startedAt;
        return copy.build();
    }

    /** These settings running only {@code value}'s share of the iterations (null: all of them). */
    public RunSettings withShard(Shard value) {
        Copy copy = new Copy(this);
        copy.shard = value;
        return copy.build();
    }

    /** These settings comparing the results with {@code value} (null: with nothing). */
    public RunSettings withBaseline(Baseline value) {
        Copy copy = new Copy(this);
        copy.baseline = value;
        return copy.build();
    }

    /** These settings running adaptively, each test at least {@code value} times (null: a fixed run). */
    public RunSettings withAdaptive(Integer value) {
        Copy copy = new Copy(this);
        copy.minIterations = value;
        return copy.build();
    }

    /** These settings leaving the runs the provider failed out of the pass rates when {@code value}. */
    public RunSettings withProviderErrorsExcluded(boolean value) {
        Copy copy = new Copy(this);
        copy.excludeProviderErrors = value;
        return copy.build();
    }

    /** These settings running each iteration in the shuffled order of {@code value}'s seeds (null: as is). */
    public RunSettings withOrderSeed(Long value) {
        Copy copy = new Copy(this);
        copy.orderSeed = value;
        return copy.build();
    }

    /**
     * These settings running the tests in the order {@code listed} gives (null: none), classifying the flaky tests of
     * a shuffled run with at most {@code maxRuns} runs (0: not), in the module {@code module} (null: none).
     */
    public RunSettings withOrdering(List<TestFilter.Test> listed, int maxRuns, String module) {
        Copy copy = new Copy(this);
        copy.listedOrder = listed;
        copy.classifyRuns = maxRuns;
        copy.moduleId = module;
        return copy.build();
    }

    /** These settings appending the run's record to {@code value} (null: nowhere). */
    public RunSettings withHistory(History value) {
        Copy copy = new Copy(this);
        copy.history = value;
        return copy.build();
    }

    /** Whether the run is adaptive ({@code aitest.adaptive}). */
    public boolean adaptive() {
        return minIterations != null;
    }

    /**
     * The settings as fields, for the withers: a new component is one field here, one line in each of the two
     * methods below, and none in the withers.
     */
    private static final class Copy {
        private final int iterations;
        private final int parallelIterations;
        private final double minPassRate;
        private final Path reportsDirectory;
        private final Environment environment;
        private final Pricing pricing;
        private final ProjectInfo project;
        private final ReportOptions reports;
        private final String pluginVersion;
        private Redactor redactor;
        private Budget budget;
        private TestKind kind;
        private GivenCriteria criteria;
        private Instant continues;
        private Shard shard;
        private Baseline baseline;
        private Integer minIterations;
        private boolean excludeProviderErrors;
        private Long orderSeed;
        private List<TestFilter.Test> listedOrder;
        private int classifyRuns;
        private String moduleId;
        private History history;

        Copy(RunSettings s) {
            iterations = s.iterations;
            parallelIterations = s.parallelIterations;
            minPassRate = s.minPassRate;
            reportsDirectory = s.reportsDirectory;
            environment = s.environment;
            pricing = s.pricing;
            project = s.project;
            reports = s.reports;
            pluginVersion = s.pluginVersion;
            redactor = s.redactor;
            budget = s.budget;
            kind = s.kind;
            criteria = s.criteria;
            continues = s.continues;
            shard = s.shard;
            baseline = s.baseline;
            minIterations = s.minIterations;
            excludeProviderErrors = s.excludeProviderErrors;
            orderSeed = s.orderSeed;
            listedOrder = s.listedOrder;
            classifyRuns = s.classifyRuns;
            moduleId = s.moduleId;
            history = s.history;
        }

        RunSettings build() {
            return new RunSettings(iterations, parallelIterations, minPassRate, reportsDirectory, environment, pricing,
                    project, reports, pluginVersion, redactor, budget, kind, criteria, continues, shard, baseline,
                    minIterations, excludeProviderErrors, orderSeed, listedOrder, classifyRuns, moduleId,
                    history);
        }
    }

    /** The first iteration this run runs. */
    public int firstIteration() {
        return shard == null ? 1 : shard.first();
    }

    /** The last iteration this run runs. */
    public int lastIteration() {
        return shard == null ? iterations : shard.last();
    }
}
