package dev.aitest.run;

import dev.aitest.gate.Decision;
import dev.aitest.gate.GivenCriteria;
import dev.aitest.model.Usage;
import static dev.aitest.merge.SurefireXml.failed;
import static dev.aitest.merge.SurefireXml.passed;
import static dev.aitest.merge.SurefireXml.report;
import static dev.aitest.merge.SurefireXml.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.cost.Pricing;
import dev.aitest.model.Environment;
import dev.aitest.model.IterationTotals;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.Shard;
import dev.aitest.model.TestResult;
import dev.aitest.port.RecordingConsole;
import dev.aitest.publish.Publisher;
import dev.aitest.report.ReportOptions;
import dev.aitest.store.ReportsLayout;
import dev.aitest.store.ResultsJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards run by the real {@link AitestRun} and put back together by {@link ShardMerge}. */
class ShardMergeTest {

    private static final Environment ENVIRONMENT = new Environment("3.9.16", "3.5.4", "17.0.9");
    private static final ProjectInfo PROJECT = new ProjectInfo("com.x", "shop", "1.0", "Shop");

    @TempDir
    Path temp;

    private final RecordingConsole console = new RecordingConsole();
    private final List<Integer> ran = Collections.synchronizedList(new ArrayList<>());

    /**
     * A deterministic suite: {@code ok} passes; {@code even} fails in odd iterations; {@code crashy}'s JVM dies in
     * iteration 3 before {@code late} runs, so {@code late} gets a crash-filled run there.
     */
    private void iteration(Iteration it) throws IterationException {
        ran.add(it.index());
        try {
            String even = it.index() % 2 == 0 ? passed("com.x.ATest", "even", "0.2")
                    : failed("com.x.ATest", "even", "0.2", "wrong in iteration " + it.index(),
                            "org.opentest4j.AssertionFailedError", "org.opentest4j.AssertionFailedError\n\tat com.x.A");
            write(it.reportsDirectory(), "TEST-com.x.ATest.xml",
                    report("com.x.ATest", passed("com.x.ATest", "ok", "0.1"), even));
            if (it.index() != 3) {
                write(it.reportsDirectory(), "TEST-com.x.BTest.xml",
                        report("com.x.BTest", passed("com.x.BTest", "late", "0.3")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (it.index() == 3) {
            throw new IterationException("The forked VM terminated without properly saying goodbye", false, null);
        }
    }

    private Results run(Path reports, int iterations, Shard shard) throws IOException {
        RunSettings settings = new RunSettings(iterations, 1, 80.0, reports, ENVIRONMENT, Pricing.builtIn(), PROJECT,
                ReportOptions.ALL, "test").withCriteria(new GivenCriteria(null, 60.0, 0.9, "strict"))
                .withShard(shard);
        return new AitestRun(settings, this::iteration, console).execute().results();
    }

    private ShardMerge merger() {
        // as aitest:merge does: every report for the output, results.json alone for a module's folder under it
        return new ShardMerge(Pricing.builtIn(), console, GivenCriteria.NONE,
                layout -> new Publisher(layout, layout.directory().getParent().endsWith("modules") ? ReportOptions.NONE
                        : ReportOptions.ALL, "test", console, null, null));
    }

    /** The results without what differs from run to run: timings and when it started. */
    private static Results timeless(Results results) {
        List<TestResult> tests = new ArrayList<>();
        for (TestResult t : results.tests()) {
            List<Run> runs = t.iterations().stream().map(r -> new Run(r.iteration(), r.outcome(), 0, r.message(),
                    r.type(), r.stackTrace(), r.usage())).toList();
            tests.add(new TestResult(t.identity(), t.outcome(), t.statistics(), t.counts(),
                    new Usage(0, t.usage().tokens(), t.usage().costUsd(), t.usage().agent()), runs));
        }
        List<IterationTotals> iterations = results.iterationTotals().stream().map(i -> new IterationTotals(
                i.iteration(), i.tests(), i.passed(), i.failed(), i.skipped(), i.passRate(), 0, i.crash())).toList();
        var s = results.totals();
        return results.toBuilder().startedAt("-").durationMs(0).iterationTotals(iterations)
                .totals(new dev.aitest.model.Totals(s.outcomes(), s.runs(), s.counts(), s.statistics(),
                        new Usage(0, s.usage().tokens(), s.usage().costUsd(), null)), tests, results.agents())
                .build();
    }

    @Test
    void twoShardsMergedAreTheSingleRunApartFromTimings() throws IOException {
        Results single = run(temp.resolve("single"), 4, null);
        Results first = run(temp.resolve("a"), 4, Shard.of(1, 2, 4));
        Results second = run(temp.resolve("b"), 4, Shard.of(2, 2, 4));

        assertEquals(List.of(1, 2, 3, 4, 1, 2, 3, 4), ran.subList(0, 8), "the single run ran 1-4");
        assertEquals(List.of(1, 2, 3, 4), ran.subList(4, 8), "the shards ran 1-2 and 3-4 with global indices");
        assertEquals(new Shard(1, 2, 1, 2), first.progress().shard());
        assertEquals(List.of(1, 2), first.progress().finishedIterations());
        assertEquals(List.of(3, 4), second.progress().finishedIterations());
        assertEquals(4, second.run().iterations());

        Path merged = temp.resolve("merged");
        Results result = merger().merge(List.of(temp.resolve("b"), temp.resolve("a")), merged).results();

        assertEquals(timeless(ResultsJson.read(temp.resolve("single/results.json"))),
                timeless(ResultsJson.read(merged.resolve("results.json"))));
        assertEquals(timeless(single), timeless(result));
        assertNull(result.progress().shard());
        assertEquals(List.of(), result.progress().missingIterations());
        assertEquals(List.of(1, 2, 3, 4), result.progress().finishedIterations());
        // the crash-filled run of the test iteration 3 never reached is there, as in the single run
        TestResult late = result.tests().stream().filter(t -> t.id().equals("com.x.BTest#late")).findFirst()
                .orElseThrow();
        assertEquals(List.of("passed", "passed", "error", "passed"),
                late.iterations().stream().map(r -> r.outcome().json()).toList());
        // the criteria of the shards are kept, and the merged directory is a reports directory like any other
        assertEquals(60.0, result.criteria().minTestPassRate());
        assertEquals("strict", result.criteria().gateMode());
        assertEquals(0.9, result.criteria().confidenceLevel());
        for (int i = 1; i <= 4; i++) {
            assertTrue(Files.isRegularFile(merged.resolve("iteration-" + i + "/TEST-com.x.ATest.xml")), "iteration " + i);
        }
        assertTrue(Files.isRegularFile(merged.resolve("report.html")));
        assertTrue(Files.isRegularFile(merged.resolve("junit/TEST-com.x.ATest.xml")));
        Results rebuilt = Recovery.rebuild(result.toBuilder().complete(false).build(), new ReportsLayout(merged),
                Pricing.builtIn());
        assertEquals(result.totals().counts().passedRuns(), rebuilt.totals().counts().passedRuns());
    }

    @Test
    void tenIterationsOverFourShardsAreContiguousAndAsEvenAsPossible() {
        assertEquals(List.of(new Shard(1, 4, 1, 3), new Shard(2, 4, 4, 6), new Shard(3, 4, 7, 8),
                new Shard(4, 4, 9, 10)), List.of(Shard.of(1, 4, 10), Shard.of(2, 4, 10), Shard.of(3, 4, 10),
                Shard.of(4, 4, 10)));
        assertEquals(new Shard(1, 1, 1, 5), Shard.of(1, 1, 5));
        assertEquals(new Shard(3, 3, 3, 3), Shard.of(3, 3, 3));
        assertEquals("shard 2/4 (iterations 4-6 of 10)", Shard.of(2, 4, 10).describe(10));
        assertEquals("shard 3/3 (iteration 3 of 3)", Shard.of(3, 3, 3).describe(3));
        // every iteration exactly once, for every split
        for (int n = 1; n <= 12; n++) {
            for (int count = 1; count <= n; count++) {
                List<Integer> all = new ArrayList<>();
                for (int i = 1; i <= count; i++) {
                    Shard shard = Shard.of(i, count, n);
                    assertTrue(shard.last() - shard.first() + 1 >= n / count, shard.toString());
                    assertTrue(shard.last() - shard.first() + 1 <= n / count + 1, shard.toString());
                    all.addAll(shard.iterationList());
                }
                assertEquals(java.util.stream.IntStream.rangeClosed(1, n).boxed().toList(), all, n + "/" + count);
            }
        }
    }

    @Test
    void theSameIterationInTwoInputsIsRefusedBeforeAnythingIsWritten() throws IOException {
        run(temp.resolve("a"), 4, Shard.of(1, 2, 4));
        run(temp.resolve("b"), 4, Shard.of(1, 2, 4));
        Path merged = temp.resolve("merged");

        ShardMerge.RefusedException e = assertThrows(ShardMerge.RefusedException.class,
                () -> merger().merge(List.of(temp.resolve("a"), temp.resolve("b")), merged));
        assertEquals("aitest: iteration 1 is in both " + temp.resolve("a") + " and " + temp.resolve("b") + "; each "
                + "iteration must come from one shard (was a shard's reports directory given twice, or two jobs run "
                + "with the same aitest.shard?)", e.getMessage());
        assertFalse(Files.exists(merged));
    }

    @Test
    void aMissingShardIsMergedWithAWarningAndRecorded() throws IOException {
        run(temp.resolve("a"), 6, Shard.of(1, 3, 6));
        run(temp.resolve("c"), 6, Shard.of(3, 3, 6));
        console.warn.clear();

        Results merged = merger().merge(List.of(temp.resolve("a"), temp.resolve("c")), temp.resolve("m")).results();

        assertEquals(List.of(3, 4), merged.progress().missingIterations());
        assertEquals(List.of(1, 2, 5, 6), merged.progress().finishedIterations());
        assertEquals(List.of("aitest: no input holds iterations 3, 4 of 6; the merge holds the 4 that ran, and "
                + "results.json records the missing ones (is a shard's reports directory missing from "
                + "aitest.mergeFrom?)"), console.warn);
        assertEquals(List.of(3, 4), ResultsJson.read(temp.resolve("m/results.json")).progress().missingIterations());
        assertTrue(Files.readString(temp.resolve("m/report.md")).contains("these merged results lack iterations 3, 4 "
                + "of 6 (no input held them)"));
    }

    @Test
    void inputsOfAnotherRunAreRefused() throws IOException {
        run(temp.resolve("a"), 4, Shard.of(1, 2, 4));
        run(temp.resolve("six"), 6, Shard.of(2, 2, 6));

        ShardMerge.RefusedException other = assertThrows(ShardMerge.RefusedException.class,
                () -> merger().merge(List.of(temp.resolve("a"), temp.resolve("six")), temp.resolve("m")));
        assertEquals("aitest: " + temp.resolve("six") + " is of a run of 6 iterations, but " + temp.resolve("a")
                + " of 4; only the shards of one run merge (run every shard with the same aitest.iterations)",
                other.getMessage());

        Files.createDirectories(temp.resolve("empty"));
        ShardMerge.RefusedException none = assertThrows(ShardMerge.RefusedException.class,
                () -> merger().merge(List.of(temp.resolve("a"), temp.resolve("empty")), temp.resolve("m")));
        assertEquals("aitest: " + temp.resolve("empty") + " holds no results.json; aitest.mergeFrom names the reports "
                + "directories of the shards (each shard's target/aitest-reports, whole)", none.getMessage());
        // results.json replaced by a folder is said to be one
        Files.createDirectories(temp.resolve("empty/results.json"));
        ShardMerge.RefusedException folder = assertThrows(ShardMerge.RefusedException.class,
                () -> merger().merge(List.of(temp.resolve("a"), temp.resolve("empty")), temp.resolve("m")));
        assertEquals(temp.resolve("empty/results.json") + " is a folder, not the results file aitest writes; move "
                + "the folder away and run aitest:test again to write it anew (it is an input of aitest.mergeFrom)",
                folder.getMessage());

        ShardMerge.RefusedException self = assertThrows(ShardMerge.RefusedException.class,
                () -> merger().merge(List.of(temp.resolve("a")), temp.resolve("a")));
        assertTrue(self.getMessage().startsWith("aitest: " + temp.resolve("a") + " is both an input"),
                self.getMessage());
        assertFalse(Files.exists(temp.resolve("m")));
    }

    /** The refusal of merging {@code inputs} into {@code output}, with nothing of any input changed. */
    private String refusedKeepingInputs(List<Path> inputs, Path output) throws IOException {
        List<List<Path>> before = new ArrayList<>();
        for (Path input : List.of(temp.resolve("a"), temp.resolve("b"))) {
            before.add(tree(input));
        }
        ShardMerge.RefusedException e = assertThrows(ShardMerge.RefusedException.class,
                () -> merger().merge(inputs, output));
        List<List<Path>> after = new ArrayList<>();
        for (Path input : List.of(temp.resolve("a"), temp.resolve("b"))) {
            after.add(tree(input));
        }
        assertEquals(before, after, "no input is touched");
        return e.getMessage();
    }

    private static List<Path> tree(Path root) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).sorted().toList();
        }
    }

    @Test
    void anOutputThatIsAnInputThroughALinkIsRefusedBeforeAnythingIsRemoved() throws IOException {
        run(temp.resolve("a"), 4, Shard.of(1, 2, 4));
        run(temp.resolve("b"), 4, Shard.of(2, 2, 4));
        Path a = temp.resolve("a").toRealPath();
        String fix = "; write the merge to a folder of its own, apart from every input, e.g. "
                + "-Daitest.reportsDirectory=target/aitest-merged";

        // the output a link to an input
        Path link = Files.createSymbolicLink(temp.resolve("out"), temp.resolve("a"));
        assertEquals("aitest: " + temp.resolve("a") + " is both an input (aitest.mergeFrom) and the output "
                + "(aitest.reportsDirectory " + link + ") (" + temp.resolve("a") + " is " + a + ", " + link + " is "
                + a + ")" + fix, refusedKeepingInputs(List.of(temp.resolve("a"), temp.resolve("b")), link));
        // an input a link to the output
        Path in = Files.createSymbolicLink(temp.resolve("in"), temp.resolve("b"));
        assertTrue(refusedKeepingInputs(List.of(temp.resolve("a"), in), temp.resolve("b"))
                .startsWith("aitest: " + in + " is both an input"));
        // a linked parent folder, and .. segments after a link
        Path parent = Files.createSymbolicLink(temp.resolve("parent"), temp);
        assertTrue(refusedKeepingInputs(List.of(temp.resolve("a"), temp.resolve("b")), parent.resolve("b"))
                .startsWith("aitest: " + temp.resolve("b") + " is both an input"));
        Files.createDirectories(temp.resolve("deep/down"));
        Path up = Files.createSymbolicLink(temp.resolve("up"), temp.resolve("deep/down"));
        // up/../../a is temp/a on disk, though its name says temp/a... after two steps up from temp/up
        assertTrue(refusedKeepingInputs(List.of(temp.resolve("a"), temp.resolve("b")),
                up.resolve("../../a")).startsWith("aitest: " + temp.resolve("a") + " is both an input"));
        assertTrue(Files.isRegularFile(temp.resolve("a/iteration-1/aitest-iteration.json")));
        assertTrue(Files.isRegularFile(temp.resolve("a/results.json")));
    }

    @Test
    void anOutputInsideOrAroundAnInputIsRefused() throws IOException {
        run(temp.resolve("a"), 4, Shard.of(1, 2, 4));
        run(temp.resolve("b"), 4, Shard.of(2, 2, 4));

        assertEquals("aitest: the output (aitest.reportsDirectory) " + temp.resolve("a/merged") + " lies inside the "
                + "input " + temp.resolve("a") + " (aitest.mergeFrom); the merge moves the output's earlier contents "
                + "aside, which would take the input's with them; write the merge to a folder of its own, apart from "
                + "every input, e.g. -Daitest.reportsDirectory=target/aitest-merged",
                refusedKeepingInputs(List.of(temp.resolve("a"), temp.resolve("b")), temp.resolve("a/merged")));
        assertFalse(Files.exists(temp.resolve("a/merged")));
        assertTrue(refusedKeepingInputs(List.of(temp.resolve("a"), temp.resolve("b")), temp).startsWith("aitest: the "
                + "output (aitest.reportsDirectory) " + temp + " contains the input " + temp.resolve("a")));
        // inside an input through a link
        Path link = Files.createSymbolicLink(temp.resolve("link"), temp.resolve("b"));
        assertTrue(refusedKeepingInputs(List.of(temp.resolve("a"), temp.resolve("b")), link.resolve("m"))
                .startsWith("aitest: the output (aitest.reportsDirectory) " + link.resolve("m") + " lies inside the "
                        + "input " + temp.resolve("b")));
    }

    @Test
    void aGlobThatMatchesTheOutputIsRefused() throws IOException {
        run(temp.resolve("shards/a"), 4, Shard.of(1, 2, 4));
        run(temp.resolve("shards/b"), 4, Shard.of(2, 2, 4));
        Path out = temp.resolve("shards/merged");
        merger().merge(MergeInputs.resolve("shards/*", temp), out);

        // the second time, the glob matches the output of the first
        ShardMerge.RefusedException e = assertThrows(ShardMerge.RefusedException.class,
                () -> merger().merge(MergeInputs.resolve("shards/*", temp), out));
        assertTrue(e.getMessage().startsWith("aitest: " + out + " is both an input"), e.getMessage());
        assertTrue(Files.isRegularFile(out.resolve("results.json")));
        assertEquals(List.of(1, 2), ResultsJson.read(temp.resolve("shards/a/results.json")).progress().finishedIterations());
    }

    private Results run(Path reports, int iterations, Shard shard, double threshold, GivenCriteria criteria)
            throws IOException {
        RunSettings settings = new RunSettings(iterations, 1, threshold, reports, ENVIRONMENT, Pricing.builtIn(),
                PROJECT, ReportOptions.ALL, "test").withCriteria(criteria).withShard(shard);
        return new AitestRun(settings, this::iteration, console).execute().results();
    }

    @Test
    void shardsJudgedWithOtherCriteriaAreRefusedUnlessTheMergeIsGivenThem() throws IOException {
        run(temp.resolve("a"), 4, Shard.of(1, 2, 4), 100.0, new GivenCriteria(null, 60.0, 0.9, "strict"));
        run(temp.resolve("b"), 4, Shard.of(2, 2, 4), 50.0, new GivenCriteria(null, null, 0.9, "lenient"));
        List<Path> inputs = List.of(temp.resolve("a"), temp.resolve("b"));

        ShardMerge.RefusedException e = assertThrows(ShardMerge.RefusedException.class,
                () -> merger().merge(inputs, temp.resolve("m")));
        assertEquals("aitest: the inputs were judged with other criteria: aitest.minPassRate is 100% in "
                + temp.resolve("a") + " but 50% in " + temp.resolve("b") + "; aitest.minTestPassRate is 60% in "
                + temp.resolve("a") + " but none in " + temp.resolve("b") + "; aitest.gate is strict in "
                + temp.resolve("a") + " but lenient in " + temp.resolve("b") + ". The merge's verdict would depend "
                + "on the order of aitest.mergeFrom; give the criteria to judge the whole run with to aitest:merge, "
                + "e.g. -Daitest.minPassRate=100 -Daitest.minTestPassRate=60 -Daitest.gate=strict, or run every "
                + "shard with the same ones", e.getMessage());
        assertFalse(Files.exists(temp.resolve("m")));
        // the other order is refused the same way: no order wins
        assertThrows(ShardMerge.RefusedException.class,
                () -> merger().merge(List.of(temp.resolve("b"), temp.resolve("a")), temp.resolve("m")));

        // given to the merge, they judge it whatever the order, and the console says which were used
        console.info.clear();
        ShardMerge given = new ShardMerge(Pricing.builtIn(), console, new GivenCriteria(50.0, 40.0, null,
                "observed"), layout -> new Publisher(layout, ReportOptions.ALL, "test", console, null, null));
        Results merged = given.merge(List.of(temp.resolve("b"), temp.resolve("a")), temp.resolve("m")).results();
        assertEquals(50.0, merged.criteria().minPassRate());
        assertEquals(40.0, merged.criteria().minTestPassRate());
        assertEquals("observed", merged.criteria().gateMode());
        assertEquals(0.9, merged.criteria().confidenceLevel());
        assertTrue(console.info.contains("aitest: the merge is judged with aitest.minPassRate 50% (given), "
                + "aitest.minTestPassRate 40% (given), aitest.confidence 0.9 (the shards'), aitest.gate observed "
                + "(given)"), console.info.toString());
        assertEquals(50.0, ResultsJson.read(temp.resolve("m/results.json")).criteria().minPassRate());
    }

    @Test
    void aDamagedInputIsNamed() throws IOException {
        run(temp.resolve("a"), 4, Shard.of(1, 2, 4));
        run(temp.resolve("b"), 4, Shard.of(2, 2, 4));
        Files.delete(temp.resolve("b/iteration-4/aitest-iteration.json"));

        ShardMerge.RefusedException e = assertThrows(ShardMerge.RefusedException.class,
                () -> merger().merge(List.of(temp.resolve("a"), temp.resolve("b")), temp.resolve("m")));
        assertEquals("aitest: " + temp.resolve("b") + " is damaged: its results.json holds iteration 4, but "
                + temp.resolve("b/iteration-4") + " has no record of it; keep each shard's whole reports directory, "
                + "iteration folders included", e.getMessage());

        Files.writeString(temp.resolve("b/results.json"), "{\"schemaVersion\": 1, \"iter");
        ShardMerge.RefusedException truncated = assertThrows(ShardMerge.RefusedException.class,
                () -> merger().merge(List.of(temp.resolve("a"), temp.resolve("b")), temp.resolve("m")));
        assertTrue(truncated.getMessage().contains(temp.resolve("b/results.json").toString()), truncated.getMessage());
        assertTrue(truncated.getMessage().endsWith("(it is an input of aitest.mergeFrom)"), truncated.getMessage());
    }

    @Test
    void aShardsVerdictSaysItJudgesOnlyPartOfTheRun() throws IOException {
        Results shard = run(temp.resolve("a"), 4, Shard.of(1, 2, 4));

        Decision decision = Decision.of(shard, GivenCriteria.NONE, false, "results.json");
        assertEquals(List.of("aitest: these results hold shard 1/2 (iterations 1-2 of 4) of a sharded run; aitest:merge "
                + "puts the shards together: this verdict judges only part of the run"), decision.notes());
        assertTrue(Files.readString(temp.resolve("a/report.md")).contains("PART OF A RUN: these results hold shard 1/2 "
                + "(iterations 1-2 of 4)"));
        assertTrue(console.info.contains("aitest: iteration 1/4 starting"), console.info.toString());
    }

    @Test
    void aRebuiltRunKeepsItsCriteriaAndShard() throws IOException {
        Results shard = run(temp.resolve("a"), 4, Shard.of(2, 2, 4));

        Results rebuilt = Recovery.rebuild(shard.toBuilder().complete(false).build(),
                new ReportsLayout(temp.resolve("a")), Pricing.builtIn());

        assertEquals(60.0, rebuilt.criteria().minTestPassRate());
        assertEquals(0.9, rebuilt.criteria().confidenceLevel());
        assertEquals("strict", rebuilt.criteria().gateMode());
        assertEquals(Shard.of(2, 2, 4), rebuilt.progress().shard());
    }

    @Test
    void globsNameEveryMatchingFolderInPathOrder() throws IOException {
        for (String shard : List.of("s2", "s1", "s10")) {
            Files.createDirectories(temp.resolve("shards/" + shard + "/aitest-reports"));
        }
        Files.createDirectories(temp.resolve("other/aitest-reports"));

        assertEquals(List.of(temp.resolve("shards/s1/aitest-reports"), temp.resolve("shards/s10/aitest-reports"),
                temp.resolve("shards/s2/aitest-reports")), MergeInputs.resolve("shards/*/aitest-reports", temp));
        assertEquals(List.of(temp.resolve("other/aitest-reports"), temp.resolve("shards/s1/aitest-reports")),
                MergeInputs.resolve(" other/aitest-reports , shards/s1/aitest-reports,other/aitest-reports", temp));
        assertEquals(4, MergeInputs.resolve("**/aitest-reports", temp).size());
        ShardMerge.RefusedException none = assertThrows(ShardMerge.RefusedException.class,
                () -> MergeInputs.resolve("jobs/*/aitest-reports", temp));
        assertEquals("aitest: aitest.mergeFrom names 'jobs/*/aitest-reports', which matches no folder (relative to "
                + temp + "); name the reports directories of the shards, e.g. "
                + "-Daitest.mergeFrom=shards/*/aitest-reports", none.getMessage());
    }

    /** A reactor of two modules run in {@code job}, its aggregate under {@code job/target/aitest-reports}. */
    private Results reactor(Path job, int iterations, Shard shard) throws IOException {
        return reactor(job, iterations, shard, List.of("agent", "core"));
    }

    /** A reactor of {@code modules}, each {@code groupId:artifactId} or an artifactId, in folders of their index. */
    private Results reactor(Path job, int iterations, Shard shard, List<String> names) throws IOException {
        List<ReactorAggregate.Module> modules = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String[] parts = names.get(i).split(":");
            Path reports = job.resolve((parts.length == 1 ? parts[0] : "m" + i) + "/target/aitest-reports");
            run(reports, iterations, shard);
            modules.add(parts.length == 1 ? new ReactorAggregate.Module(parts[0], reports)
                    : new ReactorAggregate.Module(parts[0], parts[1], reports));
        }
        Path aggregate = job.resolve("target/aitest-reports");
        Results results = ReactorAggregate.build(modules, aggregate, new ProjectInfo("com.x", "reactor", "1.0", "R"),
                Pricing.builtIn());
        new Publisher(new ReportsLayout(aggregate), ReportOptions.NONE, "test", console, null, null).publish(results);
        return results;
    }

    /** The aggregate without timings and without where its modules' folders are. */
    private static Results placeless(Results results) {
        Results timeless = timeless(results);
        return timeless.toBuilder().modules(timeless.modules().stream().map(m -> new dev.aitest.model.ModuleTotals(
                m.module(), m.minPassRate(), m.complete(), null, m.totals())).toList()).build();
    }

    @Test
    void reactorAggregatesMergeModuleByModule() throws IOException {
        reactor(temp.resolve("single"), 4, null);
        Results single = ResultsJson.read(temp.resolve("single/target/aitest-reports/results.json"));
        reactor(temp.resolve("job1"), 4, Shard.of(1, 2, 4));
        reactor(temp.resolve("job2"), 4, Shard.of(2, 2, 4));
        Path out = temp.resolve("merged");

        Results merged = merger().merge(List.of(temp.resolve("job1/target/aitest-reports"),
                temp.resolve("job2/target/aitest-reports")), out).results();

        assertEquals(List.of("agent", "core"), merged.modules().stream().map(m -> m.module()).toList());
        assertEquals(List.of("modules/agent", "modules/core"),
                merged.modules().stream().map(m -> m.reportsDirectory()).toList());
        assertEquals(List.of(1, 2, 3, 4), ResultsJson.read(out.resolve("modules/core/results.json"))
                .progress().finishedIterations());
        assertTrue(Files.isRegularFile(out.resolve("modules/agent/iteration-3/TEST-com.x.ATest.xml")));
        assertFalse(Files.exists(out.resolve("modules/agent/report.html")), "a module's folder holds results.json");
        assertEquals(placeless(single), placeless(merged));
        assertEquals(placeless(single), placeless(ResultsJson.read(out.resolve("results.json"))));
    }

    @Test
    void modulesSharingAnArtifactIdMergeApart() throws IOException {
        List<String> names = List.of("it.one:shared", "it.two:shared");
        reactor(temp.resolve("single"), 4, null, names);
        Results single = ResultsJson.read(temp.resolve("single/target/aitest-reports/results.json"));
        reactor(temp.resolve("job1"), 4, Shard.of(1, 2, 4), names);
        reactor(temp.resolve("job2"), 4, Shard.of(2, 2, 4), names);
        Path out = temp.resolve("merged");

        Results merged = merger().merge(List.of(temp.resolve("job1/target/aitest-reports"),
                temp.resolve("job2/target/aitest-reports")), out).results();

        assertEquals(names, merged.modules().stream().map(m -> m.moduleId()).toList());
        assertEquals(List.of("modules/it.one_shared", "modules/it.two_shared"),
                merged.modules().stream().map(m -> m.reportsDirectory()).toList());
        assertEquals(single.totals().outcomes().tests(), merged.totals().outcomes().tests());
        assertEquals(placeless(single), placeless(merged));
    }
}
