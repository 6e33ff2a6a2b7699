package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void seesTheProjectsSurefireConfiguration() throws Exception {
        RunLog.record("seesTheProjectsSurefireConfiguration");
        assertEquals("hello from the pom", System.getProperty("greeting"));
        assertEquals("from-surefire-config", System.getenv("AITEST_IT_ENV"));
    }

    @Test
    void seesItsIterationAndItsOwnTempDirectory() throws Exception {
        RunLog.record("seesItsIterationAndItsOwnTempDirectory");
        String iteration = System.getProperty("aitest.iteration");
        assertEquals("3", System.getProperty("aitest.iterations"));
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        assertTrue(tmp.endsWith(Path.of("aitest-reports", "iteration-" + iteration, "tmp")), tmp.toString());
    }
}
