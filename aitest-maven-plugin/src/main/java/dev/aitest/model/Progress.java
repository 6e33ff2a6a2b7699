package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * How far a run got: which iterations its results hold, and why it ended where it did.
 *
 * @param complete false while a run is under way, and for a run that was stopped (Ctrl-C, a cancelled CI job, a
 *     killed build) before every iteration it was asked for ended; null (complete) in files of early versions
 * @param finishedIterations the iterations whose results are in the file, in order; null: those of the iteration
 *     totals
 * @param shard the share of the iterations the file holds when it was written by one shard of a sharded run
 *     ({@code aitest.shard}), else absent
 * @param missingIterations in results merged from shards ({@code aitest:merge}), the iterations no input held; else
 *     empty (absent)
 * @param stoppedEarly why no further iteration started (a budget), else null
 */
@JsonPropertyOrder({"complete", "finishedIterations", "shard", "missingIterations", "stoppedEarly"})
public record Progress(Boolean complete, List<Integer> finishedIterations,
        @JsonInclude(JsonInclude.Include.NON_NULL) Shard shard,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> missingIterations,
        @JsonInclude(JsonInclude.Include.NON_NULL) StoppedEarly stoppedEarly) {

    public Progress {
        finishedIterations = finishedIterations == null ? null : List.copyOf(finishedIterations);
        missingIterations = missingIterations == null ? List.of() : List.copyOf(missingIterations);
    }

    /** A complete run whose finished iterations are those of its iteration totals. */
    public static final Progress COMPLETE = new Progress(true, null, null, null, null);

    /** False for a run that is under way or was stopped before its iterations ended. */
    public boolean runComplete() {
        return complete == null || complete;
    }
}
