package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a test's runs (or all runs of a run) used: time, and what {@code aitest-runtime} recorded.
 *
 * @param durationMs total time of the runs as Surefire reported them
 * @param tokens tokens over the runs; absent when none were recorded
 * @param costUsd cost over the runs; absent when none is known
 * @param agent the agent of the runs when every run names the same one; else absent (always, in totals)
 */
@JsonPropertyOrder({"durationMs", "tokens", "costUsd", "agent"})
public record Usage(long durationMs,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long tokens,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double costUsd,
        @JsonInclude(JsonInclude.Include.NON_NULL) String agent) {

    /** Time alone, nothing recorded. */
    public static Usage time(long durationMs) {
        return new Usage(durationMs, null, null, null);
    }

    /** The usage of a test's {@code runs}: their times, tokens and costs added (saturating), their common agent. */
    public static Usage of(List<Run> runs) {
        long duration = 0;
        Long tokens = null;
        Double cost = null;
        Set<String> agents = new HashSet<>();
        boolean everyRunHasAgent = !runs.isEmpty();
        for (Run run : runs) {
            duration += run.durationMs();
            tokens = Tokens.add(tokens, run.usage().tokens());
            cost = Money.add(cost, run.usage().costUsd());
            everyRunHasAgent &= run.usage().agent() != null;
            agents.add(run.usage().agent());
        }
        return new Usage(duration, tokens, Money.round(cost),
                everyRunHasAgent && agents.size() == 1 ? agents.iterator().next() : null);
    }
}
