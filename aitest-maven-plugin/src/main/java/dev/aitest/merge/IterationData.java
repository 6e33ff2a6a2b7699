package dev.aitest.merge;

import dev.aitest.model.TestKind;
import dev.aitest.store.IterationRecord;

/**
 * One finished iteration of one kind of tests: its record (index, kind, wall time, how it ended: the one place these
 * are held, from the iteration's folder to the aggregation), what its reports hold and what the runtime recorded.
 *
 * @param module the module (artifactId) whose tests it ran, in a reactor aggregate; null in a module's own run
 * @param moduleId the module as {@code groupId:artifactId}, in a reactor aggregate; else null
 * @param record what aitest recorded when the iteration ended
 * @param reports the test cases and damaged files of its reports
 * @param sidecars what aitest-runtime recorded during the iteration
 */
public record IterationData(String module, String moduleId, IterationRecord record, IterationReports reports,
        SidecarReader.Sidecars sidecars) {

    /** An iteration of {@code module} (artifactId, or none) ending as given, not refused. */
    public IterationData(String module, TestKind kind, int iteration, long durationMs, String crash, boolean timedOut,
            IterationReports reports, SidecarReader.Sidecars sidecars) {
        this(module, null, new IterationRecord(iteration, kind, durationMs, crash, false, timedOut, 0), reports,
                sidecars);
    }

    /** A unit-test iteration that did not time out. */
    public IterationData(int iteration, long durationMs, String crash, IterationReports reports,
            SidecarReader.Sidecars sidecars) {
        this(null, TestKind.TEST, iteration, durationMs, crash, false, reports, sidecars);
    }

    /** A unit-test iteration without sidecars. */
    public IterationData(int iteration, long durationMs, String crash, IterationReports reports) {
        this(iteration, durationMs, crash, reports, SidecarReader.Sidecars.none());
    }

    /** Its 1-based index. */
    public int iteration() {
        return record.iteration();
    }

    /** The kind of tests it ran. */
    public TestKind kind() {
        return record.kind();
    }

    /** Its wall time. */
    public long durationMs() {
        return record.durationMs();
    }

    /** Why its run ended abnormally, else null. */
    public String crash() {
        return record.crash();
    }

    /** True when the crash is the project's fork timeout. */
    public boolean timedOut() {
        return record.timedOut();
    }

    /** This iteration with {@code newRecord} as its record. */
    public IterationData withRecord(IterationRecord newRecord) {
        return new IterationData(module, moduleId, newRecord, reports, sidecars);
    }

    /** This iteration as one of {@code newModule}. */
    public IterationData inModule(String newModule) {
        return new IterationData(newModule, null, record, reports, sidecars);
    }

    /** This iteration as one of the module {@code newModule} (artifactId) known as {@code newModuleId}. */
    public IterationData inModule(String newModule, String newModuleId) {
        return new IterationData(newModule, newModuleId, record, reports, sidecars);
    }

    /** What tells its module from every other: {@code groupId:artifactId} when known, else the artifactId. */
    public String moduleKey() {
        return moduleId != null ? moduleId : module;
    }
}
