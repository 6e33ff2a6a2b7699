package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which plugin ran a test: Surefire's unit tests or Failsafe's integration tests. */
public enum TestKind {
    /** Run by Surefire ({@code aitest:test}). */
    TEST("test"),
    /** Run by Failsafe ({@code aitest:integration-test}). */
    INTEGRATION_TEST("integration-test");

    private final String json;

    TestKind(String json) {
        this.json = json;
    }

    /** The name in results.json and the reports. */
    @JsonValue
    public String json() {
        return json;
    }

    /** The kind a results.json names; unknown or missing names are unit tests. */
    @JsonCreator
    public static TestKind of(String json) {
        return "integration-test".equals(json) ? INTEGRATION_TEST : TEST;
    }
}
