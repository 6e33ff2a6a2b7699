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
        assertEquals("3 unreadable line(s), first line 1: a usage record needs model, inputTokens and outputTokens",
                sidecars.damaged().get(0).error());
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
