package it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends each test to its iteration's file, in the order the tests run. */
final class Ran {

    private Ran() {
    }

    static void record(String test) throws IOException {
        Path dir = Path.of(System.getProperty("order", "target/order"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("iteration-" + System.getProperty("aitest.iteration") + ".txt"), test + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
