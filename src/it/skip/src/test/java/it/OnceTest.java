package it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;

class OnceTest {

    @Test
    void recordsEachRun() throws Exception {
        Files.writeString(Path.of("target", "runs.log"), System.getProperty("aitest.iteration", "none") + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
