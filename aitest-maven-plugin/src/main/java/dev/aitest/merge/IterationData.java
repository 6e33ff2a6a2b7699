package dev.aitest.merge;

/**
 * One finished iteration: what its reports hold, how long it took, and whether its Surefire run ended abnormally.
 *
 * @param iteration 1-based index
 * @param durationMs wall time
 * @param crash why the run ended abnormally, else null
 * @param reports the test cases and damaged files of its Surefire reports
 * @param sidecars what aitest-runtime recorded during the iteration
 */
public record IterationData(int iteration, long durationMs, String crash, IterationReports reports,
        SidecarReader.Sidecars sidecars) {

    /** An iteration without sidecars. */
    public IterationData(int iteration, long durationMs, String crash, IterationReports reports) {
        this(iteration, durationMs, crash, reports, SidecarReader.Sidecars.none());
    }
}
