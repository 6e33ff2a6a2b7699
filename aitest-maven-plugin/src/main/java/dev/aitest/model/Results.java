package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Everything {@code results.json} holds (schema version 1). Reports are produced from this one model.
 *
 * @param schemaVersion {@value #SCHEMA_VERSION}
 * @param iterations N, the iterations asked for
 * @param minPassRate the threshold of {@code aitest.minPassRate}
 * @param startedAt when the run started (ISO-8601)
 * @param durationMs wall time of the whole run
 * @param environment Maven, Surefire and Java versions
 * @param summary totals
 * @param iterationSummaries one entry per iteration that ran
 * @param damagedFiles Surefire reports that were truncated or malformed
 * @param tests every test, most interesting first
 */
@JsonPropertyOrder({"schemaVersion", "iterations", "minPassRate", "startedAt", "durationMs", "environment", "summary",
    "iterationSummaries", "damagedFiles", "tests"})
public record Results(int schemaVersion, int iterations, double minPassRate, String startedAt, long durationMs,
        Environment environment, Summary summary, List<IterationSummary> iterationSummaries,
        List<DamagedFile> damagedFiles, List<TestResult> tests) {

    /** The version of the {@code results.json} format. */
    public static final int SCHEMA_VERSION = 1;
}
