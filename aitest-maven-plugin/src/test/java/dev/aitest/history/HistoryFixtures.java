package dev.aitest.history;

import dev.aitest.baseline.BaselineFixtures;
import dev.aitest.model.AgentStats;
import dev.aitest.model.HistorySummary;
import dev.aitest.model.Results;
import dev.aitest.model.TestResult;
import java.util.ArrayList;
import java.util.List;

/** Builds of a history made of tests with given counts, and the figures of the last beside the others. */
public final class HistoryFixtures {

    private HistoryFixtures() {
    }

    /** One build: for each test {passed, failed, skipped}, or null when the test did not run in it. */
    public static Results build(int index, int[][] tests, String[] agents) {
        List<TestResult> results = new ArrayList<>();
        for (int t = 0; t < tests.length; t++) {
            if (tests[t] != null) {
                results.add(BaselineFixtures.test("it.T#t" + t, agents == null ? null : agents[t], tests[t][0],
                        tests[t][1], tests[t][2]));
            }
        }
        Results plain = BaselineFixtures.results(String.format("2026-11-%02dT10:00:00Z", index + 1), 4, results);
        List<AgentStats> leaderboard = new ArrayList<>();
        for (AgentStats agent : plain.agents()) {
            leaderboard.add(new AgentStats(agent.agent(), 0, 0, 0, 0, 0, null, 100L * (index + 1) + agent.agent()
                    .length(), 0.5 * (index + 1)));
        }
        return plain.toBuilder().agents(leaderboard).build();
    }

    public static String commit(int index) {
        return String.format("%07x", 0xa000000 + index) + "0".repeat(33);
    }

    /** The figures of the last of {@code builds} beside the others, with a window of {@code size}. */
    public static HistorySummary trends(List<Results> builds, int size) {
        List<HistoryRecord> earlier = new ArrayList<>();
        for (int b = 0; b < builds.size() - 1; b++) {
            earlier.add(HistoryRecord.of(builds.get(b), new BuildSource(commit(b), "main")));
        }
        Results now = builds.get(builds.size() - 1);
        return Trends.of(earlier, HistoryRecord.of(now, new BuildSource(commit(builds.size() - 1), "main")), now, size,
                0);
    }

    /**
     * Five builds of three tests, the last with its history: {@code it.T#t0} passes builds 1-2 and is flaky from
     * build 3 on, {@code it.T#t1} passes or fails whole builds, {@code it.T#t2} improves (agents planner, planner,
     * writer).
     */
    public static Results fiveBuilds() {
        int[][][] matrix = {
            {{4, 0, 0}, {4, 0, 0}, {0, 4, 0}},
            {{4, 0, 0}, {0, 4, 0}, {1, 3, 0}},
            {{2, 2, 0}, {4, 0, 0}, {4, 0, 0}},
            {{3, 1, 0}, {0, 4, 0}, {4, 0, 0}},
            {{2, 2, 0}, {4, 0, 0}, {4, 0, 0}},
        };
        String[] agents = {"planner", "planner", "writer"};
        List<Results> builds = new ArrayList<>();
        for (int b = 0; b < matrix.length; b++) {
            builds.add(build(b, matrix[b], agents));
        }
        return builds.get(4).toBuilder().history(trends(builds, 30)).build();
    }
}
