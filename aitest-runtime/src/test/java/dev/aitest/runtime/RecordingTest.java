package dev.aitest.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(CleanRecording.class)
class RecordingTest {

    private static final String ME = "{\"className\":\"dev.aitest.runtime.RecordingTest\",\"name\":";

    @TempDir
    Path temp;

    @Test
    void withoutTheSidecarDirectoryNothingIsWrittenAndNothingFails() {
        assertDoesNotThrow(() -> {
            AiTest.recordUsage("gpt-4o", 1, 2);
            AiTest.recordCost(0.1);
            AiTest.agent("a");
            AiTest.metric("m", 1);
        });
        assertNull(SidecarWriter.currentFile());

        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, " ");
        assertDoesNotThrow(() -> AiTest.recordUsage("gpt-4o", 1, 2));
        assertNull(SidecarWriter.currentFile());
    }

    @Test
    void writesOneLinePerRecordAttributedToTheRunningTest() throws Exception {
        Path dir = temp.resolve("not/yet/there");
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, dir.toString());

        AiTest.recordUsage("gpt-4o", 120, 30);
        AiTest.recordCost(0.25);
        AiTest.agent("planner v2");
        AiTest.metric("score", -0.5);
        AiTest.recordCost(-0.0);
        AiTest.metric("tiny", 1e-7);
        AiTest.recordUsage("gpt-4o", Long.MAX_VALUE, 0);

        // Surefire runs this module with the JUnit Platform, which loaded AiTestExecutionListener by itself
        String me = ME + "\"writesOneLinePerRecordAttributedToTheRunningTest\"";
        assertEquals(List.of(
                me + ",\"kind\":\"usage\",\"model\":\"gpt-4o\",\"inputTokens\":120,\"outputTokens\":30}",
                me + ",\"kind\":\"cost\",\"usd\":0.25}",
                me + ",\"kind\":\"agent\",\"agent\":\"planner v2\"}",
                me + ",\"kind\":\"metric\",\"metric\":\"score\",\"value\":-0.5}",
                me + ",\"kind\":\"cost\",\"usd\":0.0}",
                me + ",\"kind\":\"metric\",\"metric\":\"tiny\",\"value\":1.0E-7}",
                me + ",\"kind\":\"usage\",\"model\":\"gpt-4o\",\"inputTokens\":9223372036854775807,"
                        + "\"outputTokens\":0}"),
                SidecarFiles.lines(dir));
        List<Path> files = SidecarFiles.files(dir);
        assertEquals(1, files.size());
        Matcher name = SidecarFiles.FILE_NAME.matcher(files.get(0).getFileName().toString());
        assertTrue(name.matches());
        assertEquals(ProcessHandle.current().pid(), Long.parseLong(name.group(1)));
        assertEquals(files.get(0), SidecarWriter.currentFile());
        Map<String, Object> tiny = SidecarFiles.parse(SidecarFiles.lines(dir).get(5));
        assertEquals(1e-7, (Double) tiny.get("value"));
        assertEquals(List.of("className", "name", "kind", "metric", "value"), List.copyOf(tiny.keySet()));
    }

    @Test
    void aThreadWithItsInterruptFlagSetStillWritesAndKeepsTheFlag() throws Exception {
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, temp.toString());
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread thread = new Thread(() -> {
            Thread.currentThread().interrupt();
            AiTest.metric("interrupted", 1);
            AiTest.metric("interrupted", 2);
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        thread.start();
        thread.join();
        AiTest.metric("after", 3);

        assertTrue(stillInterrupted.get());
        assertEquals(3, SidecarFiles.lines(temp).size());
        assertEquals(1, SidecarFiles.files(temp).size());
    }

    @Test
    void anotherDirectoryGetsAFileOfItsOwn() {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, first.toString());
        AiTest.agent("one");
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, second.toString());
        AiTest.agent("two");
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, first.toString());
        AiTest.agent("three");

        assertEquals(2, SidecarFiles.files(first).size());
        assertEquals(2, SidecarFiles.lines(first).size());
        assertEquals(1, SidecarFiles.lines(second).size());
    }

    @Test
    void anUnusableDirectoryWarnsOnceAndNeverFailsTheTest() throws Exception {
        Path notADirectory = Files.writeString(temp.resolve("file"), "x");
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, notADirectory.toString());
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertDoesNotThrow(() -> {
                AiTest.agent("lost");
                AiTest.agent("lost too");
            });
        } finally {
            System.setErr(err);
        }
        String warning = captured.toString(StandardCharsets.UTF_8);
        assertTrue(warning.startsWith("aitest: could not write a record to the sidecar directory " + notADirectory),
                warning);
        assertEquals(1, warning.lines().count(), warning);

        Path good = temp.resolve("good");
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, good.toString());
        AiTest.agent("kept");
        assertEquals(1, SidecarFiles.lines(good).size());
    }

    static Stream<Arguments> invalidCalls() {
        return Stream.of(
                Arguments.of((Executable) () -> AiTest.recordUsage(null, 1, 1), "model must not be null"),
                Arguments.of((Executable) () -> AiTest.recordUsage(" \t", 1, 1), "model must not be blank"),
                Arguments.of((Executable) () -> AiTest.recordUsage("m", -1, 1),
                        "inputTokens must not be negative, but was -1"),
                Arguments.of((Executable) () -> AiTest.recordUsage("m", 1, -2),
                        "outputTokens must not be negative, but was -2"),
                Arguments.of((Executable) () -> AiTest.recordCost(-0.01), "usd must not be negative, but was -0.01"),
                Arguments.of((Executable) () -> AiTest.recordCost(Double.NaN),
                        "usd must be a finite number, but was NaN"),
                Arguments.of((Executable) () -> AiTest.recordCost(Double.POSITIVE_INFINITY),
                        "usd must be a finite number, but was Infinity"),
                Arguments.of((Executable) () -> AiTest.agent(null), "agent name must not be null"),
                Arguments.of((Executable) () -> AiTest.agent(""), "agent name must not be blank"),
                Arguments.of((Executable) () -> AiTest.metric(null, 1), "metric name must not be null"),
                Arguments.of((Executable) () -> AiTest.metric("  ", 1), "metric name must not be blank"),
                Arguments.of((Executable) () -> AiTest.metric("m", Double.NaN),
                        "metric value must be a finite number, but was NaN"),
                Arguments.of((Executable) () -> AiTest.metric("m", Double.NEGATIVE_INFINITY),
                        "metric value must be a finite number, but was -Infinity"));
    }

    @ParameterizedTest
    @MethodSource("invalidCalls")
    void invalidArgumentsAreRejectedWithOrWithoutTheSidecarDirectory(Executable call, String message) {
        IllegalArgumentException without = assertThrows(IllegalArgumentException.class, call);
        assertEquals(message, without.getMessage());

        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, temp.toString());
        IllegalArgumentException with = assertThrows(IllegalArgumentException.class, call);
        assertEquals(message, with.getMessage());
        assertEquals(List.of(), SidecarFiles.files(temp), "nothing written for a rejected call");
    }
}
