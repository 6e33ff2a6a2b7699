package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The run beside the builds before it ({@code history} in results.json): what the history folder
 * ({@code aitest.history}) holds of the newest builds, this one last, and what follows from it per test. Every list
 * of per-build values is aligned with {@link #builds}.
 *
 * @param size the most builds the window holds ({@code aitest.historySize})
 * @param skippedRecords records of the folder left out: damaged, or of another project
 * @param builds the builds of the window, oldest first; the last is this one
 * @param worse tests whose rate is lower in the newer half of the window than in the older, beyond noise
 * @param better tests whose rate is higher in the newer half, beyond noise
 * @param newlyFlaky tests that fail now and passed every run of an earlier build of the window, environment ones
 *     left out
 * @param environment tests flaky across builds but stable within every build
 * @param agents each agent's trend
 * @param tests each test of this build, in the order of {@code tests}; none when the window is this build alone
 */
@JsonPropertyOrder({"size", "skippedRecords", "builds", "worse", "better", "newlyFlaky", "environment", "agents",
    "tests"})
public record HistorySummary(int size, int skippedRecords, List<Build> builds, int worse, int better,
        int newlyFlaky, int environment, List<Agent> agents, List<Test> tests) {

    public HistorySummary {
        builds = builds == null ? List.of() : List.copyOf(builds);
        agents = agents == null ? List.of() : List.copyOf(agents);
        tests = tests == null ? List.of() : List.copyOf(tests);
    }

    /**
     * One build of the window.
     *
     * @param startedAt when its run started
     * @param commit its commit; absent when not known
     * @param branch its branch; absent when not known
     * @param current true for this build
     * @param tests its distinct tests
     * @param passRate its pass rate, as its summary's
     * @param passedRuns its runs that passed
     * @param countedRuns its runs that passed or failed
     * @param tokens its tokens; absent when none were recorded
     * @param costUsd their cost; absent when unknown
     */
    @JsonPropertyOrder({"startedAt", "commit", "branch", "current", "tests", "passRate", "passedRuns", "countedRuns",
        "tokens", "costUsd"})
    public record Build(String startedAt, @JsonInclude(JsonInclude.Include.NON_NULL) String commit,
            @JsonInclude(JsonInclude.Include.NON_NULL) String branch, boolean current, int tests, Double passRate,
            int passedRuns, int countedRuns, @JsonInclude(JsonInclude.Include.NON_NULL) Long tokens,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double costUsd) {

        /** The commit's first 7 characters; null when not known. */
        public String shortCommit() {
            return commit == null ? null : commit.substring(0, Math.min(7, commit.length()));
        }
    }

    /**
     * One agent across the window; each value null in a build where the agent did not run (or its cost is unknown).
     *
     * @param agent its name
     * @param passRate per build, over its tests' runs
     * @param tokens per build
     * @param costUsd per build
     */
    @JsonPropertyOrder({"agent", "passRate", "tokens", "costUsd"})
    public record Agent(String agent, List<Double> passRate, List<Long> tokens, List<Double> costUsd) {
    }

    /**
     * When a test that does not pass now started not to.
     *
     * @param outcome its outcome now: {@code flaky} or {@code failed}
     * @param buildsAgo how many builds before this one that was (0: this one)
     * @param startedAt that build's start
     * @param commit that build's commit; absent when not known
     * @param newly true when an earlier build of the window passed every run of it
     * @param atLeast true when that is the window's oldest build: it may have started earlier
     */
    @JsonPropertyOrder({"outcome", "buildsAgo", "startedAt", "commit", "newly", "atLeast"})
    public record Since(String outcome, int buildsAgo, String startedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String commit, boolean newly, boolean atLeast) {

        /** The commit's first 7 characters; null when not known. */
        public String shortCommit() {
            return commit == null ? null : commit.substring(0, Math.min(7, commit.length()));
        }
    }

    /**
     * One test across the window.
     *
     * @param id {@code className#name}
     * @param module its module as a baseline keys it (groupId:artifactId in a reactor aggregate); absent outside one
     * @param kind {@code integration-test} for one Failsafe ran; absent for a unit test
     * @param trend its pass rate in each build; null where it did not run or every run was skipped
     * @param builds the builds with counted runs of it
     * @param passedRuns its passed runs over the window
     * @param countedRuns its counted runs over the window
     * @param pooledPassRate passedRuns / countedRuns x 100
     * @param pooledPassRateLow the lower bound of its interval, the builds taken as clusters
     * @param pooledPassRateHigh its upper bound
     * @param since when it started not to pass; absent when it passes now
     * @param environment true when it is flaky across builds but stable within every build; else absent
     * @param change {@code worse} or {@code better}: its rate moved beyond noise between the halves of the window
     * @param pValue with a change: the one-sided Fisher p-value of its direction
     * @param adjustedPValue with a change: that p-value after Holm's correction over the tests
     */
    @JsonPropertyOrder({"id", "module", "kind", "trend", "builds", "passedRuns", "countedRuns", "pooledPassRate",
        "pooledPassRateLow", "pooledPassRateHigh", "since", "environment", "change", "pValue", "adjustedPValue"})
    public record Test(String id, @JsonInclude(JsonInclude.Include.NON_NULL) String module,
            @JsonInclude(JsonInclude.Include.NON_NULL) TestKind kind, List<Double> trend, int builds,
            int passedRuns, int countedRuns, Double pooledPassRate,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double pooledPassRateLow,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double pooledPassRateHigh,
            @JsonInclude(JsonInclude.Include.NON_NULL) Since since,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean environment,
            @JsonInclude(JsonInclude.Include.NON_NULL) String change,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double pValue,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double adjustedPValue) {

        /** {@link #change} of a test that got worse. */
        public static final String WORSE = "worse";
        /** {@link #change} of a test that got better. */
        public static final String BETTER = "better";

        /** Its key, as {@link TestResult#key()}. */
        public String key() {
            return TestResult.key(module, kind, id);
        }

        /**
         * True when it fails now and passed every run of an earlier build of the window, and is not flaky across
         * builds only: such a test fails every other build, which is the environment, not news.
         */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean newlyFlaky() {
            return since != null && since.newly() && !Boolean.TRUE.equals(environment);
        }
    }
}
