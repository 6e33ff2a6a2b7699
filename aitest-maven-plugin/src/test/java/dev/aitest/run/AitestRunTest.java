package dev.aitest.run;

import dev.aitest.fixture.Fixture;
import static dev.aitest.merge.SurefireXml.failed;
import static dev.aitest.merge.SurefireXml.passed;
import static dev.aitest.merge.SurefireXml.report;
import static dev.aitest.merge.SurefireXml.write;
import static dev.aitest.model.RunOutcome.ERROR;
import static dev.aitest.model.RunOutcome.FAILED;
import static dev.aitest.model.RunOutcome.PASSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.cost.Pricing;
import dev.aitest.port.RecordingConsole;
import dev.aitest.model.IterationTotals;
import dev.aitest.model.ProjectInfo;
import dev.aitest.report.ReportOptions;
import dev.aitest.model.Environment;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.TestOutcome;
import dev.aitest.model.TestResult;
import dev.aitest.store.ReportsLayout;
import dev.aitest.store.ResultsJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AitestRunTest {

    private static final String GOODBYE = "The forked VM terminated without properly saying goodbye";
    private static final Environment ENVIRONMENT = new Environment("3.8.7", "3.5.4", "17.0.9");
    private static final ProjectInfo PROJECT = new ProjectInfo("com.x", "shop", "1.0", "Shop");

    @TempDir
    Path temp;

    private Path reports;
    private final RecordingConsole console = new RecordingConsole();
    private final List<Iteration> received = java.util.Collections.synchronizedList(new ArrayList<>());
    private int parallel = 1;

    /** What a fake Surefire does in one iteration. */
    @FunctionalInterface
    private interface Behaviour {
        void run(Iteration iteration) throws IterationException, IOException;
    }

    private RunCompletion execute(int iterations, Behaviour behaviour) throws IOException {
        reports = temp.resolve("target/aitest-reports");
        IterationRunner runner = iteration -> {
            received.add(iteration);
            try {
                behaviour.run(iteration);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        run = new AitestRun(new RunSettings(iterations, parallel, 80.0, reports, ENVIRONMENT, Pricing.builtIn(),
                PROJECT, ReportOptions.ALL, "test"), runner, console);
        return run.execute();
    }

    /** The run under way. */
    private AitestRun run;

    /** Class A's report: {@code ok} always passes, {@code sometimes} fails when {@code failing}. */
    private static void writeA(Iteration iteration, boolean failing) throws IOException {
        String sometimes = failing
                ? failed("com.x.ATest", "sometimes", "0.5", "expected: <1> but was: <2>",
                        "org.opentest4j.AssertionFailedError", "org.opentest4j.AssertionFailedError\n\tat com.x.ATest")
                : passed("com.x.ATest", "sometimes", "0.5");
        write(iteration.reportsDirectory(), "TEST-com.x.ATest.xml",
                report("com.x.ATest", passed("com.x.ATest", "ok", "0.1"), sometimes));
    }

    private static void writeB(Iteration iteration) throws IOException {
        write(iteration.reportsDirectory(), "TEST-com.x.BTest.xml",
                report("com.x.BTest", passed("com.x.BTest", "b", "0.2")));
    }

    private static TestResult test(Results results, String id) {
        return results.tests().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- a normal run

    @Test
    void aTestFailingInOneIterationIsFlakyInResultsJson() throws IOException {
        RunCompletion outcome = execute(3, it -> writeA(it, it.index() == 2));

        assertEquals(reports.resolve("results.json"), outcome.resultsFile());
        assertNull(outcome.problem());
        Results written = ResultsJson.read(outcome.resultsFile());
        assertEquals(outcome.results(), written);
        assertEquals(3, written.run().iterations());
        assertEquals(80.0, written.criteria().minPassRate());
        assertEquals(ENVIRONMENT, written.run().environment());
        TestResult sometimes = written.tests().get(0);
        assertEquals("com.x.ATest#sometimes", sometimes.id());
        assertEquals(TestOutcome.FLAKY, sometimes.outcome());
        assertEquals(66.67, sometimes.statistics().passRate());
        assertEquals(List.of(PASSED, FAILED, PASSED),
                sometimes.iterations().stream().map(Run::outcome).toList());
        assertEquals("expected: <1> but was: <2>", sometimes.iterations().get(1).message());
        assertEquals(TestOutcome.PASSED, test(written, "com.x.ATest#ok").outcome());
        assertEquals(3, written.iterationTotals().size());
        assertEquals(List.of(2, 1, 2), written.iterationTotals().stream().map(s -> s.passed()).toList());
        assertEquals(6, written.totals().runs());
        assertEquals(83.33, written.totals().statistics().passRate());
    }

    @Test
    void eachIterationIsAnnouncedAndSummarizedOnTheConsole() throws IOException {
        execute(3, it -> writeA(it, it.index() == 2));

        assertEquals(6, console.info.size(), console.info.toString());
        assertEquals("aitest: iteration 1/3 starting", console.info.get(0));
        assertEquals("aitest: iteration 2/3 starting", console.info.get(2));
        assertEquals("aitest: iteration 3/3 starting", console.info.get(4));
        String second = console.info.get(3);
        assertTrue(second.startsWith("aitest: iteration 2/3: 2 tests, 1 passed, 1 failed, 0 skipped in "), second);
        assertTrue(second.matches(".* in \\d+\\.\\d s; about \\d+ ms left \\(1 iteration\\)"), second);
        assertTrue(console.info.get(5).matches(".* in \\d+\\.\\d s"), console.info.get(5));
        assertTrue(console.info.get(1).startsWith("aitest: iteration 1/3: 2 tests, 2 passed, 0 failed, 0 skipped in "));
        assertEquals(List.of(), console.warn);
    }

    @Test
    void theRunnerGetsEachIterationWithItsFolders() throws IOException {
        List<Boolean> tempExisted = new ArrayList<>();
        execute(3, it -> {
            tempExisted.add(Files.isDirectory(it.tempDirectory()));
            writeA(it, false);
        });

        assertEquals(List.of(
                iteration(1, 3),
                iteration(2, 3),
                iteration(3, 3)),
                received);
        assertEquals(List.of(true, true, true), tempExisted);
    }

    // ---------------------------------------------------------------- temp and stale folders

    @Test
    void anEmptyTempFolderIsRemovedAfterTheIteration() throws IOException {
        execute(1, it -> writeA(it, false));

        Path folder = reports.resolve("iteration-1");
        assertTrue(Files.isRegularFile(folder.resolve("TEST-com.x.ATest.xml")));
        assertFalse(Files.exists(folder.resolve("tmp")));
    }

    @Test
    void aTempFolderTheTestsWroteToIsKept() throws IOException {
        execute(1, it -> {
            writeA(it, false);
            Files.writeString(it.tempDirectory().resolve("leftover.txt"), "x");
        });

        assertTrue(Files.isRegularFile(reports.resolve("iteration-1/tmp/leftover.txt")));
    }

    @Test
    void foldersOfEarlierRunsAreRemovedAndNotMerged() throws IOException {
        Path target = temp.resolve("target/aitest-reports");
        write(target.resolve("iteration-7"), "TEST-com.x.Old.xml", report("com.x.Old", passed("com.x.Old", "o", "1")));
        write(target.resolve("iteration-1"), "TEST-com.x.Stale.xml",
                report("com.x.Stale", passed("com.x.Stale", "s", "1")));
        Files.writeString(target.resolve("notes.txt"), "kept");
        // an earlier run's: aitest marked the folder as its own
        Files.writeString(target.resolve(".aitest.lock"), "");
        // what a run interrupted while deleting its predecessor's folders left behind
        write(target.resolve(".removed-123/iteration-3"), "TEST-com.x.Older.xml",
                report("com.x.Older", passed("com.x.Older", "o", "1")));

        RunCompletion outcome = execute(2, it -> writeA(it, false));

        assertFalse(Files.exists(target.resolve("iteration-7")));
        assertFalse(Files.exists(target.resolve("iteration-1/TEST-com.x.Stale.xml")));
        assertTrue(Files.isRegularFile(target.resolve("notes.txt")));
        try (Stream<Path> left = Files.list(target)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".removed-"))
                    .toList());
        }
        assertEquals(List.of("com.x.ATest#ok", "com.x.ATest#sometimes"),
                outcome.results().tests().stream().map(TestResult::id).toList());
    }

    // ---------------------------------------------------------------- stale results, stopped and killed builds

    @Test
    void theResultsAndReportsOfAnEarlierRunAreGoneWhenANewRunStartsAndItsResultsJsonSaysItIsUnderWay()
            throws IOException {
        execute(2, it -> writeA(it, false));
        assertTrue(Files.isRegularFile(reports.resolve("report.html")));
        List<Results> duringIteration = new ArrayList<>();
        List<Boolean> reportsThere = new ArrayList<>();

        execute(2, it -> {
            duringIteration.add(ResultsJson.read(reports.resolve("results.json")));
            reportsThere.add(Files.exists(reports.resolve("report.html")) || Files.exists(reports.resolve("report.md")));
            writeA(it, false);
        });

        assertEquals(List.of(false, false), reportsThere);
        Results first = duringIteration.get(0);
        assertFalse(first.progress().runComplete());
        assertEquals(List.of(), first.progress().finishedIterations());
        assertEquals(0, first.totals().outcomes().tests());
        assertEquals("test", first.run().aitestVersion());
        // the record of iteration 1 is on disk while iteration 2 runs; results.json is written at the end only
        assertFalse(duringIteration.get(1).progress().runComplete());
        assertTrue(ResultsJson.read(reports.resolve("results.json")).progress().runComplete());
        assertEquals(List.of(1, 2), ResultsJson.read(reports.resolve("results.json")).progress().finishedIterations());
    }

    @Test
    void eachIterationLeavesARecordWhenItEnds() throws IOException {
        execute(2, it -> {
            writeA(it, it.index() == 2);
            if (it.index() == 2) {
                throw new IterationException(GOODBYE, false, null);
            }
        });

        dev.aitest.store.IterationRecord second = dev.aitest.store.IterationRecord.read(
                reports.resolve("iteration-2/aitest-iteration.json"));
        assertEquals(2, second.iteration());
        assertEquals(GOODBYE, second.crash());
        assertFalse(second.refused());
        assertNull(dev.aitest.store.IterationRecord.read(reports.resolve("iteration-1/aitest-iteration.json")).crash());
    }

    @Test
    void aStopDuringIteration3WritesTheResultsAndReportsOfIterations1And2MarkedIncomplete() throws IOException {
        RunCompletion outcome = execute(5, it -> {
            writeA(it, it.index() == 2);
            if (it.index() == 3) {
                run.stop();
            }
        });

        assertEquals(3, received.size(), "no iteration starts after the stop");
        Results written = ResultsJson.read(reports.resolve("results.json"));
        assertFalse(written.progress().runComplete());
        assertEquals(List.of(1, 2), written.progress().finishedIterations());
        assertEquals(5, written.run().iterations());
        assertEquals(4, written.totals().runs());
        assertEquals(3, written.totals().counts().passedRuns());
        assertNull(outcome.problem());
        String markdown = Files.readString(reports.resolve("report.md"));
        assertTrue(markdown.contains("INCOMPLETE: the run did not end (it was stopped, or is still under way); these "
                + "results hold the 2 of 5 iterations that finished (1, 2)."), markdown);
        assertTrue(Files.readString(reports.resolve("report.html")).contains("id=\"incomplete\""));
        assertEquals(List.of("aitest: the build was stopped; results.json and the reports hold the 2 of 5 iterations "
                + "that finished (1, 2) and are marked incomplete"), console.warn);
    }

    @Test
    void aKilledRunIsRebuiltFromItsIterationFolders() throws IOException {
        execute(4, it -> writeA(it, it.index() % 2 == 0));
        Results complete = ResultsJson.read(reports.resolve("results.json"));
        // what a build killed during iteration 4 leaves: the results.json written when it started, and folders
        // of which only the finished ones have their record
        ResultsJson.write(complete.toBuilder().complete(false)
                .totals(Fixture.totals(0, 0, 0, 0, 0, 0, 0, 0, 0, null, 0)).tests(List.of())
                .iterationTotals(List.of()).build(), reports.resolve("results.json"));
        Files.delete(reports.resolve("iteration-4/aitest-iteration.json"));

        Results rebuilt = Recovery.rebuild(ResultsJson.read(reports.resolve("results.json")),
                new dev.aitest.store.ReportsLayout(reports), Pricing.builtIn());

        assertFalse(rebuilt.progress().runComplete());
        assertEquals(List.of(1, 2, 3), rebuilt.progress().finishedIterations());
        assertEquals(4, rebuilt.run().iterations());
        assertEquals(complete.run().startedAt(), rebuilt.run().startedAt());
        assertEquals(6, rebuilt.totals().runs());
        assertEquals(5, rebuilt.totals().counts().passedRuns());
        TestResult sometimes = test(rebuilt, "com.x.ATest#sometimes");
        assertEquals(List.of(PASSED, FAILED, PASSED), sometimes.iterations().stream().map(Run::outcome).toList());
        assertEquals(test(complete, "com.x.ATest#sometimes").iterations().subList(0, 3), sometimes.iterations());
    }

    @Test
    void aSecondRunInTheSameReportsDirectoryIsRefusedWhileTheFirstHoldsIt() throws IOException {
        reports = temp.resolve("target/aitest-reports");
        try (dev.aitest.store.ReportsLayout.Lock held = new dev.aitest.store.ReportsLayout(reports).lock()) {
            IOException refused = assertThrows(IOException.class, () -> execute(1, it -> writeA(it, false)));
            assertEquals("another build is running aitest in " + reports + " (it holds " + reports.resolve(".aitest.lock")
                    + "); wait for it to end, or give this build a reports directory of its own with "
                    + "aitest.reportsDirectory", refused.getMessage());
        }
        assertEquals(List.of(), received);
        assertNull(execute(1, it -> writeA(it, false)).problem(), "the lock is free again");
    }

    // ---------------------------------------------------------------- integration tests

    @Test
    void integrationTestsGoOnFromTheUnitTestsOfTheSameBuildIntoOneResults() throws IOException {
        execute(2, it -> writeA(it, false));
        Results units = ResultsJson.read(reports.resolve("results.json"));
        received.clear();

        RunCompletion outcome = new AitestRun(new RunSettings(2, 1, 80.0, reports, ENVIRONMENT, Pricing.builtIn(),
                PROJECT, ReportOptions.ALL, "test").forKind(dev.aitest.model.TestKind.INTEGRATION_TEST,
                        java.time.Instant.parse(units.run().startedAt())), iteration -> {
                    received.add(iteration);
                    try {
                        // Failsafe reports a class of the same name as a unit test class: they stay apart
                        writeA(iteration, iteration.index() == 2);
                        writeB(iteration);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, console).execute();

        assertEquals(reports.resolve("iteration-1/integration-test"), received.get(0).reportsDirectory());
        Results both = outcome.results();
        assertEquals(units.run().startedAt(), both.run().startedAt());
        assertEquals(5, both.totals().outcomes().tests());
        assertEquals(List.of(dev.aitest.model.TestKind.TEST, dev.aitest.model.TestKind.INTEGRATION_TEST),
                both.tests().stream().filter(t -> t.id().equals("com.x.ATest#ok")).map(t -> t.identity().kind()).sorted()
                        .toList());
        TestResult sometimes = both.tests().stream().filter(t -> t.id().equals("com.x.ATest#sometimes")
                && t.identity().kind() == dev.aitest.model.TestKind.INTEGRATION_TEST).findFirst().orElseThrow();
        assertEquals(TestOutcome.FLAKY, sometimes.outcome());
        assertEquals(List.of(5, 5), both.iterationTotals().stream().map(IterationTotals::tests).toList());
        assertEquals(List.of(1, 2), both.progress().finishedIterations());
        assertEquals(both, ResultsJson.read(reports.resolve("results.json")));
        assertTrue(console.info.contains("aitest: integration tests, iteration 2/2 starting"), console.info.toString());
    }

    // ---------------------------------------------------------------- budgets

    /** Class A's report, with $0.01 recorded by each of its two tests. */
    private static void writeAWithCost(Iteration iteration) throws IOException {
        writeA(iteration, false);
        Files.createDirectories(iteration.sidecarDirectory());
        Files.writeString(iteration.sidecarDirectory().resolve("jvm-1.jsonl"),
                "{\"className\":\"com.x.ATest\",\"name\":\"ok\",\"kind\":\"cost\",\"usd\":0.01}\n"
                        + "{\"className\":\"com.x.ATest\",\"name\":\"sometimes\",\"kind\":\"cost\",\"usd\":0.01}\n");
    }

    private RunCompletion executeWithBudget(int iterations, Budget budget, Behaviour behaviour) throws IOException {
        reports = temp.resolve("target/aitest-reports");
        run = new AitestRun(new RunSettings(iterations, parallel, 80.0, reports, ENVIRONMENT, Pricing.builtIn(),
                PROJECT, ReportOptions.ALL, "test").withBudget(budget), iteration -> {
                    received.add(iteration);
                    try {
                        behaviour.run(iteration);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, console);
        return run.execute();
    }

    @Test
    void noIterationStartsOnceTheRecordedCostHasReachedTheBudget() throws IOException {
        RunCompletion outcome = executeWithBudget(5, new Budget(0.035, null), AitestRunTest::writeAWithCost);

        // $0.02 after iteration 1, $0.04 after iteration 2: no third
        assertEquals(2, received.size());
        Results written = ResultsJson.read(reports.resolve("results.json"));
        assertTrue(written.progress().runComplete());
        assertEquals(List.of(1, 2), written.progress().finishedIterations());
        assertEquals(new dev.aitest.model.StoppedEarly("cost", 2, 0.04, 0.035, written.progress().stoppedEarly().durationMs(), null,
                null), written.progress().stoppedEarly());
        assertEquals(0.04, written.totals().usage().costUsd());
        assertEquals(4, written.totals().runs());
        assertEquals(List.of("aitest: the cost recorded so far, $0.0400, has reached aitest.maxCostUsd $0.035; no "
                + "further iteration starts, and the run ends with the 2 of 5 iterations that ran"), console.warn);
        assertTrue(Files.readString(reports.resolve("report.md")).contains("STOPPED EARLY: the cost recorded, $0.0400, "
                + "reached aitest.maxCostUsd $0.035 after iteration 2; the verdict is on the 2 of 5 iterations that "
                + "ran."));
        assertNull(outcome.problem());
    }

    /** A budget of $0.000001 was shown as $0.0000 (and the cost that reached it too) in every place it is printed. */
    @Test
    void aTinyBudgetAndCostAreShownWithTheDigitsThatMakeThemNonzero() throws IOException {
        executeWithBudget(3, new Budget(0.000001, null), iteration -> {
            writeA(iteration, false);
            Files.createDirectories(iteration.sidecarDirectory());
            Files.writeString(iteration.sidecarDirectory().resolve("jvm-1.jsonl"),
                    "{\"className\":\"com.x.ATest\",\"name\":\"ok\",\"kind\":\"cost\",\"usd\":0.000001}\n"
                            + "{\"className\":\"com.x.ATest\",\"name\":\"sometimes\",\"kind\":\"cost\","
                            + "\"usd\":0.000002}\n");
        });

        assertEquals(1, received.size());
        Results written = ResultsJson.read(reports.resolve("results.json"));
        assertEquals(0.000003, written.totals().usage().costUsd());
        assertEquals(List.of("aitest: the cost recorded so far, $0.000003, has reached aitest.maxCostUsd $0.000001; "
                + "no further iteration starts, and the run ends with the 1 of 3 iterations that ran"), console.warn);
        String markdown = Files.readString(reports.resolve("report.md"));
        assertTrue(markdown.contains("STOPPED EARLY: the cost recorded, $0.000003, reached aitest.maxCostUsd "
                + "$0.000001 after iteration 1; the verdict is on the 1 of 3 iterations that ran."), markdown);
    }

    @Test
    void inParallelNoIterationStartsOnceTheBudgetIsReached() throws IOException {
        parallel = 2;
        executeWithBudget(6, new Budget(0.03, null), AitestRunTest::writeAWithCost);

        // iterations 1 and 2 start together; each further one starts when one ends, while the cost is below $0.03:
        // after the first ends ($0.02) the third starts; after the second ($0.04) nothing more
        assertEquals(3, received.size());
        Results written = ResultsJson.read(reports.resolve("results.json"));
        assertEquals(List.of(1, 2, 3), written.progress().finishedIterations(), console.all().toString());
        assertEquals(3, written.progress().stoppedEarly().afterIteration());
        assertEquals(0.06, written.totals().usage().costUsd());
    }

    @Test
    void aBudgetNeverReachedChangesNothing() throws IOException {
        executeWithBudget(3, new Budget(1.0, 3_600_000L), AitestRunTest::writeAWithCost);

        Results written = ResultsJson.read(reports.resolve("results.json"));
        assertEquals(List.of(1, 2, 3), written.progress().finishedIterations());
        assertNull(written.progress().stoppedEarly());
    }

    // ---------------------------------------------------------------- parallel iterations

    /** A suite whose outcome depends on the iteration only: B crashes in 3, A fails in even iterations. */
    private static void deterministicSuite(Iteration it) throws IOException, IterationException {
        writeA(it, it.index() % 2 == 0);
        if (it.index() == 3) {
            throw new IterationException(GOODBYE, false, null);
        }
        writeB(it);
    }

    /** results.json without what depends on the clock. */
    private static com.fasterxml.jackson.databind.JsonNode withoutTimings(Path file) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        json.remove(List.of("startedAt", "durationMs"));
        json.get("iterationSummaries").forEach(i -> ((com.fasterxml.jackson.databind.node.ObjectNode) i).remove("durationMs"));
        return json;
    }

    @Test
    void parallelIterationsGiveExactlyTheResultsOfASequentialRun() throws IOException {
        execute(5, AitestRunTest::deterministicSuite);
        com.fasterxml.jackson.databind.JsonNode sequential = withoutTimings(reports.resolve("results.json"));
        List<String> sequentialWarnings = List.copyOf(console.warn);

        parallel = 3;
        console.warn.clear();
        received.clear();
        execute(5, AitestRunTest::deterministicSuite);

        assertEquals(sequential, withoutTimings(reports.resolve("results.json")));
        assertEquals(5, received.size());
        assertEquals(sequentialWarnings.size(), console.warn.size());
    }

    @Test
    void parallelIterationsReallyOverlap() throws Exception {
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch allThree = new java.util.concurrent.CountDownLatch(3);
        parallel = 3;
        execute(3, it -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            allThree.countDown();
            try {
                // every iteration waits until all three have started: this only ends if they run at the same time
                assertTrue(allThree.await(30, java.util.concurrent.TimeUnit.SECONDS), "the iterations did not overlap");
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            writeB(it);
            running.decrementAndGet();
        });

        assertEquals(3, most.get());
        Results written = ResultsJson.read(reports.resolve("results.json"));
        assertEquals(List.of(1, 2, 3), written.iterationTotals().stream().map(IterationTotals::iteration).toList());
        assertEquals(List.of(1, 2, 3), test(written, "com.x.BTest#b").iterations().stream().map(Run::iteration).toList());
    }

    @Test
    void inParallelAFirstIterationWithoutTestsStillEndsTheRunLikeASequentialOne() throws IOException {
        parallel = 4;
        RunCompletion outcome = execute(4, it -> {
            throw new IterationException("No tests matching pattern \"Nope\" were executed!", true, null);
        });

        assertEquals(1, outcome.results().iterationTotals().size());
        assertTrue(outcome.problem().refusedByTests());
        assertTrue(console.warn.contains("aitest: no test ran in iteration 1, so the other iterations were not used"),
                console.warn.toString());
    }

    // ---------------------------------------------------------------- abnormal iterations

    @Test
    void testsACrashedIterationDidNotReportAreErrorsAndLaterIterationsStillRun() throws IOException {
        RunCompletion outcome = execute(3, it -> {
            writeA(it, false);
            if (it.index() == 2) {
                throw new IterationException(GOODBYE, false, null);
            }
            writeB(it);
        });

        assertEquals(3, received.size());
        assertNull(outcome.problem());
        Results written = ResultsJson.read(reports.resolve("results.json"));
        TestResult b = test(written, "com.x.BTest#b");
        assertEquals(TestOutcome.FLAKY, b.outcome());
        assertEquals(List.of(PASSED, ERROR, PASSED),
                b.iterations().stream().map(Run::outcome).toList());
        String message = b.iterations().get(1).message();
        assertTrue(message.contains(GOODBYE), message);
        assertEquals(List.of(PASSED, PASSED, PASSED),
                test(written, "com.x.ATest#ok").iterations().stream().map(Run::outcome).toList());
        assertEquals(3, written.iterationTotals().size());
        assertEquals(GOODBYE, written.iterationTotals().get(1).crash());
        assertNull(written.iterationTotals().get(0).crash());
        assertEquals(List.of("aitest: iteration 2/3 ended abnormally: " + GOODBYE + "; tests it did not report are "
                + "recorded as errors and the next iterations still run"), console.warn);
    }

    @Test
    void aForkTimeoutIsTheIterationsCrashAndTestsItNeverReportedTimedOut() throws IOException {
        String timeout = "There was a timeout in the fork (forkedProcessTimeoutInSeconds=2)";
        RunCompletion outcome = execute(2, it -> {
            writeA(it, false);
            if (it.index() == 2) {
                throw new IterationException(timeout, IterationException.Ending.TIMED_OUT, 2, null);
            }
            writeB(it);
        });

        assertNull(outcome.problem());
        Results written = ResultsJson.read(reports.resolve("results.json"));
        assertEquals(timeout, written.iterationTotals().get(1).crash());
        Run b = test(written, "com.x.BTest#b").iterations().get(1);
        assertEquals(ERROR, b.outcome());
        assertEquals("test JVM timed out in iteration 2: " + timeout, b.message());
        assertEquals("aitest.ForkTimeout", b.type());
        assertEquals(List.of("aitest: iteration 2/2 ended abnormally: " + timeout + "; tests it did not report are "
                + "recorded as errors and the next iterations still run"), console.warn);
    }

    @Test
    void onlyTheFirstLineOfACrashMessageIsKept() throws IOException {
        execute(2, it -> {
            writeA(it, false);
            if (it.index() == 1) {
                throw new IterationException("  " + GOODBYE + "\nCommand was /bin/sh -c java ...\n", false, null);
            }
        });

        Results written = ResultsJson.read(reports.resolve("results.json"));
        assertEquals(GOODBYE, written.iterationTotals().get(0).crash());
        assertEquals(2, received.size());
    }

    @Test
    void aRefusedFirstIterationStopsTheRunWithAProblem() throws IOException {
        RunCompletion outcome = execute(3, it -> {
            throw new IterationException("No tests matching pattern \"com.x.Nope\" were executed!", true, null);
        });

        assertEquals(1, received.size());
        assertNotNull(outcome.problem());
        assertTrue(outcome.problem().refusedByTests());
        assertEquals("aitest: no test ran: No tests matching pattern \"com.x.Nope\" were executed!",
                outcome.problem().message());
        Results written = ResultsJson.read(reports.resolve("results.json"));
        assertEquals(0, written.totals().outcomes().tests());
        assertEquals(1, written.iterationTotals().size());
        assertTrue(console.warn.contains("aitest: no test ran in iteration 1, so the other iterations were not run"),
                console.warn.toString());
    }

    @Test
    void noTestsWithoutAnExceptionRunsOneIterationAndWarns() throws IOException {
        RunCompletion outcome = execute(3, it -> {
        });

        assertEquals(1, received.size());
        assertNull(outcome.problem());
        assertEquals(List.of(
                "aitest: no test ran in iteration 1, so the other iterations were not run",
                "aitest: no tests to run (Surefire found none and its failIfNoTests is false)"), console.warn);
        Results written = ResultsJson.read(reports.resolve("results.json"));
        assertEquals(0, written.totals().outcomes().tests());
        assertNull(written.totals().statistics().passRate());
    }

    @Test
    void aForkThatCrashesBeforeAnyTestIsNotARefusalAndTheRunGoesOn() throws IOException {
        RunCompletion outcome = execute(2, it -> {
            throw new IterationException(GOODBYE, false, null);
        });

        assertEquals(2, received.size());
        assertNotNull(outcome.problem());
        assertFalse(outcome.problem().refusedByTests());
        assertEquals("aitest: no test reported a result; the test JVM ended abnormally: " + GOODBYE,
                outcome.problem().message());
        assertTrue(Files.isRegularFile(reports.resolve("results.json")));
    }

    @Test
    void theReportsAreWrittenNextToResultsJsonFromTheSameResults() throws IOException {
        execute(3, it -> writeA(it, it.index() == 2));

        String markdown = Files.readString(reports.resolve("report.md"));
        // 5 of 6 runs over two tests (3/3, 2/3): design effect 1.2, interval [40.33, 97.37] (checked in RateStatisticsTest)
        assertTrue(markdown.contains("**83%** (5/6 runs, 95% CI 40-97%)"), markdown);
        assertTrue(markdown.contains("<code>com.x.ATest\\#sometimes</code> | 2/3 \u00B7 67% (21-94%)"), markdown);
        String html = Files.readString(reports.resolve("report.html"));
        assertTrue(html.contains("com.x.ATest#sometimes"));
        assertTrue(console.warn.isEmpty(), console.warn::toString);
    }

    @Test
    void aReportsDirectoryHoldingAUsersFilesIsRefusedBeforeAnyTestRunsAndKeepsThem() throws IOException {
        Path folder = temp.resolve("target/aitest-reports");
        Files.createDirectories(folder.resolve("junit"));
        Files.writeString(folder.resolve("report.md"), "my own notes");
        Files.writeString(folder.resolve("junit/TEST-handmade.xml"), "<testsuite/>");
        Files.writeString(folder.resolve("notes.txt"), "kept");

        ReportsLayout.ForeignFilesException e = assertThrows(ReportsLayout.ForeignFilesException.class,
                () -> execute(2, it -> writeA(it, true)));

        assertEquals("aitest.reportsDirectory is " + folder + ", which holds files aitest did not write where it "
                + "writes its own: report.md, junit/; aitest would replace or remove them. Give "
                + "aitest.reportsDirectory a folder of its own, e.g. -Daitest.reportsDirectory=target/aitest-reports, "
                + "or move these files away", e.getMessage());
        assertEquals(List.of(), received, "no test ran");
        assertEquals("my own notes", Files.readString(folder.resolve("report.md")));
        assertEquals("<testsuite/>", Files.readString(folder.resolve("junit/TEST-handmade.xml")));
        try (java.util.stream.Stream<Path> all = Files.list(folder)) {
            assertEquals(List.of("junit", "notes.txt", "report.md"), all.map(p -> p.getFileName().toString())
                    .sorted().toList(), "nothing written, nothing moved");
        }
    }

    @Test
    void aUsersFileDroppedIntoAFolderAitestUsesIsRefusedAndOtherFilesAreLeftAlone() throws IOException {
        execute(2, it -> writeA(it, true));
        Files.writeString(reports.resolve("junit/TEST-handmade.xml"), "<testsuite/>");
        Files.writeString(reports.resolve("report.md"), "my own report");
        Files.writeString(reports.resolve("notes.txt"), "kept");
        received.clear();

        ReportsLayout.ForeignFilesException e = assertThrows(ReportsLayout.ForeignFilesException.class,
                () -> execute(2, it -> writeA(it, true)));

        assertTrue(e.getMessage().contains("holds files aitest did not write where it writes its own: report.md, "
                + "junit/TEST-handmade.xml; "), e.getMessage());
        assertEquals(List.of(), received, "no test ran");
        assertEquals("<testsuite/>", Files.readString(reports.resolve("junit/TEST-handmade.xml")));

        // without them, the next run replaces aitest's own and leaves the rest
        Files.delete(reports.resolve("junit/TEST-handmade.xml"));
        Files.delete(reports.resolve("report.md"));
        execute(2, it -> writeA(it, true));
        assertEquals("kept", Files.readString(reports.resolve("notes.txt")));
        assertTrue(Files.isRegularFile(reports.resolve("report.md")));
    }

    @Test
    void aFileWhereTheReportsDirectoryShouldBeIsRefusedSayingWhatIsWrong() throws IOException {
        Files.createDirectories(temp.resolve("target"));
        Files.writeString(temp.resolve("target/aitest-reports"), "a file");

        IOException e = assertThrows(IOException.class, () -> execute(2, it -> writeA(it, true)));

        assertEquals("aitest.reportsDirectory is " + temp.resolve("target/aitest-reports") + ", which is a file, not "
                + "a folder; aitest writes results.json, the reports and one folder per iteration there. Move the "
                + "file away, or give aitest.reportsDirectory a folder of its own, e.g. "
                + "-Daitest.reportsDirectory=target/aitest-reports", e.getMessage());
        assertEquals(List.of(), received);
    }

    @Test
    void aReportThatCannotBeWrittenIsWarnedAboutAndCostsNothingOfResultsJson() throws IOException {
        RunCompletion outcome = execute(3, it -> {
            // a folder (not empty) where report.html should go: the report cannot be written
            Files.createDirectories(reports.resolve("report.html/keep"));
            writeA(it, it.index() == 2);
        });

        assertNull(outcome.problem());
        assertEquals(1, console.warn.size(), console.warn::toString);
        assertEquals("aitest: cannot write " + reports.resolve("report.html") + " (a folder is in its place); "
                + reports.resolve("results.json") + " is complete, and so are report.md, junit", console.warn.get(0));
        Results written = ResultsJson.read(reports.resolve("results.json"));
        assertEquals(6, written.totals().runs());
        assertEquals(83.33, written.totals().statistics().passRate());
    }

    @Test
    void anUnexpectedExceptionStillLeavesTheResultsOfEarlierIterations() throws IOException {
        IllegalStateException failure = new IllegalStateException("Surefire could not be resolved");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> execute(3, it -> {
            if (it.index() == 2) {
                throw failure;
            }
            writeA(it, false);
        }));

        assertSame(failure, thrown);
        assertEquals(2, received.size());
        Results written = ResultsJson.read(reports.resolve("results.json"));
        assertEquals(1, written.iterationTotals().size());
        assertEquals(1, written.iterationTotals().get(0).iteration());
        assertEquals(2, written.totals().outcomes().tests());
        assertEquals(2, written.totals().runs());
        assertEquals(100.0, written.totals().statistics().passRate());
    }

    @Test
    void aDamagedReportIsWarnedAboutAndRecorded() throws IOException {
        RunCompletion outcome = execute(1, it -> {
            String whole = report("com.x.ATest", passed("com.x.ATest", "ok", "0.1"),
                    passed("com.x.ATest", "next", "0.1"));
            write(it.reportsDirectory(), "TEST-com.x.ATest.xml", whole.substring(0, whole.indexOf("name=\"next\"")));
        });

        Path file = reports.resolve("iteration-1/TEST-com.x.ATest.xml");
        assertEquals(1, outcome.results().damagedFiles().size());
        assertEquals(file.toString(), outcome.results().damagedFiles().get(0).file());
        assertEquals(List.of("com.x.ATest#ok"), outcome.results().tests().stream().map(TestResult::id).toList());
        assertEquals(1, console.warn.size());
        assertTrue(console.warn.get(0).startsWith("aitest: " + file + " is damaged ("), console.warn.get(0));
        assertTrue(console.warn.get(0).endsWith("); everything readable in it is kept"), console.warn.get(0));
    }

    private Iteration iteration(int index, int total) {
        Path folder = reports.resolve("iteration-" + index);
        return new Iteration(index, total, folder, folder.resolve("tmp"), folder.resolve("sidecars"));
    }
}
