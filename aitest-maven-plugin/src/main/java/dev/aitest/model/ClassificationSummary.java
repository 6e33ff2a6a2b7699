package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The runs made to classify the flaky tests ({@code aitest.classify}): {@code classification} in results.json. They
 * are counted here, apart, and never in a pass rate.
 *
 * @param runs the runs made (each a run of the test plugin: an iteration's order again, a test alone, or a listed
 *     order of the search for polluters)
 * @param maxRuns the bound on them ({@code aitest.classifyRuns}), per module and kind of tests
 * @param orderDependent the flaky tests found order-dependent
 * @param nonDeterministic the flaky tests found non-deterministic
 * @param unknown the flaky tests left unknown
 * @param durationMs how long the runs took
 */
@JsonPropertyOrder({"runs", "maxRuns", "orderDependent", "nonDeterministic", "unknown", "durationMs"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClassificationSummary(int runs, int maxRuns, int orderDependent, int nonDeterministic, int unknown,
        long durationMs) {

    /** This summary and {@code other} together (modules and kinds of tests of one build). */
    public ClassificationSummary plus(ClassificationSummary other) {
        return other == null ? this : new ClassificationSummary(runs + other.runs, Math.max(maxRuns, other.maxRuns),
                orderDependent + other.orderDependent, nonDeterministic + other.nonDeterministic,
                unknown + other.unknown, durationMs + other.durationMs);
    }
}
