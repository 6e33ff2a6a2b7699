package it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Fails in iteration 2; with -Dkill=TERM or -Dkill=KILL, signals the Maven JVM in iteration 3. */
class BSignalTest {

    @Test
    void signalsMavenInIteration3() throws Exception {
        int iteration = Integer.parseInt(System.getProperty("aitest.iteration"));
        String signal = System.getProperty("kill");
        if (signal != null && iteration == 3) {
            ProcessHandle maven = maven().orElseThrow(() -> new IllegalStateException("no Maven JVM above this one"));
            if (signal.equals("KILL")) {
                maven.destroyForcibly();
            } else {
                maven.destroy();
            }
            Thread.sleep(60_000);
        }
        assertNotEquals(2, iteration, "fails in iteration 2");
    }

    /** The Maven JVM this test JVM was forked from. */
    private static Optional<ProcessHandle> maven() throws Exception {
        for (Optional<ProcessHandle> p = ProcessHandle.current().parent(); p.isPresent(); p = p.get().parent()) {
            Path cmdline = Path.of("/proc/" + p.get().pid() + "/cmdline");
            if (Files.isReadable(cmdline) && new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8)
                    .contains("org.codehaus.plexus.classworlds.launcher.Launcher")) {
                return p;
            }
        }
        return Optional.empty();
    }
}
