package it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;

/** Logs each of its runs, so that the build can tell how many times Failsafe ran it. */
class OnceIT {

    @Test
    void runs() throws IOException {
        Files.writeString(Path.of("target", "it-runs.log"), "run\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
