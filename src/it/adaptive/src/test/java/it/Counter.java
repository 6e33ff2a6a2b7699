package it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Each run of a test appends its iteration to a file of its own, so that the IT sees which runs happened. */
final class Counter {

    private Counter() {
    }

    /** Records that {@code test} ran in this iteration; returns the iteration. */
    static int ran(String test) throws IOException {
        int iteration = Integer.parseInt(System.getProperty("aitest.iteration"));
        Path dir = Path.of(System.getProperty("counts", "target/counts"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(test + ".txt"), iteration + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return iteration;
    }
}
