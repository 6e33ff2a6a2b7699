package dev.aitest.history;

import dev.aitest.model.Results;
import dev.aitest.port.Console;
import java.io.IOException;

/**
 * Where a build's record goes ({@code aitest.history}) and what it ran on. Every goal that publishes the results of
 * a complete run (aitest:test, aitest:integration-test, aitest:merge, aitest:report; in a reactor, its aggregate)
 * appends one; a record that cannot be written is a warning, never a failed build.
 *
 * @param folder the history folder
 * @param source the commit and branch
 */
public record History(HistoryFolder folder, BuildSource source) {

    /** Appends the record of {@code results} when they are of a complete run; says on {@code console} what failed. */
    public void append(Results results, Console console) {
        if (!results.progress().runComplete()) {
            return;
        }
        try {
            folder.append(HistoryRecord.of(results, source));
        } catch (IOException | RuntimeException e) {
            console.warn("aitest: the history record of this build could not be written to " + folder.directory()
                    + " (" + e.getMessage() + "); the results and reports are not affected");
        }
    }
}
