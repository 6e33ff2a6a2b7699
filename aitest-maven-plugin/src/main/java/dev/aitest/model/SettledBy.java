package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a test stopped running before the maximum: {@code settledBy} in results.json. */
public enum SettledBy {
    /**
     * No outcome of its remaining runs up to the maximum could change its verdict under the gate: the verdict is
     * exactly the one a fixed run of every iteration would give.
     */
    DETERMINED,
    /**
     * Its anytime-valid interval lies wholly on one side of its threshold: the verdict is right with probability at
     * least the confidence level, whenever it was looked at.
     */
    CONCLUSIVE;

    /** Its name in results.json. */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
