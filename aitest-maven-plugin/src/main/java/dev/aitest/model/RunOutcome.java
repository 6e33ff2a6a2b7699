package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The outcome of one test in one iteration. */
public enum RunOutcome {
    /** The test passed. */
    PASSED,
    /** An assertion failed (Surefire's {@code <failure>}). */
    FAILED,
    /** The test threw an exception, or its JVM crashed (Surefire's {@code <error>}). */
    ERROR,
    /** The test was skipped or disabled, or an assumption did not hold. */
    SKIPPED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for {@link #FAILED} and {@link #ERROR}: the run counts against the pass rate. */
    public boolean isFailure() {
        return this == FAILED || this == ERROR;
    }
}
