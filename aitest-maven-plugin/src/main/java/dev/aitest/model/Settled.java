package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * When and how a test of an adaptive run ({@code aitest.adaptive}) stopped running before the maximum. In
 * results.json its fields are written flat in the test, and only when it stopped.
 *
 * @param settledAt the iteration after which it ran no more; null when it ran to the maximum (or the run was not
 *     adaptive)
 * @param settledBy why: {@code determined} or {@code conclusive}; null with {@code settledAt}
 */
@JsonPropertyOrder({"settledAt", "settledBy"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Settled(Integer settledAt, SettledBy settledBy) {

    /** A test that did not stop early. */
    public static final Settled NONE = new Settled(null, null);

    public Settled {
        if ((settledAt == null) != (settledBy == null)) {
            throw new IllegalArgumentException("settledAt and settledBy go together: " + settledAt + ", " + settledBy);
        }
    }

    /** Whether the test stopped before the maximum. */
    public boolean stopped() {
        return settledAt != null;
    }
}
