package it;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NeverTest {

    @Test
    void mustNotRunWithBadParameters() throws Exception {
        Files.writeString(Path.of("target", "ran.txt"), "a test ran");
    }
}
