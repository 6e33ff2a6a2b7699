package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a flaky test is flaky, found by the runs made to classify it: {@code flakiness} in results.json. */
public enum Flakiness {
    /** Its outcome follows the order the tests ran in: the orders it failed and passed in, run again, did the same. */
    ORDER_DEPENDENT,
    /** It flips within the same order, or alone. */
    NON_DETERMINISTIC,
    /** Not enough evidence: a run to classify it could not be made; the evidence says why. */
    UNKNOWN;

    /** Its name in results.json: "order-dependent", "non-deterministic", "unknown". */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
