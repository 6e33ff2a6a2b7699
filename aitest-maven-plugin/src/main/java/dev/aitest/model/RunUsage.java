package dev.aitest.model;

import java.util.List;
import java.util.Map;

/**
 * What {@code aitest-runtime} recorded for one run; every field is absent when nothing was recorded.
 *
 * @param agent the agent the run belongs to ({@code AiTest.agent}), else null
 * @param model the model when the run used exactly one, else null
 * @param models every model the run used, in the order first used, else null
 * @param inputTokens input tokens over all models, else null
 * @param outputTokens output tokens over all models, else null
 * @param tokens input plus output tokens, else null
 * @param costUsd the cost the test recorded, else the cost computed from the pricing table for its priced models;
 *     null when neither is known
 * @param metrics named numbers the test recorded ({@code AiTest.metric}), the last value of each; else null
 * @param calls the model calls recorded with their latency (the adapters record each call's), else null
 * @param latencyMs the time those calls took, added up (saturating), else null
 */
public record RunUsage(String agent,
        String model,
        List<String> models,
        Long inputTokens,
        Long outputTokens,
        Long tokens,
        Double costUsd,
        Map<String, Double> metrics,
        Integer calls,
        Long latencyMs) {

    /** Nothing recorded. */
    public static final RunUsage NONE = new RunUsage(null, null, null, null, null, null, null, null, null, null);

    /** What was recorded without latencies. */
    public RunUsage(String agent, String model, List<String> models, Long inputTokens, Long outputTokens, Long tokens,
            Double costUsd, Map<String, Double> metrics) {
        this(agent, model, models, inputTokens, outputTokens, tokens, costUsd, metrics, null, null);
    }

    /**
     * What was recorded: the agent, the models in the order first used, the tokens (their total follows, saturating)
     * and cost, the metrics; empty lists and maps are none.
     */
    public static RunUsage of(String agent, List<String> modelNames, Long input, Long output, Double cost,
            Map<String, Double> recordedMetrics) {
        return of(agent, modelNames, input, output, cost, recordedMetrics, 0, 0);
    }

    /** What was recorded, with {@code timedCalls} calls that took {@code latency} ms in all (none: 0 calls). */
    public static RunUsage of(String agent, List<String> modelNames, Long input, Long output, Double cost,
            Map<String, Double> recordedMetrics, int timedCalls, long latency) {
        Long total = input == null && output == null ? null : Tokens.add(input == null ? 0 : input,
                output == null ? 0 : output);
        List<String> used = modelNames == null || modelNames.isEmpty() ? null : List.copyOf(modelNames);
        String single = used != null && used.size() == 1 ? used.get(0) : null;
        Map<String, Double> kept = recordedMetrics == null || recordedMetrics.isEmpty() ? null : recordedMetrics;
        return new RunUsage(agent, single, used, input, output, total, cost, kept,
                timedCalls == 0 ? null : timedCalls, timedCalls == 0 ? null : latency);
    }
}
