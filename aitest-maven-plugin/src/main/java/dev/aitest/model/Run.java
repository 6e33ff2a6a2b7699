package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * One test in one iteration. The usage fields come from {@code aitest-runtime} and are absent from
 * {@code results.json} when the test recorded nothing.
 *
 * @param iteration 1-based iteration index
 * @param outcome what happened
 * @param durationMs time Surefire reported for the test
 * @param message failure or error message, else null
 * @param type exception class, else null
 * @param stackTrace trimmed stack trace, else null
 * @param agent the agent the run belongs to ({@code AiTest.agent}), else null
 * @param model the model when the run used exactly one, else null
 * @param models every model the run used, in the order first used, else null
 * @param inputTokens input tokens over all models, else null
 * @param outputTokens output tokens over all models, else null
 * @param tokens input plus output tokens, else null
 * @param costUsd the cost the test recorded, else the cost computed from the pricing table for its priced models;
 *     null when neither is known
 * @param metrics named numbers the test recorded ({@code AiTest.metric}), the last value of each; else null
 */
@JsonPropertyOrder({"iteration", "outcome", "durationMs", "message", "type", "stackTrace", "agent", "model", "models",
    "inputTokens", "outputTokens", "tokens", "costUsd", "metrics"})
public record Run(int iteration, RunOutcome outcome, long durationMs, String message, String type, String stackTrace,
        @JsonInclude(JsonInclude.Include.NON_NULL) String agent,
        @JsonInclude(JsonInclude.Include.NON_NULL) String model,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> models,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long inputTokens,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long outputTokens,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long tokens,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double costUsd,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> metrics) {

    /** A run without anything recorded by the runtime. */
    public Run(int iteration, RunOutcome outcome, long durationMs, String message, String type, String stackTrace) {
        this(iteration, outcome, durationMs, message, type, stackTrace, null, null, null, null, null, null, null, null);
    }

    /** This run with what the runtime recorded for it. */
    public Run withUsage(String agentName, List<String> modelNames, Long input, Long output, Double cost,
            Map<String, Double> recordedMetrics) {
        Long total = input == null && output == null ? null : Tokens.add(nullToZero(input), nullToZero(output));
        List<String> usedModels = modelNames == null || modelNames.isEmpty() ? null : List.copyOf(modelNames);
        String single = usedModels != null && usedModels.size() == 1 ? usedModels.get(0) : null;
        Map<String, Double> kept = recordedMetrics == null || recordedMetrics.isEmpty() ? null : recordedMetrics;
        return new Run(iteration, outcome, durationMs, message, type, stackTrace, agentName, single, usedModels, input,
                output, total, cost, kept);
    }

    private static long nullToZero(Long value) {
        return value == null ? 0 : value;
    }

    /** This run with another message and stack trace. */
    public Run withText(String newMessage, String newStackTrace) {
        return new Run(iteration, outcome, durationMs, newMessage, type, newStackTrace, agent, model, models,
                inputTokens, outputTokens, tokens, costUsd, metrics);
    }
}
