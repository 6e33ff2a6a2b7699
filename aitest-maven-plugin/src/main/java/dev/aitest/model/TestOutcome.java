package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The outcome of a test over all iterations. */
public enum TestOutcome {
    /** No non-skipped iteration passed. */
    FAILED,
    /** Some non-skipped iterations passed and some did not. */
    FLAKY,
    /** Every non-skipped iteration passed. */
    PASSED,
    /** Every iteration was skipped. */
    SKIPPED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The outcome of a test with these run counts. */
    public static TestOutcome of(int passedRuns, int failedRuns) {
        if (passedRuns + failedRuns == 0) {
            return SKIPPED;
        }
        if (failedRuns == 0) {
            return PASSED;
        }
        return passedRuns == 0 ? FAILED : FLAKY;
    }
}
