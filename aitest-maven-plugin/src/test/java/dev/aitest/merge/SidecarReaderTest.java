package dev.aitest.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarReaderTest {

    @TempDir
    Path dir;

    private final SidecarReader reader = new SidecarReader();

    static String usage(String cls, String name, String model, long in, long out) {
        return "{\"className\":\"" + cls + "\",\"name\":\"" + name + "\",\"kind\":\"usage\",\"model\":\"" + model
                + "\",\"inputTokens\":" + in + ",\"outputTokens\":" + out + "}";
    }

    private void write(String file, String... lines) throws IOException {
        Files.writeString(dir.resolve(file), String.join("\n", lines) + "\n");
    }

    @Test
    void sumsRecordsPerTestAndModelAcrossFiles() throws IOException {
        write("records-1-aa.jsonl",
                usage("c.T", "a", "gpt-4o", 100, 10),
                usage("c.T", "a", "gpt-4o", 50, 5),
                usage("c.T", "a", "gpt-4o-mini", 7, 3),
                "{\"className\":\"c.T\",\"name\":\"a\",\"kind\":\"cost\",\"usd\":0.25}",
                "{\"className\":\"c.T\",\"name\":\"a\",\"kind\":\"cost\",\"usd\":0.5}",
                "{\"className\":\"c.T\",\"name\":\"a\",\"kind\":\"agent\",\"agent\":\"planner-v2\"}",
                "{\"className\":\"c.T\",\"name\":\"a\",\"kind\":\"metric\",\"metric\":\"latencyMs\",\"value\":120.5}",
                "{\"className\":\"c.T\",\"name\":\"a\",\"kind\":\"metric\",\"metric\":\"latencyMs\",\"value\":80}");
        write("records-2-bb.jsonl", usage("c.T", "square(int)[3]", "gpt-4o", 1, 2));

        SidecarReader.Sidecars sidecars = reader.read(dir, 2);

        RecordedUsage a = sidecars.byTest().get("c.T#a");
        assertArrayEquals(new long[] {150, 15}, a.tokensByModel().get("gpt-4o"));
        assertArrayEquals(new long[] {7, 3}, a.tokensByModel().get("gpt-4o-mini"));
        assertEquals(List.of("gpt-4o", "gpt-4o-mini"), List.copyOf(a.tokensByModel().keySet()));
        assertEquals(157, a.inputTokens());
        assertEquals(18, a.outputTokens());
        assertEquals(0.75, a.recordedCost());
        assertEquals("planner-v2", a.agent());
        assertEquals(Map.of("latencyMs", 80.0), a.metrics());
        assertEquals(8, a.records());
        assertEquals(2, sidecars.byTest().get("c.T#square(int)[3]").outputTokens());
        assertEquals(0, sidecars.unattributed().records());
        assertEquals(List.of(), sidecars.damaged());
    }

    @Test
    void recordsWithoutATestAreUnattributed() throws IOException {
        write("records-1-aa.jsonl",
                "{\"className\":null,\"name\":null,\"kind\":\"usage\",\"model\":\"m\",\"inputTokens\":4,\"outputTokens\":6}");

        SidecarReader.Sidecars sidecars = reader.read(dir, 1);

        assertTrue(sidecars.byTest().isEmpty());
        assertEquals(10, sidecars.unattributed().inputTokens() + sidecars.unattributed().outputTokens());
        assertNull(sidecars.unattributed().recordedCost());
    }

    @Test
    void aLineCutByADyingJvmIsSkippedAndTheFileReported() throws IOException {
        Files.writeString(dir.resolve("records-9-cc.jsonl"), usage("c.T", "a", "m", 1, 1) + "\n"
                + usage("c.T", "a", "m", 2, 2) + "\n" + "{\"className\":\"c.T\",\"name\":\"a\",\"kind\":\"us");

        SidecarReader.Sidecars sidecars = reader.read(dir, 3);

        assertEquals(3, sidecars.byTest().get("c.T#a").inputTokens());
        assertEquals(1, sidecars.damaged().size());
        assertEquals(3, sidecars.damaged().get(0).iteration());
        assertEquals(dir.resolve("records-9-cc.jsonl").toString(), sidecars.damaged().get(0).file());
        assertTrue(sidecars.damaged().get(0).error().startsWith("1 unreadable line(s), first line 3: not JSON"),
                sidecars.damaged().get(0).error());
    }

    @Test
    void incompleteOrUnknownRecordsAreReported() throws IOException {
        write("records-1-aa.jsonl",
                "{\"className\":\"c.T\",\"name\":\"a\",\"kind\":\"usage\",\"model\":\"m\"}",
                "{\"className\":\"c.T\",\"name\":\"a\",\"kind\":\"telemetry\"}",
                "[1,2]",
                usage("c.T", "a", "m", 5, 5));

        SidecarReader.Sidecars sidecars = reader.read(dir, 1);

        assertEquals(10, sidecars.byTest().get("c.T#a").inputTokens() + sidecars.byTest().get("c.T#a").outputTokens());
        assertEquals("3 unreadable line(s), first line 1: a usage record the runtime refuses: inputTokens is missing",
                sidecars.damaged().get(0).error());
    }

    /** Lines the runtime's own API refuses to write are not summed, and the file is reported as damaged. */
    @Test
    void recordsTheRuntimeRefusesAreNotSummedAndTheFileIsDamaged() throws IOException {
        String t = "{\"className\":\"c.T\",\"name\":\"a\",";
        write("records-1-aa.jsonl",
                usage("c.T", "a", "m", -1_000_000, 2),
                usage("c.T", "a", "m", 3, -999_994),
                t + "\"kind\":\"usage\",\"model\":\"m\",\"inputTokens\":1.5,\"outputTokens\":1}",
                t + "\"kind\":\"usage\",\"model\":\"m\",\"inputTokens\":\"7\",\"outputTokens\":1}",
                t + "\"kind\":\"usage\",\"model\":\"m\",\"inputTokens\":99999999999999999999,\"outputTokens\":1}",
                t + "\"kind\":\"usage\",\"model\":\"  \",\"inputTokens\":1,\"outputTokens\":1}",
                t + "\"kind\":\"usage\",\"model\":5,\"inputTokens\":1,\"outputTokens\":1}",
                t + "\"kind\":\"cost\",\"usd\":-10.0}",
                t + "\"kind\":\"cost\",\"usd\":1e400}",
                t + "\"kind\":\"cost\",\"usd\":\"0.5\"}",
                t + "\"kind\":\"cost\",\"usd\":NaN}",
                t + "\"kind\":\"metric\",\"metric\":\"score\",\"value\":-1e999}",
                t + "\"kind\":\"agent\",\"agent\":\"\"}",
                t + "\"kind\":\"minPassRate\",\"value\":-20}",
                t + "\"kind\":\"usage\",\"model\":\"m\",\"inputTokens\":1,\"outputTokens\":1,\"latencyMs\":-3}",
                t + "\"kind\":\"usage\",\"model\":\"m\",\"inputTokens\":1,\"outputTokens\":1,\"latencyMs\":1.5}",
                usage("c.T", "a", "m", 4, 6),
                t + "\"kind\":\"cost\",\"usd\":0.25}",
                t + "\"kind\":\"metric\",\"metric\":\"score\",\"value\":-0.5}");

        SidecarReader.Sidecars sidecars = reader.read(dir, 1);

        RecordedUsage a = sidecars.byTest().get("c.T#a");
        assertEquals(4, a.inputTokens());
        assertEquals(6, a.outputTokens());
        assertEquals(0.25, a.recordedCost());
        assertEquals(Map.of("score", -0.5), a.metrics());
        assertNull(a.agent());
        assertNull(a.minPassRate());
        assertEquals(3, a.records());
        assertEquals(0, a.timedCalls());
        assertEquals("16 unreadable line(s), first line 1: a usage record the runtime refuses: inputTokens must not "
                + "be negative, but was -1000000", sidecars.damaged().get(0).error());
    }

    /** Each refused line says why, in the runtime's words. */
    @Test
    void eachRefusalNamesTheFieldAndTheValue() throws IOException {
        String t = "{\"className\":null,\"name\":null,";
        List<String> lines = List.of(
                t + "\"kind\":\"usage\",\"model\":\"m\",\"inputTokens\":1.5,\"outputTokens\":1}",
                t + "\"kind\":\"usage\",\"model\":\"m\",\"inputTokens\":2,\"outputTokens\":\"7\"}",
                t + "\"kind\":\"cost\",\"usd\":1e400}",
                t + "\"kind\":\"cost\",\"usd\":-0.5}",
                t + "\"kind\":\"usage\",\"model\":\" \",\"inputTokens\":1,\"outputTokens\":1}",
                t + "\"kind\":\"minPassRate\",\"value\":500}");
        List<String> expected = List.of(
                "a usage record the runtime refuses: inputTokens must be a whole number of tokens from 0 to "
                        + "9223372036854775807, but was 1.5",
                "a usage record the runtime refuses: outputTokens must be a whole number of tokens from 0 to "
                        + "9223372036854775807, but was \"7\"",
                "a cost record the runtime refuses: usd must be a finite number, but was Infinity",
                "a cost record the runtime refuses: usd must not be negative, but was -0.5",
                "a usage record the runtime refuses: model must not be blank",
                "a minPassRate record the runtime refuses: value must be a number from 0 to 100, but was 500");
        for (int i = 0; i < lines.size(); i++) {
            write("records-" + i + ".jsonl", lines.get(i));
            SidecarReader.Sidecars sidecars = reader.read(dir, 1);
            assertEquals("1 unreadable line(s), first line 1: " + expected.get(i),
                    sidecars.damaged().get(sidecars.damaged().size() - 1).error());
            assertEquals(0, sidecars.unattributed().records());
            Files.delete(dir.resolve("records-" + i + ".jsonl"));
        }
    }

    @Test
    void noFolderMeansNoSidecars() throws IOException {
        SidecarReader.Sidecars sidecars = reader.read(dir.resolve("missing"), 1);
        assertTrue(sidecars.byTest().isEmpty());
        assertEquals(0, sidecars.unattributed().records());
    }

    @Test
    void theKeyIgnoresEmptyParameterLists() {
        assertEquals("c.T#adds", SidecarReader.key("c.T", "adds()"));
        assertEquals("c.T#repeated[2]", SidecarReader.key("c.T", "repeated()[2]"));
        assertEquals("c.T#square(int)[3]", SidecarReader.key("c.T", "square(int)[3]"));
    }
}
