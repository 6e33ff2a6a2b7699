package dev.aitest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.runtime.order.SeededOrdererTest;
import dev.aitest.runtime.samples.OrderASample;
import dev.aitest.runtime.samples.OrderBSample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order the tests of a JVM start in, written down for the plugin through the real JUnit Platform launcher. */
class OrderLogTest {

    @AfterEach
    void clear() {
        System.clearProperty(OrderLog.PROPERTY);
        System.clearProperty(AiTest.SIDECAR_DIR_PROPERTY);
        SidecarWriter.reset();
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> listed = Files.list(dir)) {
            return listed.toList();
        }
    }

    @Test
    void eachTestThatStartsIsOneLineInTheOrderTheyStarted(@TempDir Path dir) throws IOException {
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, dir.toString());
        System.setProperty(OrderLog.PROPERTY, "true");
        List<String> ran = SeededOrdererTest.run(42L, OrderASample.class, OrderBSample.class);
        SidecarWriter.reset();

        List<Path> files = files(dir);
        assertEquals(1, files.size());
        assertTrue(files.get(0).getFileName().toString().matches("order-\\d+-[0-9a-f]{8}\\.txt"), files.toString());
        List<String> want = ran.stream().map(t -> "[\"dev.aitest.runtime.samples." + t.replace("#", "\",\"")
                .replace("four", "four(TestInfo)") + "\"]").toList();
        assertEquals(8, want.size());
        assertEquals(want, Files.readAllLines(files.get(0)));
    }

    @Test
    void nothingIsWrittenUnlessThePluginAsks(@TempDir Path dir) throws IOException {
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, dir.toString());
        SeededOrdererTest.run(42L, OrderASample.class);
        assertEquals(List.of(), files(dir));
    }
}
