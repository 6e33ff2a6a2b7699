package dev.aitest.merge;

import dev.aitest.model.TestKind;

/**
 * One finished iteration of one kind of tests: what its reports hold, how long it took, and whether its run ended
 * abnormally.
 *
 * @param module the module (artifactId) whose tests it ran, in a reactor aggregate; null in a module's own run
 * @param kind the kind of tests it ran
 * @param iteration 1-based index
 * @param durationMs wall time
 * @param crash why the run ended abnormally, else null
 * @param timedOut true when the crash is the project's fork timeout
 * @param reports the test cases and damaged files of its reports
 * @param sidecars what aitest-runtime recorded during the iteration
 * @param moduleId the module as {@code groupId:artifactId}, in a reactor aggregate; else null
 */
public record IterationData(String module, TestKind kind, int iteration, long durationMs, String crash, boolean timedOut,
        IterationReports reports, SidecarReader.Sidecars sidecars, String moduleId) {

    /** An iteration of a module known by its artifactId alone, or of no module. */
    public IterationData(String module, TestKind kind, int iteration, long durationMs, String crash, boolean timedOut,
            IterationReports reports, SidecarReader.Sidecars sidecars) {
        this(module, kind, iteration, durationMs, crash, timedOut, reports, sidecars, null);
    }

    /** A unit-test iteration that did not time out. */
    public IterationData(int iteration, long durationMs, String crash, IterationReports reports,
            SidecarReader.Sidecars sidecars) {
        this(null, TestKind.TEST, iteration, durationMs, crash, false, reports, sidecars);
    }

    /** This iteration as one of {@code newModule}. */
    public IterationData inModule(String newModule) {
        return new IterationData(newModule, kind, iteration, durationMs, crash, timedOut, reports, sidecars);
    }

    /** This iteration as one of the module {@code newModule} (artifactId) known as {@code newModuleId}. */
    public IterationData inModule(String newModule, String newModuleId) {
        return new IterationData(newModule, kind, iteration, durationMs, crash, timedOut, reports, sidecars,
                newModuleId);
    }

    /** What tells its module from every other: {@code groupId:artifactId} when known, else the artifactId. */
    public String moduleKey() {
        return moduleId != null ? moduleId : module;
    }

    /** A unit-test iteration without sidecars. */
    public IterationData(int iteration, long durationMs, String crash, IterationReports reports) {
        this(iteration, durationMs, crash, reports, SidecarReader.Sidecars.none());
    }
}
