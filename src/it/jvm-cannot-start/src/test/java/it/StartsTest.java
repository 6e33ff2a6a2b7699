package it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;

/** Runs in iteration 1, and leaves the JVM of iteration 2 an option it refuses. */
class StartsTest {

    @Test
    void starts() throws Exception {
        if ("1".equals(System.getProperty("aitest.iteration"))) {
            String refused = "--add-modules=com.example.AKIAABCDEFGHIJKLMNOP";
            if ("markup".equals(System.getProperty("jvm.refuses"))) {
                // a module path whose jar is not a jar, its name with markup in it
                Path jar = Path.of("target/bad<b>|x.jar");
                Files.writeString(jar, "not a jar");
                refused = "--module-path=" + jar + System.lineSeparator() + "--add-modules=ALL-MODULE-PATH";
            }
            Files.writeString(Path.of("target/test-classes/jvm.args"), refused + System.lineSeparator(),
                    StandardOpenOption.APPEND);
        }
    }
}
