package it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;

class CountedIT {

    @Test
    void failsInIteration1() throws Exception {
        String iteration = System.getProperty("aitest.iteration", "none");
        Files.writeString(Path.of("target/runs.log"), iteration + System.lineSeparator(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        assertNotEquals("1", iteration);
    }
}
