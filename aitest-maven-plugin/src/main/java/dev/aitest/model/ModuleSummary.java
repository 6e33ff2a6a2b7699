package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One module of a reactor aggregate: its totals, and the threshold it is judged against, its own.
 *
 * @param module the module's artifactId
 * @param minPassRate the module's own {@code aitest.minPassRate}, as its results.json records it
 * @param complete false when the module's run did not end
 * @param reportsDirectory the module's reports directory, relative to the aggregate's when it can be
 * @param summary the module's totals
 */
@JsonPropertyOrder({"module", "minPassRate", "complete", "reportsDirectory", "summary"})
public record ModuleSummary(String module, double minPassRate, boolean complete,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reportsDirectory, Totals summary) {
}
