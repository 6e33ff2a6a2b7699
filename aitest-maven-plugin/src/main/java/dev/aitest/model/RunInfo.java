package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * What was run, against what, when and how far: the settings and progress of a run. Written flat in
 * {@code results.json}.
 *
 * @param aitestVersion the version of the plugin that wrote it; absent in files of early versions
 * @param project the project whose tests ran; absent when unknown
 * @param iterations N, the iterations asked for
 * @param criteria what its rates are judged against
 * @param startedAt when the run started (ISO-8601)
 * @param durationMs wall time of the whole run
 * @param progress how far it got
 * @param environment Maven, Surefire and Java versions
 */
@JsonPropertyOrder({"aitestVersion", "project", "iterations", "criteria", "startedAt", "durationMs", "progress",
    "environment"})
public record RunInfo(@JsonInclude(JsonInclude.Include.NON_NULL) String aitestVersion,
        @JsonInclude(JsonInclude.Include.NON_NULL) ProjectInfo project,
        int iterations, @JsonUnwrapped Criteria criteria, String startedAt, long durationMs,
        @JsonUnwrapped Progress progress, Environment environment) {

    public RunInfo {
        criteria = criteria == null ? Criteria.of(0) : criteria;
        progress = progress == null ? Progress.COMPLETE : progress;
    }
}
