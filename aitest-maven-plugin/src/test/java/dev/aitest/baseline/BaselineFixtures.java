package dev.aitest.baseline;

import dev.aitest.fixture.Fixture;
import dev.aitest.model.AgentStats;
import dev.aitest.model.Environment;
import dev.aitest.model.IterationTotals;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Rates;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.RunOutcome;
import dev.aitest.model.TestKind;
import dev.aitest.model.TestOutcome;
import dev.aitest.model.TestResult;
import dev.aitest.model.Totals;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Results made of tests with given counts, consistent enough for ResultsJson to read back. */
public final class BaselineFixtures {

    public static final ProjectInfo PROJECT = new ProjectInfo("com.example", "demo", "1.0.0", "Demo");

    private BaselineFixtures() {
    }

    /** A unit test without a module: {@code passed} passed, {@code failed} failed and {@code skipped} skipped runs. */
    public static TestResult test(String id, int passed, int failed, int skipped) {
        return test(id, null, TestKind.TEST, null, passed, failed, skipped, 0);
    }

    /** A unit test of {@code agent} (null: none) without a module. */
    public static TestResult test(String id, String agent, int passed, int failed, int skipped) {
        return test(id, null, TestKind.TEST, agent, passed, failed, skipped, 0);
    }

    /**
     * A test whose runs are passed ones first, then failed, then skipped, each taking {@code millis} plus its
     * iteration.
     */
    public static TestResult test(String id, String module, TestKind kind, String agent, int passed, int failed,
            int skipped, long millis) {
        List<Run> runs = new ArrayList<>();
        int iteration = 0;
        for (int i = 0; i < passed + failed + skipped; i++) {
            iteration++;
            RunOutcome outcome = i < passed ? RunOutcome.PASSED : i < passed + failed ? RunOutcome.FAILED
                    : RunOutcome.SKIPPED;
            long duration = outcome == RunOutcome.SKIPPED ? 0 : millis + iteration;
            Run run = new Run(iteration, outcome, duration, outcome == RunOutcome.FAILED ? "failed " + millis : null,
                    null, null);
            runs.add(agent == null ? run : run.withUsage(agent, null, null, null, null, null));
        }
        return TestResult.of(Fixture.identity(id, module, kind), runs);
    }

    /** Results of {@code tests} as a run started at {@code startedAt} would have them, with their totals and agents. */
    public static Results results(String startedAt, int iterations, List<TestResult> tests) {
        int[] outcomes = new int[4];
        int passedRuns = 0;
        int failedRuns = 0;
        int skippedRuns = 0;
        long duration = 0;
        Set<String> agentNames = new LinkedHashSet<>();
        for (TestResult test : tests) {
            outcomes[test.outcome().ordinal()]++;
            passedRuns += test.counts().passedRuns();
            failedRuns += test.counts().failedRuns();
            skippedRuns += test.counts().skippedRuns();
            duration += test.usage().durationMs();
            if (test.usage().agent() != null) {
                agentNames.add(test.usage().agent());
            }
        }
        Totals totals = Fixture.totals(tests.size(), outcomes[TestOutcome.PASSED.ordinal()],
                outcomes[TestOutcome.FAILED.ordinal()], outcomes[TestOutcome.FLAKY.ordinal()],
                outcomes[TestOutcome.SKIPPED.ordinal()], passedRuns + failedRuns + skippedRuns, passedRuns, failedRuns,
                skippedRuns, Rates.passRate(passedRuns, failedRuns), duration);
        List<AgentStats> agents = agentNames.stream()
                .map(name -> new AgentStats(name, 0, 0, 0, 0, 0, null, 0, null)).toList();
        Results plain = new Results(Results.SCHEMA_VERSION, iterations, 80.0, startedAt, duration + 1000,
                new Environment("3.9.9", "3.5.4", "17.0.9"), totals,
                List.of(new IterationTotals(1, tests.size(), 0, 0, 0, null, duration, null)), List.of(), tests);
        return plain.toBuilder().project(PROJECT).agents(agents).build();
    }

    /** {@link #results} with the agents of the leaderboard named in {@code order}. */
    public static Results withAgents(Results results, String... order) {
        return results.toBuilder().agents(List.of(order).stream()
                .map(name -> new AgentStats(name, 0, 0, 0, 0, 0, null, 0, null)).toList()).build();
    }
}
