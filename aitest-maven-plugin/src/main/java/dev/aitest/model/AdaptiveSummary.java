package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * What an adaptive run ({@code aitest.adaptive}) did and saved: the {@code adaptive} section of results.json.
 *
 * @param minIterations {@code aitest.minIterations}: the runs every test got before it could stop
 * @param maxIterations {@code aitest.iterations}: the most runs any test could get
 * @param runs the test runs made (skipped ones included)
 * @param fixedRuns the runs a fixed run of {@code maxIterations} would have made: each test {@code maxIterations}
 *     times
 * @param savedPercent the share of {@code fixedRuns} not made, in percent with two decimals
 * @param costSavedUsd the cost of the runs not made, estimated from each stopped test's mean recorded cost per run;
 *     absent when no stopped test recorded a cost
 * @param determined tests that stopped because no outcome of their remaining runs could change their verdict
 * @param conclusive tests that stopped because their anytime-valid interval lay on one side of their threshold
 * @param unsettled the tests that ran to the maximum without settling, by id
 * @param overall for each kind of tests (and module) of the run, how its overall rate settled and which iterations
 *     its overall figures are computed over
 */
@JsonPropertyOrder({"minIterations", "maxIterations", "runs", "fixedRuns", "savedPercent", "costSavedUsd",
    "determined", "conclusive", "unsettled", "overall"})
public record AdaptiveSummary(int minIterations, int maxIterations, long runs, long fixedRuns, double savedPercent,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double costSavedUsd, int determined, int conclusive,
        List<String> unsettled, List<Overall> overall) {

    public AdaptiveSummary {
        unsettled = unsettled == null ? List.of() : List.copyOf(unsettled);
        overall = overall == null ? List.of() : List.copyOf(overall);
    }

    /**
     * How the overall rate of one kind of tests of one module settled.
     *
     * @param module the module ({@code groupId:artifactId} or artifactId) in a reactor aggregate; else absent
     * @param kind {@code test} or {@code it}
     * @param settledAt the iteration after which it settled; absent when it did not before the maximum
     * @param settledBy how; absent with {@code settledAt}
     * @param iterations the overall rate, its interval and its verdict count the runs of iterations 1 to this one:
     *     those in which every test ran
     */
    @JsonPropertyOrder({"module", "kind", "settledAt", "settledBy", "iterations"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Overall(String module, TestKind kind, Integer settledAt, SettledBy settledBy, int iterations) {
    }

    /** The iterations the overall figures count for the test {@code test} (null: every iteration). */
    public Integer window(TestIdentity test) {
        for (Overall o : overall) {
            if (o.kind() == test.kind() && Objects.equals(o.module(), test.moduleKey())) {
                return o.iterations();
            }
        }
        return null;
    }
}
