package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A test whose comparison with the baseline is not {@link BaselineChange#UNCHANGED unchanged}.
 *
 * <p>The p-values are those of the direction the rate moved in: for a lower rate the one-sided Fisher exact test that
 * the rate is lower now, for a higher rate the test that it is higher. They are kept as computed, not rounded.
 *
 * @param id {@code className#name}
 * @param module the module whose build ran it, in a reactor aggregate; else absent
 * @param kind {@code integration-test} for a test Failsafe ran; absent for a unit test
 * @param change regressed, improved, changed, new or removed
 * @param before its runs in the baseline; absent for a new test
 * @param after its runs now; absent for a removed test
 * @param pValue the one-sided Fisher exact p-value; absent for a new or removed test, and when a side has no counted
 *     run
 * @param adjustedPValue that p-value after Holm's correction over every matched test with counted runs on both sides
 */
@JsonPropertyOrder({"id", "module", "kind", "change", "before", "after", "pValue", "adjustedPValue"})
public record TestChange(String id,
        @JsonInclude(JsonInclude.Include.NON_NULL) String module,
        @JsonInclude(JsonInclude.Include.NON_NULL) TestKind kind,
        BaselineChange change,
        @JsonInclude(JsonInclude.Include.NON_NULL) BaselineRuns before,
        @JsonInclude(JsonInclude.Include.NON_NULL) BaselineRuns after,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double pValue,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double adjustedPValue) {

    /** Its identity, as {@link TestResult#key()}: module, kind (absent: a unit test) and id. */
    public String key() {
        return TestResult.key(module, kind, id);
    }
}
