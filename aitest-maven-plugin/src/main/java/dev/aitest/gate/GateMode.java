package dev.aitest.gate;

import dev.aitest.model.Results;
import dev.aitest.stats.Interval;
import dev.aitest.stats.RateText;
import java.util.Locale;

/** How a rate is held against its threshold ({@code aitest.gate}). */
public enum GateMode {
    /** The observed rate against the threshold. */
    OBSERVED,
    /** Passes only when the interval's lower bound is at or above the threshold. */
    STRICT,
    /** Fails only when the interval's upper bound is below the threshold. */
    LENIENT;

    /** The gate a results.json or a property names; null for none of them. */
    public static GateMode of(String name) {
        for (GateMode gate : values()) {
            if (gate.json().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return gate;
            }
        }
        return null;
    }

    /** The gate {@code results} were judged with: the recorded one, else {@link #OBSERVED}. */
    public static GateMode of(Results results) {
        GateMode gate = of(results.criteria().gateMode());
        return gate == null ? OBSERVED : gate;
    }

    /** Its name in results.json and the properties. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code passed} of {@code counted} runs, with {@code interval}, meet {@code threshold} (percent).
     * The observed comparison is exact, in whole numbers.
     */
    public boolean meets(int passed, int counted, Interval interval, double threshold) {
        return switch (this) {
            case OBSERVED -> RateText.atLeast(passed, counted, threshold);
            case STRICT -> interval.low() * 100 >= threshold - 1e-9;
            case LENIENT -> !(interval.high() * 100 < threshold - 1e-9);
        };
    }
}
