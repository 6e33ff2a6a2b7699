package dev.aitest.merge;

import dev.aitest.store.ClassificationRecord;
import dev.aitest.store.IterationRecord;
import dev.aitest.store.ReportsLayout;
import java.io.IOException;
import java.nio.file.Path;
import dev.aitest.model.TestKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads an iteration from its folder: its record (written when it ended), its Surefire XML and its sidecars. The
 * one way an iteration is read, whether it has just ended or a stopped run is rebuilt from the folders it left.
 */
public final class IterationFolders {

    private final ReportsLayout layout;
    private final SurefireXmlReader reader = new SurefireXmlReader();
    private final SidecarReader sidecarReader = new SidecarReader();

    public IterationFolders(ReportsLayout layout) {
        this.layout = layout;
    }

    /** The iteration {@code record} names, read from its folder. */
    public IterationData read(IterationRecord record) throws IOException {
        int index = record.iteration();
        Path folder = layout.iterationDirectory(record.kind(), index);
        IterationReports reports = reader.readDirectory(folder, index);
        if (record.timedOut()) {
            reports = ForkTimeouts.markRunning(reports, folder, index, record.crash(), record.forkTimeoutSeconds());
        }
        return new IterationData(null, null, record, reports,
                sidecarReader.read(layout.sidecarDirectory(record.kind(), index), index));
    }

    /**
     * Every iteration of the given kinds that ended (has a record), in index order, unit tests before integration
     * tests; folders of iterations cut short are left out.
     */
    public List<IterationData> readFinished(Collection<TestKind> kinds) throws IOException {
        List<IterationData> finished = new ArrayList<>();
        for (int index : layout.iterationIndices()) {
            for (TestKind kind : TestKind.values()) {
                IterationRecord record = kinds.contains(kind) ? IterationRecord.read(layout.iterationRecord(kind, index))
                        : null;
                if (record != null) {
                    finished.add(read(record));
                }
            }
        }
        return finished;
    }

    /**
     * What the classifications of the flaky tests of the given kinds found, one record per kind that was classified;
     * a damaged record is left out and named to {@code warn}.
     */
    public List<ClassificationRecord> readClassifications(Collection<TestKind> kinds,
            java.util.function.Consumer<String> warn) {
        List<ClassificationRecord> records = new ArrayList<>();
        for (TestKind kind : kinds) {
            Path file = layout.classificationRecord(kind);
            try {
                ClassificationRecord record = ClassificationRecord.read(file);
                if (record != null) {
                    records.add(record);
                }
            } catch (IOException e) {
                warn.accept("aitest: " + file + " is damaged (" + e.getMessage() + "); the flaky tests it classified "
                        + "are shown unclassified");
            }
        }
        return records;
    }

    /** Every iteration of every kind that ended. */
    public List<IterationData> readFinished() throws IOException {
        return readFinished(List.of(TestKind.values()));
    }
}
