package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a test's pass counts compare with the baseline's. */
public enum BaselineChange {
    /** Its rate is lower, significantly after Holm's correction (one-sided Fisher exact test). */
    REGRESSED,
    /** Its rate is higher, significantly after Holm's correction. */
    IMPROVED,
    /** Its rate moved, but not significantly; or one side has counted runs and the other none. */
    CHANGED,
    /** The same proportion of passed runs (or no counted run on either side). */
    UNCHANGED,
    /** In this run only. */
    NEW,
    /** In the baseline only. */
    REMOVED;

    /** The name in results.json. */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
