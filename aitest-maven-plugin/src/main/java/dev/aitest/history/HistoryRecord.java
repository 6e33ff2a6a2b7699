package dev.aitest.history;

import dev.aitest.baseline.Baseline;
import dev.aitest.model.Criteria;
import dev.aitest.model.Results;
import dev.aitest.model.TestKind;
import dev.aitest.model.TestResult;
import java.util.Map;
import java.util.TreeMap;

/**
 * One build in the history folder ({@code aitest.history}): the per-test counts of its run (the baseline's compact
 * entries), the tests' own thresholds, the criteria, where it ran (commit, branch), when it started, and what it used.
 *
 * @param startedAt when the run started (ISO-8601)
 * @param source its commit and branch, each null when not known
 * @param criteria the criteria it was judged with
 * @param tokens the tokens its runs recorded; null when none
 * @param costUsd their cost; null when unknown
 * @param thresholds each test's own threshold, by {@link #thresholdKey}; only tests that have one
 * @param agents what each agent of its leaderboard used, by name
 * @param counts its tests' counts and the run's, as a baseline holds them
 */
public record HistoryRecord(String startedAt, BuildSource source, Criteria criteria, Long tokens, Double costUsd,
        Map<String, Double> thresholds, Map<String, AgentUsage> agents, Baseline counts) {

    public HistoryRecord {
        source = source == null ? BuildSource.UNKNOWN : source;
        thresholds = thresholds == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(thresholds));
        agents = agents == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(agents));
    }

    /**
     * What one agent used in a build.
     *
     * @param tokens its runs' tokens
     * @param costUsd their cost; null when unknown
     */
    public record AgentUsage(long tokens, Double costUsd) {
    }

    /** The record of {@code results}, built on {@code source}. */
    public static HistoryRecord of(Results results, BuildSource source) {
        Map<String, Double> thresholds = new TreeMap<>();
        for (TestResult test : results.tests()) {
            Double own = test.statistics().minPassRate();
            if (own != null) {
                thresholds.put(thresholdKey(test.identity().module(), test.identity().kind(), test.id()), own);
            }
        }
        Map<String, AgentUsage> agents = new TreeMap<>();
        results.agents().forEach(agent -> agents.put(agent.agent(), new AgentUsage(agent.tokens(), agent.costUsd())));
        return new HistoryRecord(results.run().startedAt(), source, results.criteria(),
                results.totals() == null ? null : results.totals().usage().tokens(),
                results.totals() == null ? null : results.totals().usage().costUsd(), thresholds, agents,
                Baseline.of(results, null));
    }

    /** {@code [module|]id[|integration-test]}: a test's key among the thresholds. */
    public static String thresholdKey(String module, TestKind kind, String id) {
        return (module == null ? "" : module + "|") + id + (kind == TestKind.INTEGRATION_TEST ? "|" + kind.json() : "");
    }
}
