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
 * @param meanLatencyMs the mean latency of the model calls recorded with one (by the adapters), rounded to the
 *     millisecond; absent when none was
 */
@JsonPropertyOrder({"durationMs", "tokens", "costUsd", "agent", "meanLatencyMs"})
public record Usage(long durationMs,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long tokens,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double costUsd,
        @JsonInclude(JsonInclude.Include.NON_NULL) String agent,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long meanLatencyMs) {

    /** Usage without latencies. */
    public Usage(long durationMs, Long tokens, Double costUsd, String agent) {
        this(durationMs, tokens, costUsd, agent, null);
    }

    /** Time alone, nothing recorded. */
    public static Usage time(long durationMs) {
        return new Usage(durationMs, null, null, null);
    }

    /** The mean latency per call of {@code runs}' timed calls, rounded; null when none was timed. */
    public static Long meanLatency(Iterable<Run> runs) {
        long calls = 0;
        long latency = 0;
        for (Run run : runs) {
            if (run.usage().calls() != null) {
                calls += run.usage().calls();
                latency = Tokens.add(latency, run.usage().latencyMs() == null ? 0L : run.usage().latencyMs().longValue());
            }
        }
        return calls == 0 ? null : Math.round((double) latency / calls);
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
                everyRunHasAgent && agents.size() == 1 ? agents.iterator().next() : null, meanLatency(runs));
    }
}
