package it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends a line to the build's event log (the system property events), one line per call. */
final class Events {

    private Events() {
    }

    static synchronized void log(String line) throws IOException {
        Files.writeString(Path.of(System.getProperty("events")), line + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    static int iteration() {
        return Integer.parseInt(System.getProperty("aitest.iteration"));
    }
}
