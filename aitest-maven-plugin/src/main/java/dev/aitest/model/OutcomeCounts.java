package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How many distinct tests ended in each outcome.
 *
 * @param tests distinct tests
 * @param passed tests whose outcome is passed
 * @param failed tests whose outcome is failed
 * @param flaky tests whose outcome is flaky
 * @param skipped tests whose outcome is skipped
 */
@JsonPropertyOrder({"tests", "passed", "failed", "flaky", "skipped"})
public record OutcomeCounts(int tests, int passed, int failed, int flaky, int skipped) {

    /** The counts of {@code tests}' outcomes. */
    public static OutcomeCounts of(Iterable<TestResult> tests) {
        int[] by = new int[TestOutcome.values().length];
        int all = 0;
        for (TestResult test : tests) {
            by[test.outcome().ordinal()]++;
            all++;
        }
        return new OutcomeCounts(all, by[TestOutcome.PASSED.ordinal()], by[TestOutcome.FAILED.ordinal()],
                by[TestOutcome.FLAKY.ordinal()], by[TestOutcome.SKIPPED.ordinal()]);
    }
}
