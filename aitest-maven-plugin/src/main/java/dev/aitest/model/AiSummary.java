package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The AI-written part of the reports and where it came from. Every number in {@code markdown} was put there by
 * aitest from the results, not typed by the model. Absent from results.json when no model is configured.
 *
 * @param model the model (or Azure deployment) that wrote it, as configured
 * @param generatedAt when the model answered (ISO-8601), or when the attempt failed; a reused summary keeps the
 *     time it was first written
 * @param markdown the summary: Markdown with the sections Verdict, Flaky tests, Systematic failures, Cost and
 *     tokens, Recommendations; null when there is no summary
 * @param error why there is no summary, as the warning said it; null when there is one
 * @param inputTokens input tokens the service counted, else null
 * @param outputTokens output tokens the service counted, else null
 * @param costUsd what the summary itself cost, priced with the pricing table; null when unknown
 * @param reused true when this run took it from an earlier run (same input, model and prompt) and paid nothing
 * @param inputHash SHA-256 of the input, the model and the prompt: the key under which it is reused
 * @param prompt {@code built-in}, or the name of the file given as {@code aitest.analysisPrompt}
 * @param compact true when {@code aitest.summaryCompact} sent less detail for passing tests
 * @param leftOut what the input budget ({@code aitest.summaryMaxInputTokens}) left out; empty when nothing
 * @param numbersRemoved numbers the model typed itself next to %, $ or "tokens", removed from its text
 * @param unknownPlaceholders placeholders the model wrote that name no fact, removed from its text
 */
@JsonPropertyOrder({"model", "generatedAt", "error", "inputTokens", "outputTokens", "costUsd", "reused", "inputHash",
    "prompt", "compact", "leftOut", "numbersRemoved", "unknownPlaceholders", "markdown"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AiSummary(String model, String generatedAt, String markdown, String error, Long inputTokens,
        Long outputTokens, Double costUsd, boolean reused, String inputHash, String prompt, boolean compact,
        List<String> leftOut, int numbersRemoved, int unknownPlaceholders) {

    public AiSummary {
        leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
    }

    /** True when there is a summary to show. */
    public boolean ok() {
        return error == null && markdown != null;
    }

    /** The same summary, marked as taken from an earlier run. */
    public AiSummary asReused() {
        return new AiSummary(model, generatedAt, markdown, error, inputTokens, outputTokens, costUsd, true, inputHash,
                prompt, compact, leftOut, numbersRemoved, unknownPlaceholders);
    }

    /** A failed attempt: no summary, and why. */
    public static AiSummary failed(String model, String at, String error, String inputHash, String prompt,
            boolean compact, List<String> leftOut) {
        return new AiSummary(model, at, null, error, null, null, null, false, inputHash, prompt, compact, leftOut, 0,
                0);
    }
}
