package dev.aitest.history;

import dev.aitest.model.HistorySummary;
import dev.aitest.model.Provenance;
import dev.aitest.model.Results;
import dev.aitest.port.Console;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a build's record goes ({@code aitest.history}) and what it ran on. Every goal that publishes the results of
 * a complete run (aitest:test, aitest:integration-test, aitest:merge, aitest:report; in a reactor, its aggregate)
 * appends one; a record that cannot be written is a warning, never a failed build.
 *
 * @param folder the history folder
 * @param source the commit and branch
 */
public record History(HistoryFolder folder, BuildSource source) {

    /**
     * Appends the record of {@code results} when they are what a build ran ({@link #ofTheBuild}); says on
     * {@code console} what failed.
     */
    public void append(Results results, Console console) {
        if (!ofTheBuild(results)) {
            return;
        }
        try {
            folder.append(HistoryRecord.of(results, source));
        } catch (IOException | RuntimeException e) {
            console.warn("aitest: the history record of this build could not be written to " + folder.directory()
                    + " (" + e.getMessage() + "); the results and reports are not affected");
        }
    }

    /**
     * True when {@code results} are what a build ran: a run that ended, not one shard's share of a run
     * ({@code aitest.shard}: the merge of the shards is the build's).
     */
    static boolean ofTheBuild(Results results) {
        return results.progress().runComplete() && results.progress().shard() == null;
    }

    /**
     * The figures of {@code results} beside the earlier builds of the folder ({@link Trends}); null for a run that
     * did not end or a shard's share ({@link #ofTheBuild}), which is neither recorded nor compared. Earlier means
     * started before this run: the record of this same build (published again) and of builds that started later are
     * not earlier. Records of another project are left out, and so are damaged ones, each with a warning on
     * {@code console}; a folder that cannot be read is a warning and figures over this build alone.
     */
    public HistorySummary summary(Results results, Console console) {
        if (!ofTheBuild(results)) {
            return null;
        }
        HistoryRecord now = HistoryRecord.of(results, source);
        Instant start = Instant.parse(now.startedAt());
        List<HistoryRecord> earlier = new ArrayList<>();
        int[] skipped = {0};
        try {
            for (HistoryRecord record : folder.read(warning -> {
                skipped[0]++;
                console.warn(warning);
            })) {
                if (Provenance.otherProject(record.counts().project(), results.run().project())) {
                    skipped[0]++;
                    console.warn("aitest: the history record of " + record.startedAt() + " in " + folder.directory()
                            + " is of " + Provenance.coordinates(record.counts().project()) + ", not of "
                            + Provenance.coordinates(results.run().project()) + ", and left out; give each project "
                            + "a history folder of its own");
                } else if (Instant.parse(record.startedAt()).isBefore(start)) {
                    earlier.add(record);
                }
            }
        } catch (IOException | RuntimeException e) {
            console.warn("aitest: the history folder " + folder.directory() + " could not be read (" + e.getMessage()
                    + "); the history figures are of this build alone");
        }
        return Trends.of(earlier, now, results, folder.size(), skipped[0]);
    }
}
