package it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends one line per test run to target/runs.log, so the verify script can count real executions. */
final class RunLog {
    private RunLog() {
    }

    static synchronized void record(String test) throws IOException {
        String line = test + " " + System.getProperty("aitest.iteration", "none") + "\n";
        Files.writeString(Path.of("target", "runs.log"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
