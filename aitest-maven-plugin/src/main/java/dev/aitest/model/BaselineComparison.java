package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A run compared with a baseline ({@code aitest.baseline}): the {@code baseline} section of results.json.
 *
 * @param source the baseline
 * @param confidence the confidence level the comparison was made at (significance at 1 - confidence, and the level of
 *     the intervals); absent in results written before it was recorded, which were compared at the run's level
 * @param overall the paired difference over all matched tests
 * @param counts how many tests each change holds
 * @param agents the paired difference per agent, in the order of the run's agent leaderboard; absent when no run
 *     names an agent
 * @param tests every test that is not unchanged: regressed ones first, then improved and changed ones, each by
 *     adjusted p-value ascending (absent p-values last); then new and removed ones; ties by module (absent first),
 *     id and kind
 */
@JsonPropertyOrder({"source", "confidence", "overall", "counts", "agents", "tests"})
public record BaselineComparison(BaselineSource source,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double confidence, BaselineOverall overall, BaselineCounts counts,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<BaselineAgent> agents,
        List<TestChange> tests) {

    public BaselineComparison {
        agents = agents == null ? List.of() : List.copyOf(agents);
        tests = tests == null ? List.of() : List.copyOf(tests);
    }

    /** The level the comparison was made at; {@code runLevel}, the results' own, when it was not recorded. */
    public double confidence(double runLevel) {
        return confidence == null ? runLevel : confidence;
    }

    /** True when no test ran both now and in the baseline: nothing was compared. */
    public boolean sharesNoTest() {
        return counts.matched() == 0;
    }
}
