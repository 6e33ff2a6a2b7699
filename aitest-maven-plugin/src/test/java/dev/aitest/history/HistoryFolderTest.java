package dev.aitest.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.model.Results;
import dev.aitest.report.ReportFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history's records: their file, the folder's window, damaged records, and two processes appending at once. */
class HistoryFolderTest {

    @TempDir
    Path dir;

    private static HistoryRecord record(String startedAt, String commit) {
        Results small = ReportFixtures.small().toBuilder().startedAt(startedAt).build();
        return HistoryRecord.of(small, new BuildSource(commit, "main"));
    }

    @Test
    void aRecordReadsBackAsWrittenAndItsFileIsTheBaselinesLayoutWithTheBuildsFields() throws IOException {
        Results small = ReportFixtures.small().toBuilder().startedAt("2026-12-02T18:00:00.123Z").agents(List.of(
                new dev.aitest.model.AgentStats("writer \"b\"", 0, 0, 0, 0, 0, null, 5, null),
                new dev.aitest.model.AgentStats("planner", 0, 0, 0, 0, 0, null, 1200, 0.0042))).build();
        HistoryRecord written = HistoryRecord.of(small, new BuildSource("A1B2C3D4E5F60718293a4b5c6d7e8f9012345678",
                "main"));
        Path file = new HistoryFolder(dir, 30).append(written);

        assertEquals("20261202T180000123Z-a1b2c3d-" + file.getFileName().toString().substring(28), file.getFileName()
                .toString());
        HistoryRecord read = HistoryFile.read(file);
        assertEquals(written.startedAt(), read.startedAt());
        assertEquals(new BuildSource("a1b2c3d4e5f60718293a4b5c6d7e8f9012345678", "main"), read.source());
        assertEquals(written.criteria().minPassRate(), read.criteria().minPassRate());
        assertEquals(written.tokens(), read.tokens());
        assertEquals(written.costUsd(), read.costUsd());
        assertEquals(written.thresholds(), read.thresholds());
        assertEquals(Map.of("planner", new HistoryRecord.AgentUsage(1200, 0.0042), "writer \"b\"",
                new HistoryRecord.AgentUsage(5, null)), read.agents());
        // the file sorts its tests by class and name
        assertEquals(written.counts().tests().stream().sorted(java.util.Comparator.comparing(
                dev.aitest.baseline.Baseline.Entry::id)).toList(), read.counts().tests());
        assertEquals(written.counts().counts(), read.counts().counts());
        // the same record, the same bytes; one line per test
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(HistoryFile.render(read), text);
        assertTrue(text.startsWith("{\n  \"format\": \"aitest-history\",\n  \"version\": 1,\n  \"startedAt\": "
                + "\"2026-12-02T18:00:00.123Z\",\n  \"commit\": \"a1b2c3d4e5f60718293a4b5c6d7e8f9012345678\",\n  "
                + "\"branch\": \"main\",\n"), text);
        assertTrue(text.contains("\n  \"agents\": {\"planner\": {\"tokens\": 1200, \"costUsd\": 0.0042}, "
                + "\"writer \\\"b\\\"\": {\"tokens\": 5}},\n"), text);
        assertEquals(written.counts().tests().size(), text.lines().filter(l -> l.startsWith("      \"")).count());
    }

    @Test
    void theNewestRecordsStayAndTheSameBuildPublishedAgainReplacesItsOwn() throws IOException {
        Path other = Files.writeString(dir.resolve("notes.json"), "{}");
        HistoryFolder folder = new HistoryFolder(dir, 3);
        List<Path> written = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            written.add(folder.append(record("2026-12-0" + i + "T10:00:00Z", null)));
        }
        assertEquals(written.subList(2, 5), folder.records());
        folder.append(record("2026-12-05T10:00:00Z", null));
        assertEquals(written.subList(2, 5), folder.records());
        assertTrue(Files.exists(other), "a file of another name is never touched");
        assertTrue(written.get(4).getFileName().toString().startsWith("20261205T100000000Z-local-"));
    }

    @Test
    void aDamagedRecordIsLeftOutWithAWarningThatNamesIt() throws IOException {
        HistoryFolder folder = new HistoryFolder(dir, 30);
        folder.append(record("2026-12-01T10:00:00Z", null));
        Path damaged = dir.resolve("20261201T110000000Z-local-00000000.json");
        Files.writeString(damaged, "{\"format\": \"aitest-history\", \"version\": 1, \"startedAt\": \"yesterday\"");
        Path wrong = dir.resolve("20261201T120000000Z-local-00000001.json");
        Files.writeString(wrong, HistoryFile.render(record("2026-12-01T12:00:00Z", null))
                .replace("\"startedAt\": \"2026-12-01T12:00:00Z\"", "\"startedAt\": \"noon\""));
        folder.append(record("2026-12-01T13:00:00Z", null));

        List<String> warnings = new ArrayList<>();
        List<HistoryRecord> read = folder.read(warnings::add);

        assertEquals(List.of("2026-12-01T10:00:00Z", "2026-12-01T13:00:00Z"), read.stream().map(HistoryRecord::startedAt)
                .toList());
        assertEquals(2, warnings.size());
        assertTrue(warnings.get(0).startsWith("aitest: the history record " + damaged + " is damaged ("), warnings.get(0));
        assertEquals("aitest: the history record " + wrong + " is damaged (startedAt is \"noon\" but must be an "
                + "ISO-8601 instant) and left out; remove it, or leave it: it is skipped every time", warnings.get(1));
    }

    @Test
    void onlyWhatABuildRanIsRecordedOrComparedNotARunThatDidNotEndNorOneShardsShare() throws IOException {
        History history = new History(new HistoryFolder(dir, 30), BuildSource.UNKNOWN);
        List<String> warnings = new ArrayList<>();
        dev.aitest.port.Console console = new dev.aitest.port.Console() {
            @Override
            public void info(String line) {
            }

            @Override
            public void warn(String line) {
                warnings.add(line);
            }
        };
        Results complete = ReportFixtures.small().toBuilder().startedAt("2026-12-01T10:00:00Z").build();
        Results stopped = complete.toBuilder().startedAt("2026-12-01T11:00:00Z").complete(false).build();
        Results shard = complete.toBuilder().startedAt("2026-12-01T12:00:00Z")
                .shard(dev.aitest.model.Shard.of(1, 2, complete.run().iterations())).build();
        for (Results results : List.of(complete, stopped, shard)) {
            history.append(results, console);
        }
        assertEquals(List.of("2026-12-01T10:00:00Z"), history.folder().read(warnings::add).stream()
                .map(HistoryRecord::startedAt).toList());
        assertNull(history.summary(stopped, console));
        assertNull(history.summary(shard, console));
        assertEquals(2, history.summary(complete.toBuilder().startedAt("2026-12-02T10:00:00Z").build(), console)
                .builds().size());
        assertEquals(List.of(), warnings);
    }

    /** Appends {@code count} records to {@code args[0]}, starting at {@code args[2]} seconds: one of two processes. */
    public static void main(String[] args) throws IOException {
        HistoryFolder folder = new HistoryFolder(Path.of(args[0]), 1000);
        int count = Integer.parseInt(args[1]);
        long start = Long.parseLong(args[2]);
        for (int i = 0; i < count; i++) {
            folder.append(record(Instant.ofEpochSecond(start + i).toString(), null));
        }
    }

    @Test
    void twoProcessesAppendingAtOnceLoseNoRecord() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (long start : new long[] {1_800_000_000L, 1_900_000_000L}) {
            processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    HistoryFolderTest.class.getName(), dir.toString(), "40", Long.toString(start))
                    .redirectErrorStream(true).start());
        }
        for (Process process : processes) {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), output);
        }
        HistoryFolder folder = new HistoryFolder(dir, 1000);
        assertEquals(80, folder.records().size());
        List<String> warnings = new ArrayList<>();
        assertEquals(80, folder.read(warnings::add).size());
        assertEquals(List.of(), warnings);
        try (var left = Files.list(dir)) {
            assertEquals(80, left.count(), "no partial file is left");
        }
    }

    @Test
    void theCommitAndBranchComeFromTheCiOrFromTheGitFolderAndOnlyWhenTheyLookRight() throws IOException {
        Path repo = dir.resolve("repo");
        Path module = Files.createDirectories(repo.resolve("core"));
        Path git = Files.createDirectories(repo.resolve(".git/refs/heads/feature"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/feature/x\n");
        Files.writeString(repo.resolve(".git/packed-refs"), "# pack-refs with: peeled\n"
                + "0123456789abcdef0123456789abcdef01234567 refs/heads/feature/x\n");
        assertEquals(new BuildSource("0123456789abcdef0123456789abcdef01234567", "feature/x"),
                BuildSource.detect(Map.of(), module));
        Files.writeString(git.resolve("x"), "89abcdef0123456789abcdef0123456789abcdef\n");
        assertEquals("89abcde", BuildSource.detect(Map.of(), module).shortCommit());
        // the CI's variables first; a branch with a space, a commit that is not hex are not taken
        assertEquals(new BuildSource("abcdef1234567", "pr-7"), BuildSource.detect(Map.of("GITHUB_SHA",
                "abcdef1234567", "GITHUB_HEAD_REF", "pr-7", "GITHUB_REF_NAME", "main"), module));
        assertEquals(new BuildSource("89abcdef0123456789abcdef0123456789abcdef", "release"),
                BuildSource.detect(Map.of("GIT_BRANCH", "origin/release"), module));
        assertNull(new BuildSource("not-a-sha", "a b").commit());
        assertNull(new BuildSource("not-a-sha", "a b").branch());
        Files.writeString(repo.resolve(".git/HEAD"), "fedcba9876543210fedcba9876543210fedcba98\n");
        assertEquals(new BuildSource("fedcba9876543210fedcba9876543210fedcba98", null),
                BuildSource.detect(Map.of(), module));
        assertEquals(BuildSource.UNKNOWN, BuildSource.detect(Map.of(), Files.createDirectories(dir.resolve("none"))));
    }
}
