package dev.aitest.runtime;

import static dev.aitest.runtime.ExpectedLines.minPassRate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aitest.runtime.samples.ThresholdSample;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What a listener hands to {@link Thresholds} when the framework cannot tell the test's method or class. */
@ExtendWith(CleanRecording.class)
class ThresholdsTest {

    private static final TestRef TEST = new TestRef("com.x.ChatTest", "answers");

    @TempDir
    Path temp;

    private static Method strict() throws NoSuchMethodException {
        return ThresholdSample.class.getDeclaredMethod("strict");
    }

    @Test
    void aMethodThatCannotBeFoundLeavesTheClass() {
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, temp.toString());

        Thresholds.testStarted(TEST, () -> {
            throw new IllegalStateException("no such method");
        }, () -> ThresholdSample.class);
        Thresholds.testStarted(TEST, () -> null, () -> ThresholdSample.class);

        String fromClass = minPassRate("com.x.ChatTest", "answers", 70);
        assertEquals(List.of(fromClass, fromClass), SidecarFiles.lines(temp));
    }

    @Test
    void aClassThatCannotBeLoadedLeavesTheMethod() throws Exception {
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, temp.toString());
        Method strict = strict();

        Thresholds.testStarted(TEST, () -> strict, () -> {
            throw new NoClassDefFoundError("com/x/ChatTest");
        });

        assertEquals(List.of(minPassRate("com.x.ChatTest", "answers", 90)), SidecarFiles.lines(temp));
    }

    @Test
    void nothingKnownOrNoTestWritesNothingAndNeverThrows() throws Exception {
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, temp.toString());
        Method strict = strict();

        List<String> err = StdErr.sortedLines(() -> {
            Thresholds.testStarted(TEST, () -> {
                throw new LinkageError("broken");
            }, () -> {
                throw new IllegalArgumentException("broken");
            });
            Thresholds.testStarted(TEST, () -> null, () -> null);
            Thresholds.testStarted(TEST, () -> null, () -> String.class);
            Thresholds.testStarted(null, () -> strict, () -> ThresholdSample.class);
        });

        assertEquals(List.of(), err);
        assertEquals(List.of(), SidecarFiles.files(temp));
    }
}
