package dev.aitest.run;

import static dev.aitest.merge.SurefireXml.failed;
import static dev.aitest.merge.SurefireXml.passed;
import static dev.aitest.merge.SurefireXml.report;
import static dev.aitest.merge.SurefireXml.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.cost.Pricing;
import dev.aitest.gate.GivenCriteria;
import dev.aitest.gate.PassRateGate;
import dev.aitest.model.AdaptiveSummary;
import dev.aitest.model.Environment;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.RunOutcome;
import dev.aitest.model.Settled;
import dev.aitest.model.SettledBy;
import dev.aitest.model.TestFilter;
import dev.aitest.model.TestKind;
import dev.aitest.model.TestResult;
import dev.aitest.port.RecordingConsole;
import dev.aitest.report.ReportOptions;
import dev.aitest.store.IterationRecord;
import dev.aitest.store.ReportsLayout;
import dev.aitest.store.ResultsJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An adaptive run end to end without Maven: a fake test plugin that honours the iteration's test filter, the
 * decisions written into the iteration records, and the results. The numbers are worked out by hand in
 * {@link #threeTestsSettleWhereWorkedOutByHand}.
 */
class AdaptiveRunTest {

    private static final Environment ENVIRONMENT = new Environment("3.8.7", "3.5.4", "17.0.9");
    private static final ProjectInfo PROJECT = new ProjectInfo("com.x", "shop", "1.0", "Shop");

    @TempDir
    Path temp;

    private final RecordingConsole console = new RecordingConsole();
    /** The filter each iteration ran with, by index ("all" for none). */
    private final Map<Integer, String> filters = Collections.synchronizedMap(new TreeMap<>());

    /**
     * a.ATest#always passes, a.ATest#never fails, a.BTest#coin passes in odd iterations; each only when the
     * iteration's filter covers it. Iteration {@code crashAt} reports nothing and crashes.
     */
    private IterationRunner suite(int crashAt) {
        return iteration -> {
            TestFilter tests = iteration.tests();
            filters.put(iteration.index(), tests == null ? "all" : tests.value());
            if (iteration.index() == crashAt) {
                throw new IterationException("The forked VM terminated without properly saying goodbye", false, null);
            }
            List<String> a = new ArrayList<>();
            if (tests == null || tests.covers("a.ATest", "always")) {
                a.add(passed("a.ATest", "always", "0.1"));
            }
            if (tests == null || tests.covers("a.ATest", "never")) {
                a.add(failed("a.ATest", "never", "0.1", "no", "java.lang.AssertionError", "java.lang.AssertionError"));
            }
            try {
                if (!a.isEmpty()) {
                    write(iteration.reportsDirectory(), "TEST-a.ATest.xml", report("a.ATest", a.toArray(String[]::new)));
                }
                if (tests == null || tests.covers("a.BTest", "coin")) {
                    write(iteration.reportsDirectory(), "TEST-a.BTest.xml", report("a.BTest", iteration.index() % 2 == 1
                            ? passed("a.BTest", "coin", "0.1")
                            : failed("a.BTest", "coin", "0.1", "tails", "java.lang.AssertionError", "x")));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private RunSettings settings(int iterations, int parallel, Integer minIterations) {
        return settings(iterations, parallel, minIterations, temp.resolve("reports"));
    }

    private RunSettings settings(int iterations, int parallel, Integer minIterations, Path reports) {
        return new RunSettings(iterations, parallel, 80.0, reports, ENVIRONMENT, Pricing.builtIn(),
                PROJECT, ReportOptions.ALL, "test")
                .withCriteria(new GivenCriteria(null, 80.0, 0.95, "observed")).withAdaptive(minIterations);
    }

    private static TestResult test(Results results, String id) {
        return results.tests().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Integer> iterations(TestResult test) {
        return test.iterations().stream().map(Run::iteration).toList();
    }

    /**
     * Maximum 10, at least 3, every threshold 80 (overall and per test), the observed gate. Overall: iteration i
     * fails 1 run when odd, 2 when even, so after i = 1..5 the failures are 1, 3, 4, 6, 7 of 3i; the rate can still
     * reach 80% of 30 runs while failures &lt;= 6, so it is determined (below) after iteration 5. The Hoeffding margin
     * after 5 looks, sqrt(ln(2 * 8 / 0.05) / 10) = 0.76, is far too wide to be conclusive. Then each test: never (0 of
     * 5, at most 5 of 10) is determined below after 5; coin (3 of 6, at most 7 of 10) after 6; always (8 of 8, at
     * least 8 of 10) after 8. Runs: 3 x 5 + 2 + 1 + 1 = 19 of 30.
     */
    @Test
    void threeTestsSettleWhereWorkedOutByHand() throws IOException {
        RunCompletion outcome = new AitestRun(settings(10, 1, 3), suite(0), console).execute();

        Results results = ResultsJson.read(outcome.resultsFile());
        assertEquals(outcome.results(), results);
        assertEquals(Map.of(1, "all", 2, "all", 3, "all", 4, "all", 5, "all", 6, "a.ATest#always,a.BTest#coin",
                7, "a.ATest#always", 8, "a.ATest#always"), filters);
        assertEquals(new Settled(8, SettledBy.DETERMINED), test(results, "a.ATest#always").settled());
        assertEquals(new Settled(5, SettledBy.DETERMINED), test(results, "a.ATest#never").settled());
        assertEquals(new Settled(6, SettledBy.DETERMINED), test(results, "a.BTest#coin").settled());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), iterations(test(results, "a.ATest#always")));
        assertEquals(List.of(1, 2, 3, 4, 5), iterations(test(results, "a.ATest#never")));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), iterations(test(results, "a.BTest#coin")));
        assertEquals(true, test(results, "a.ATest#always").statistics().meetsThreshold());
        assertEquals(false, test(results, "a.ATest#never").statistics().meetsThreshold());
        assertEquals(false, test(results, "a.BTest#coin").statistics().meetsThreshold());

        AdaptiveSummary adaptive = results.adaptive();
        assertEquals(new AdaptiveSummary(3, 10, 19, 30, 36.66, null, 3, 0, List.of(),
                List.of(new AdaptiveSummary.Overall(null, TestKind.TEST, 5, SettledBy.DETERMINED, 5))), adaptive);
        // the overall figures count iterations 1-5, in which every test ran: 8 of 15 passed
        assertEquals(15, results.totals().runs());
        assertEquals(8, results.totals().counts().passedRuns());
        assertEquals(53.33, results.totals().statistics().passRate());
        assertTrue(outcome.results().progress().runComplete());
        assertNull(outcome.results().progress().stoppedEarly());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), results.progress().finishedIterations());

        // what was decided is in the iteration records, so a rebuild from the folders says the same
        ReportsLayout layout = new ReportsLayout(temp.resolve("reports"));
        IterationRecord fifth = IterationRecord.read(layout.iterationRecord(TestKind.TEST, 5));
        assertEquals(new IterationRecord.Adaptive(3, 10, null, Map.of("a.ATest#never", SettledBy.DETERMINED),
                SettledBy.DETERMINED), fifth.adaptive());
        IterationRecord sixth = IterationRecord.read(layout.iterationRecord(TestKind.TEST, 6));
        assertEquals(new IterationRecord.Adaptive(3, 10, "a.ATest#always,a.BTest#coin",
                Map.of("a.BTest#coin", SettledBy.DETERMINED), null), sixth.adaptive());
        Results rebuilt = Recovery.rebuild(results, layout, Pricing.builtIn());
        assertEquals(results.adaptive(), rebuilt.adaptive());
        assertEquals(results.totals().counts(), rebuilt.totals().counts());
        assertEquals(results.tests().stream().map(TestResult::settled).toList(),
                rebuilt.tests().stream().map(TestResult::settled).toList());

        assertTrue(console.info.contains("aitest: iteration 7/10 starting (adaptive: 1 of 3 tests, the others settled)"),
                console.info.toString());
    }

    @Test
    void theAdaptiveRunReachesTheVerdictOfTheFixedRunOfTheSameMaximum() throws IOException {
        Results adaptive = new AitestRun(settings(10, 1, 3), suite(0), console).execute().results();
        Results fixed = new AitestRun(settings(10, 1, null), suite(0), new RecordingConsole()).execute().results();

        assertNull(fixed.adaptive());
        for (TestResult test : fixed.tests()) {
            assertEquals(test.statistics().meetsThreshold(), test(adaptive, test.id()).statistics().meetsThreshold(),
                    test.id());
            assertEquals(Settled.NONE, test.settled());
        }
        assertEquals(30, fixed.totals().runs());
        assertEquals(PassRateGate.judge(fixed, "fixed").passed(), PassRateGate.judge(adaptive, "adaptive").passed());
    }

    @Test
    void aCrashedIterationFillsInOnlyTheTestsItsFilterRan() throws IOException {
        Results results = new AitestRun(settings(10, 1, 3), suite(7), console).execute().results();

        // iteration 7 ran always alone and reported nothing: always gets an error run there, never and coin do not
        Run seventh = test(results, "a.ATest#always").iterations().get(6);
        assertEquals(7, seventh.iteration());
        assertEquals(RunOutcome.ERROR, seventh.outcome());
        assertEquals(List.of(1, 2, 3, 4, 5), iterations(test(results, "a.ATest#never")));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), iterations(test(results, "a.BTest#coin")));
        // 7 of 8 after iteration 8 can still end 7 of 10; 8 of 9 after iteration 9 ends 8 or 9 of 10: met
        assertEquals(new Settled(9, SettledBy.DETERMINED), test(results, "a.ATest#always").settled());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), iterations(test(results, "a.ATest#always")));
        assertEquals(List.of(), results.adaptive().unsettled());
        assertEquals(20, results.adaptive().runs());
    }

    @Test
    void parallelIterationsSettleTheSameTestsAfterTheSameIterationsAndKeepTheRunsAlreadyUnderWay()
            throws IOException {
        Results sequential = new AitestRun(settings(10, 1, 3), suite(0), new RecordingConsole()).execute().results();
        Results parallel = new AitestRun(settings(10, 2, 3), suite(0), console).execute().results();

        for (TestResult test : sequential.tests()) {
            TestResult other = test(parallel, test.id());
            assertEquals(test.settled(), other.settled(), test.id());
            assertEquals(test.statistics().meetsThreshold(), other.statistics().meetsThreshold(), test.id());
            // an iteration that started before the test settled still ran it: at most one more run
            int extra = other.iterations().size() - test.iterations().size();
            assertTrue(extra == 0 || extra == 1, test.id() + " ran " + iterations(other));
            assertEquals(iterations(test), iterations(other).subList(0, test.iterations().size()));
        }
        assertEquals(sequential.totals().counts(), parallel.totals().counts());
        assertEquals(sequential.totals().statistics().passRateLow(), parallel.totals().statistics().passRateLow());
        assertEquals(sequential.adaptive().overall(), parallel.adaptive().overall());
    }

    @Test
    void aSlowIterationHoldsBackTheOnesAfterItSoThatNoneRunsWithoutMoreThanTheLastDecision() throws IOException {
        IterationRunner suite = suite(0);
        IterationRunner slowFifth = iteration -> {
            if (iteration.index() == 5) {
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            suite.run(iteration);
        };

        Results results = new AitestRun(settings(10, 2, 3), slowFifth, console).execute().results();

        // never settles after 5; while 5 runs, 6 (started before) ends, but 7 waits for 5's decision: without never
        assertEquals(List.of(1, 2, 3, 4, 5, 6), iterations(test(results, "a.ATest#never")));
        assertFalse(filters.get(7).contains("never"), filters.toString());
    }

    /**
     * Maximum 60, at least 3, so L = 58 looks and each look's Clopper-Pearson interval at 1 - 0.05/58. The overall
     * rate fails for good once its failures pass 20% of 180 runs: i + floor(i/2) &gt; 36 first at i = 25. always, k of
     * k, has the lower bound (0.05/58/2)^(1/k): 0.7962 at k = 34, 0.8014 at k = 35, so it is conclusive after 35,
     * long before it would be determined (48 of 48 ends at least 48 of 60).
     */
    @Test
    void aTestSettlesAsConclusiveWhereItsAnytimeIntervalClearsItsThreshold() throws IOException {
        double alpha = 0.05 / 58 / 2;
        assertTrue(Math.pow(alpha, 1.0 / 34) < 0.8 && Math.pow(alpha, 1.0 / 35) >= 0.8);

        Results results = new AitestRun(settings(60, 1, 3), suite(0), console).execute().results();
        Results fixed = new AitestRun(settings(60, 1, null), suite(0), new RecordingConsole()).execute().results();

        assertEquals(new Settled(25, SettledBy.DETERMINED), test(results, "a.ATest#never").settled());
        assertEquals(new Settled(35, SettledBy.CONCLUSIVE), test(results, "a.ATest#always").settled());
        assertEquals(35, test(results, "a.ATest#always").iterations().size());
        assertEquals(new AdaptiveSummary.Overall(null, TestKind.TEST, 25, SettledBy.DETERMINED, 25),
                results.adaptive().overall().get(0));
        assertEquals(1, results.adaptive().conclusive());
        for (TestResult test : fixed.tests()) {
            assertEquals(test.statistics().meetsThreshold(), test(results, test.id()).statistics().meetsThreshold(),
                    test.id());
        }
        assertTrue(results.adaptive().runs() < 0.6 * results.adaptive().fixedRuns(), results.adaptive().toString());
    }

    /**
     * Two invocations of one parameterized method, m(int)[1] always passing, m(int)[2] passing in odd iterations;
     * the overall threshold 0 settles after 3. [2] is determined after 6 (3 of 6 ends at most 7 of 10), [1] after 8;
     * the filter names the method, so [2] runs on in 7 and 8 while [1] is unsettled, and keeps those runs.
     */
    @Test
    void aParameterizedMethodRunsEveryInvocationWhileOneIsUnsettled() throws IOException {
        IterationRunner parameterized = iteration -> {
            TestFilter tests = iteration.tests();
            filters.put(iteration.index(), tests == null ? "all" : tests.value());
            try {
                write(iteration.reportsDirectory(), "TEST-a.PTest.xml", report("a.PTest",
                        passed("a.PTest", "m(int)[1]", "0.1"), iteration.index() % 2 == 1
                                ? passed("a.PTest", "m(int)[2]", "0.1")
                                : failed("a.PTest", "m(int)[2]", "0.1", "tails", "java.lang.AssertionError", "x")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        RunSettings settings = new RunSettings(10, 1, 0.0, temp.resolve("reports"), ENVIRONMENT, Pricing.builtIn(),
                PROJECT, ReportOptions.ALL, "test").withCriteria(new GivenCriteria(null, 80.0, 0.95, "observed"))
                .withAdaptive(3);

        Results results = new AitestRun(settings, parameterized, console).execute().results();

        assertEquals(new Settled(6, SettledBy.DETERMINED), test(results, "a.PTest#m(int)[2]").settled());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), iterations(test(results, "a.PTest#m(int)[2]")));
        assertEquals(new Settled(8, SettledBy.DETERMINED), test(results, "a.PTest#m(int)[1]").settled());
        assertEquals("a.PTest#m", filters.get(7));
        assertEquals(false, test(results, "a.PTest#m(int)[2]").statistics().meetsThreshold());
        assertEquals(50.0, test(results, "a.PTest#m(int)[2]").statistics().passRate());
    }

    /**
     * Two modules of a reactor, each adaptive on its own: a of at most 10 iterations (its overall rate settles after
     * 5: 8 of 15 runs passed), b of at most 6 (failures pass 20% of 18 runs after 3: 5 of 9 passed). The aggregate's
     * overall counts each module's own window: 13 of 24.
     */
    @Test
    void aReactorsAggregateCountsEachModulesOwnWindow() throws IOException {
        Path a = temp.resolve("a/target/aitest-reports");
        Path b = temp.resolve("b/target/aitest-reports");
        new AitestRun(settings(10, 1, 3, a), suite(0), console).execute();
        new AitestRun(settings(6, 1, 3, b), suite(0), new RecordingConsole()).execute();

        Results aggregate = ReactorAggregate.build(List.of(new ReactorAggregate.Module("a", a),
                new ReactorAggregate.Module("b", b)), temp.resolve("target/aitest-reports"),
                new ProjectInfo("x", "reactor", "1", "Reactor"), Pricing.builtIn());

        assertEquals(List.of(new AdaptiveSummary.Overall("a", TestKind.TEST, 5, SettledBy.DETERMINED, 5),
                new AdaptiveSummary.Overall("b", TestKind.TEST, 3, SettledBy.DETERMINED, 3)),
                aggregate.adaptive().overall());
        assertEquals(24, aggregate.totals().runs());
        assertEquals(13, aggregate.totals().counts().passedRuns());
        assertEquals(8, aggregate.modules().get(0).totals().counts().passedRuns());
        assertEquals(5, aggregate.modules().get(1).totals().counts().passedRuns());
        assertEquals(30 + 18, aggregate.adaptive().fixedRuns());
    }

    /**
     * A time budget stops an adaptive run as it stops a fixed one: iteration 1 took some time, the budget of 1 ms
     * lets no second start. The run is stopped early, not settled: every test unsettled, the overall rate over the
     * one iteration.
     */
    @Test
    void aBudgetStopsAnAdaptiveRunAsItStopsAFixedOne() throws IOException {
        IterationRunner slow = iteration -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            suite(0).run(iteration);
        };
        Results results = new AitestRun(settings(10, 1, 3).withBudget(new Budget(null, 1L)), slow, console)
                .execute().results();

        assertEquals("time", results.progress().stoppedEarly().reason());
        assertEquals(List.of(1), results.progress().finishedIterations());
        assertEquals(List.of("a.ATest#always", "a.ATest#never", "a.BTest#coin"),
                results.adaptive().unsettled().stream().sorted().toList());
        assertEquals(new AdaptiveSummary.Overall(null, TestKind.TEST, null, null, 1), results.adaptive().overall().get(0));
        assertEquals(3, results.totals().runs());
    }

    /** The AI input and a comparison with a baseline see the adaptive run as the reports do. */
    @Test
    void theAiInputAndABaselineSeeTheRunsThatHappened() throws IOException {
        Results adaptive = new AitestRun(settings(10, 1, 3), suite(0), console).execute().results();
        Results fixed = new AitestRun(settings(10, 1, null), suite(0), new RecordingConsole()).execute().results();

        dev.aitest.ai.SummaryInput input = dev.aitest.ai.SummaryInput.build(adaptive, false, 32_000, "prompt",
                dev.aitest.secret.Redactor.patternsOnly());
        assertEquals(dev.aitest.facts.Facts.of(adaptive).adaptive(), input.facts().get("adaptive"));
        assertTrue(input.facts().values().stream().anyMatch(v -> v.equals("determined after 8")),
                input.facts().toString());
        // against the fixed run as its baseline: the same verdicts, no test regressed
        Results compared = adaptive.toBuilder().baseline(dev.aitest.baseline.Comparison.compare(adaptive,
                dev.aitest.baseline.Baseline.of(fixed, "fixed/results.json"), 0.95)).build();
        assertEquals(0, compared.baseline().counts().regressed());
    }

    /** aitest.order=random: each iteration runs with the seed derived from the run's, recorded in results.json. */
    @Test
    void eachIterationRunsWithItsSeedAndResultsJsonRecordsIt() throws IOException {
        List<Long> seeds = Collections.synchronizedList(new ArrayList<>());
        IterationRunner suite = suite(0);
        IterationRunner seeded = iteration -> {
            seeds.add(iteration.seed());
            suite.run(iteration);
        };
        Results results = new AitestRun(settings(3, 1, null).withOrderSeed(42L), seeded, console).execute()
                .results();

        List<Long> expected = List.of(dev.aitest.order.Seeds.iteration(42, 1), dev.aitest.order.Seeds.iteration(42, 2),
                dev.aitest.order.Seeds.iteration(42, 3));
        assertEquals(expected, seeds);
        assertEquals(expected, results.iterationTotals().stream().map(dev.aitest.model.IterationTotals::seed).toList());
        // the i-th nextLong of SplittableRandom(42), as the rule says
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        assertEquals(List.of(random.nextLong(), random.nextLong(), random.nextLong()), expected);
        assertEquals(expected, ResultsJson.read(temp.resolve("reports/results.json")).iterationTotals().stream()
                .map(dev.aitest.model.IterationTotals::seed).toList());
        assertEquals(null, new AitestRun(settings(1, 1, null), suite(0), new RecordingConsole()).execute().results()
                .iterationTotals().get(0).seed());
        // redacting the text of results.json keeps every other figure of an iteration, its seed included
        new AitestRun(settings(3, 1, null).withOrderSeed(42L).withRedactor(dev.aitest.secret.Redactor.patternsOnly()),
                suite(0), new RecordingConsole()).execute();
        assertEquals(expected, ResultsJson.read(temp.resolve("reports/results.json")).iterationTotals().stream()
                .map(dev.aitest.model.IterationTotals::seed).toList());
    }

    @Test
    void aTestWithoutAThresholdStopsWithTheOverallRate() throws IOException {
        RunSettings noTestThreshold = new RunSettings(10, 1, 80.0, temp.resolve("reports"), ENVIRONMENT,
                Pricing.builtIn(), PROJECT, ReportOptions.ALL, "test").withAdaptive(3);

        Results results = new AitestRun(noTestThreshold, suite(0), console).execute().results();

        for (TestResult test : results.tests()) {
            assertEquals(new Settled(5, SettledBy.DETERMINED), test.settled(), test.id());
            assertEquals(5, test.iterations().size());
        }
        assertEquals(Map.of(1, "all", 2, "all", 3, "all", 4, "all", 5, "all"), filters);
        assertEquals(15, results.adaptive().runs());
        assertEquals(50.0, results.adaptive().savedPercent());
        assertFalse(Files.exists(new ReportsLayout(temp.resolve("reports")).iterationRecord(TestKind.TEST, 6)));
    }
}
