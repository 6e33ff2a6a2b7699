package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The baseline a run was compared with.
 *
 * @param path the file, as {@code aitest.baseline} named it
 * @param startedAt when the baseline's run started (ISO-8601); absent for a file written by {@code aitest:baseline},
 *     which keeps no timestamp
 * @param iterations the iterations the baseline's run was asked for
 */
@JsonPropertyOrder({"path", "startedAt", "iterations"})
public record BaselineSource(String path, @JsonInclude(JsonInclude.Include.NON_NULL) String startedAt,
        int iterations) {
}
