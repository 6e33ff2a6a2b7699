package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;

/**
 * One test in one iteration. What {@code aitest-runtime} recorded for it is its usage, written flat in
 * {@code results.json} and absent from it when the test recorded nothing ({@code store.RunWriter} writes it; it is
 * read back by its components' names).
 *
 * @param iteration 1-based iteration index
 * @param outcome what happened
 * @param durationMs time Surefire reported for the test
 * @param message failure or error message, else null
 * @param type exception class, else null
 * @param stackTrace trimmed stack trace, else null
 * @param usage what the runtime recorded ({@link RunUsage#NONE} when nothing)
 * @param origin why it failed when the provider did ({@link RunCause#NONE} otherwise): written flat as
 *     {@code cause}, {@code providerError}, {@code httpStatus}, {@code excluded}
 */
public record Run(int iteration, RunOutcome outcome, long durationMs, String message, String type, String stackTrace,
        @JsonUnwrapped RunUsage usage, @JsonUnwrapped RunCause origin) {

    public Run {
        usage = usage == null ? RunUsage.NONE : usage;
        origin = origin == null || origin.cause() == null ? RunCause.NONE : origin;
    }

    /** A run with what the runtime recorded, failed by the test itself if at all. */
    public Run(int iteration, RunOutcome outcome, long durationMs, String message, String type, String stackTrace,
            RunUsage usage) {
        this(iteration, outcome, durationMs, message, type, stackTrace, usage, RunCause.NONE);
    }

    /** A run without anything recorded by the runtime. */
    public Run(int iteration, RunOutcome outcome, long durationMs, String message, String type, String stackTrace) {
        this(iteration, outcome, durationMs, message, type, stackTrace, RunUsage.NONE);
    }

    /** This run with what the runtime recorded for it. */
    public Run withUsage(String agentName, List<String> modelNames, Long input, Long output, Double cost,
            Map<String, Double> recordedMetrics) {
        return withUsage(RunUsage.of(agentName, modelNames, input, output, cost, recordedMetrics));
    }

    /** This run with {@code value} as what the runtime recorded for it. */
    public Run withUsage(RunUsage value) {
        return new Run(iteration, outcome, durationMs, message, type, stackTrace, value, origin);
    }

    /** This run failed for {@code value}. */
    public Run withCause(RunCause value) {
        return new Run(iteration, outcome, durationMs, message, type, stackTrace, usage, value);
    }

    /** Whether it counts in pass rates: not skipped, and not a provider failure left out of them. */
    public boolean counted() {
        return outcome != RunOutcome.SKIPPED && !origin.leftOut();
    }

    /** This run with another message and stack trace. */
    public Run withText(String newMessage, String newStackTrace) {
        return new Run(iteration, outcome, durationMs, newMessage, type, newStackTrace, usage, origin);
    }
}
