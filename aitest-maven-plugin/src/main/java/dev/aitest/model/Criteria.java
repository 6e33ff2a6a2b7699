package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a run's rates are judged against.
 *
 * @param minPassRate the threshold of {@code aitest.minPassRate}
 * @param minTestPassRate the threshold every test must reach ({@code aitest.minTestPassRate}); absent when none
 * @param confidence the confidence level of the intervals ({@code aitest.confidence}); absent in files of early
 *     versions (0.95)
 * @param gate how the thresholds are judged ({@code aitest.gate}): observed, strict or lenient; absent in files of
 *     early versions (observed)
 * @param providerErrors {@value #EXCLUDE} when {@code aitest.providerErrors} left the runs the provider failed out of
 *     every pass rate; absent when they count as failures ({@code count}, the default)
 */
@JsonPropertyOrder({"minPassRate", "minTestPassRate", "confidence", "gate", "providerErrors"})
public record Criteria(double minPassRate,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double minTestPassRate,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double confidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) String gate,
        @JsonInclude(JsonInclude.Include.NON_NULL) String providerErrors) {

    /** {@link #providerErrors} of runs left out of the pass rates. */
    public static final String EXCLUDE = "exclude";

    public Criteria {
        providerErrors = EXCLUDE.equals(providerErrors) ? EXCLUDE : null;
    }

    /** Criteria whose provider failures count as failures. */
    public Criteria(double minPassRate, Double minTestPassRate, Double confidence, String gate) {
        this(minPassRate, minTestPassRate, confidence, gate, null);
    }

    /** Whether the runs the provider failed are left out of every pass rate. */
    public boolean excludesProviderErrors() {
        return EXCLUDE.equals(providerErrors);
    }

    /** The default of {@code aitest.confidence}. */
    public static final double DEFAULT_CONFIDENCE = 0.95;
    /** The default of {@code aitest.gate}. */
    public static final String DEFAULT_GATE = "observed";

    /** The overall threshold alone, the other criteria left to their defaults. */
    public static Criteria of(double minPassRate) {
        return new Criteria(minPassRate, null, null, null);
    }

    /** The confidence level in force: the recorded one, else {@value #DEFAULT_CONFIDENCE}. */
    public double confidenceLevel() {
        return confidence == null ? DEFAULT_CONFIDENCE : confidence;
    }

    /** The gate in force: the recorded one, else {@value #DEFAULT_GATE}. */
    public String gateMode() {
        return gate == null ? DEFAULT_GATE : gate;
    }
}
