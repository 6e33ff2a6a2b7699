package dev.aitest.merge;

import dev.aitest.fixture.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aitest.cost.Pricing;
import dev.aitest.model.DamagedFile;
import dev.aitest.model.IterationTotals;
import dev.aitest.model.Run;
import dev.aitest.model.RunOutcome;
import dev.aitest.model.Totals;
import dev.aitest.model.TestCase;
import dev.aitest.model.TestOutcome;
import dev.aitest.model.TestResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AggregatorTest {

    private static final String CRASH = "The forked VM terminated without properly saying goodbye";

    // ---------------------------------------------------------------- helpers

    /** A test case {@code id} ("class#name") in {@code iteration} that lasted {@code 100 x iteration} ms. */
    private static TestCase testCase(String id, int iteration, RunOutcome outcome) {
        String[] parts = id.split("#", 2);
        String message = outcome.isFailure() ? "boom in " + iteration : null;
        String type = outcome.isFailure() ? "java.lang.AssertionError" : null;
        return new TestCase(parts[0], parts[1], new Run(iteration, outcome, 100L * iteration, message, type, null));
    }

    private static IterationData iteration(int index, String crash, List<DamagedFile> damaged, TestCase... cases) {
        return new IterationData(index, 1000L * index, crash, new IterationReports(List.of(cases), damaged));
    }

    private static IterationData iteration(int index, TestCase... cases) {
        return iteration(index, null, List.of(), cases);
    }

    /**
     * Adds iterations built from a table: each test id maps to its outcomes per iteration, one letter each:
     * P passed, F failed, E error, S skipped, '-' absent.
     */
    private static Aggregator aggregate(Map<String, String> table, int iterations) {
        Aggregator aggregator = new Aggregator(Pricing.builtIn());
        for (int i = 1; i <= iterations; i++) {
            List<TestCase> cases = new ArrayList<>();
            for (Map.Entry<String, String> row : table.entrySet()) {
                char letter = row.getValue().charAt(i - 1);
                if (letter != '-') {
                    cases.add(testCase(row.getKey(), i, outcome(letter)));
                }
            }
            aggregator.add(iteration(i, cases.toArray(TestCase[]::new)));
        }
        return aggregator;
    }

    private static RunOutcome outcome(char letter) {
        return switch (letter) {
            case 'P' -> RunOutcome.PASSED;
            case 'F' -> RunOutcome.FAILED;
            case 'E' -> RunOutcome.ERROR;
            case 'S' -> RunOutcome.SKIPPED;
            default -> throw new IllegalArgumentException(String.valueOf(letter));
        };
    }

    private static List<String> ids(List<TestResult> tests) {
        return tests.stream().map(TestResult::id).toList();
    }

    private static List<RunOutcome> outcomes(TestResult test) {
        return test.iterations().stream().map(Run::outcome).toList();
    }

    // ---------------------------------------------------------------- one test's outcome and pass rate

    @ParameterizedTest(name = "{0} -> {1} {2}%")
    @CsvSource(nullValues = "null", value = {
        "PPP,  PASSED,  100.0, 3, 0, 0",
        "PSP,  PASSED,  100.0, 2, 0, 1",
        "PFP,  FLAKY,   66.67, 2, 1, 0",
        "PEE,  FLAKY,   33.33, 1, 2, 0",
        "PES,  FLAKY,   50.0,  1, 1, 1",
        "FEF,  FAILED,  0.0,   0, 3, 0",
        "FSS,  FAILED,  0.0,   0, 1, 2",
        "SSS,  SKIPPED, null,  0, 0, 3",
        "PPPPPPPF, FLAKY, 87.5, 7, 1, 0",
    })
    void outcomeAndPassRateOfATest(String runs, TestOutcome outcome, Double passRate, int passed, int failed,
            int skipped) {
        Aggregator aggregator = aggregate(Map.of("com.x.ATest#t", runs), runs.length());

        TestResult test = aggregator.merge().tests().get(0);

        assertEquals(outcome, test.outcome());
        assertEquals(passRate, test.statistics().passRate());
        assertEquals(passed, test.counts().passedRuns());
        assertEquals(failed, test.counts().failedRuns());
        assertEquals(skipped, test.counts().skippedRuns());
        assertEquals(runs.length(), test.iterations().size());
    }

    @Test
    void aTestKeepsItsNameRunsAndTotalDuration() {
        Aggregator aggregator = aggregate(Map.of("com.x.ATest#param(int)[3]", "PFP"), 3);

        TestResult test = aggregator.merge().tests().get(0);

        assertEquals("com.x.ATest#param(int)[3]", test.id());
        assertEquals("com.x.ATest", test.identity().className());
        assertEquals("param(int)[3]", test.identity().name());
        assertEquals(600, test.usage().durationMs());
        assertEquals(List.of(
                new Run(1, RunOutcome.PASSED, 100, null, null, null),
                new Run(2, RunOutcome.FAILED, 200, "boom in 2", "java.lang.AssertionError", null),
                new Run(3, RunOutcome.PASSED, 300, null, null, null)), test.iterations());
    }

    @Test
    void runsAreListedInIterationOrderWhateverTheOrderIterationsWereAdded() {
        Aggregator aggregator = new Aggregator(Pricing.builtIn());
        aggregator.add(iteration(3, testCase("a.A#t", 3, RunOutcome.PASSED)));
        aggregator.add(iteration(1, testCase("a.A#t", 1, RunOutcome.FAILED)));
        aggregator.add(iteration(2, testCase("a.A#t", 2, RunOutcome.SKIPPED)));

        TestResult test = aggregator.merge().tests().get(0);

        assertEquals(List.of(1, 2, 3), test.iterations().stream().map(Run::iteration).toList());
    }

    // ---------------------------------------------------------------- a whole run

    /** 8 tests x 3 iterations: 15 passed, 6 failed or erred, 3 skipped runs. */
    private static Aggregator mixedRun() {
        Map<String, String> table = new java.util.LinkedHashMap<>();
        table.put("a.C#p4", "PPP");
        table.put("a.A#p2", "PPP");
        table.put("a.B#fl1", "PFP");
        table.put("a.C#sk", "SSS");
        table.put("a.A#p1", "PPP");
        table.put("a.B#f1", "FEF");
        table.put("a.B#fl2", "PEE");
        table.put("a.A#p3", "PPP");
        return aggregate(table, 3);
    }

    @Test
    void summaryCountsTestsAndRuns() {
        Totals summary = mixedRun().merge().totals();

        assertEquals(Fixture.totals(8, 4, 1, 2, 1, 24, 15, 6, 3, 71.43, 8 * 600L), summary);
    }

    @Test
    void testsAreSortedFailedThenFlakyByPassRateThenPassedThenSkippedTiesById() {
        List<TestResult> tests = mixedRun().merge().tests();

        assertEquals(List.of("a.B#f1", "a.B#fl2", "a.B#fl1", "a.A#p1", "a.A#p2", "a.A#p3", "a.C#p4", "a.C#sk"),
                ids(tests));
        assertEquals(Arrays.asList(0.0, 33.33, 66.67, 100.0, 100.0, 100.0, 100.0, null),
                tests.stream().map(t -> t.statistics().passRate()).toList());
    }

    @Test
    void equalOutcomesAndPassRatesAreOrderedById() {
        Map<String, String> table = new java.util.LinkedHashMap<>();
        table.put("b.Z#flaky", "PF");
        table.put("b.Y#failed", "FF");
        table.put("a.Z#flaky", "FP");
        table.put("a.Y#failed", "EF");
        table.put("a.B#skipped", "SS");
        table.put("a.A#skipped", "SS");
        List<TestResult> tests = aggregate(table, 2).merge().tests();

        assertEquals(List.of("a.Y#failed", "b.Y#failed", "a.Z#flaky", "b.Z#flaky", "a.A#skipped", "a.B#skipped"),
                ids(tests));
    }

    @Test
    void eachIterationIsSummarized() {
        List<IterationTotals> iterations = mixedRun().merge().iterations();

        assertEquals(List.of(
                new IterationTotals(1, 8, 6, 1, 1, 85.71, 1000, null),
                new IterationTotals(2, 8, 4, 3, 1, 57.14, 2000, null),
                new IterationTotals(3, 8, 5, 2, 1, 71.43, 3000, null)), iterations);
    }

    @Test
    void nothingAddedMergesToAnEmptyRun() {
        Aggregator.Merged merged = new Aggregator(Pricing.builtIn()).merge();

        assertEquals(Fixture.totals(0, 0, 0, 0, 0, 0, 0, 0, 0, null, 0), merged.totals());
        assertEquals(List.of(), merged.tests());
        assertEquals(List.of(), merged.iterations());
        assertEquals(List.of(), merged.damagedFiles());
    }

    @Test
    void anIterationWithOnlySkippedRunsHasNoPassRate() {
        IterationTotals only = aggregate(Map.of("a.A#t", "S"), 1).merge().iterations().get(0);

        assertEquals(new IterationTotals(1, 1, 0, 0, 1, null, 1000, null), only);
    }

    // ---------------------------------------------------------------- crashed iterations

    private static Aggregator runWithCrashInIteration2() {
        Aggregator aggregator = new Aggregator(Pricing.builtIn());
        aggregator.add(iteration(1,
                testCase("a.A#x", 1, RunOutcome.PASSED),
                testCase("a.B#y", 1, RunOutcome.PASSED)));
        aggregator.add(iteration(2, CRASH, List.of(),
                testCase("a.A#x", 2, RunOutcome.PASSED)));
        aggregator.add(iteration(3,
                testCase("a.A#x", 3, RunOutcome.PASSED),
                testCase("a.B#y", 3, RunOutcome.PASSED),
                testCase("a.C#z", 3, RunOutcome.PASSED)));
        return aggregator;
    }

    @Test
    void testsMissingFromACrashedIterationGetAnErrorRunCarryingTheCrash() {
        List<TestResult> tests = runWithCrashInIteration2().merge().tests();

        TestResult y = tests.stream().filter(t -> t.id().equals("a.B#y")).findFirst().orElseThrow();
        assertEquals(TestOutcome.FLAKY, y.outcome());
        assertEquals(66.67, y.statistics().passRate());
        assertEquals(new Run(2, RunOutcome.ERROR, 0, "test JVM crashed in iteration 2: " + CRASH, "aitest.ForkCrash",
                null), y.iterations().get(1));
        assertEquals(List.of(RunOutcome.PASSED, RunOutcome.ERROR, RunOutcome.PASSED), outcomes(y));
    }

    @Test
    void aTestFirstSeenAfterTheCrashIsFilledForTheCrashedIterationOnly() {
        List<TestResult> tests = runWithCrashInIteration2().merge().tests();

        TestResult z = tests.stream().filter(t -> t.id().equals("a.C#z")).findFirst().orElseThrow();
        assertEquals(List.of(2, 3), z.iterations().stream().map(Run::iteration).toList());
        assertEquals(List.of(RunOutcome.ERROR, RunOutcome.PASSED), outcomes(z));
        assertEquals(50.0, z.statistics().passRate());
    }

    @Test
    void testsTheCrashedIterationReportedAreNotDuplicated() {
        Aggregator.Merged merged = runWithCrashInIteration2().merge();

        TestResult x = merged.tests().stream().filter(t -> t.id().equals("a.A#x")).findFirst().orElseThrow();
        assertEquals(List.of(RunOutcome.PASSED, RunOutcome.PASSED, RunOutcome.PASSED), outcomes(x));
        assertEquals(TestOutcome.PASSED, x.outcome());
        assertEquals(List.of("a.C#z", "a.B#y", "a.A#x"), ids(merged.tests()));
        assertEquals(Fixture.totals(3, 1, 0, 2, 0, 8, 6, 2, 0, 75.0, 1300), merged.totals());
    }

    @Test
    void theCrashedIterationSummaryCountsTheFilledRunsAndNamesTheCrash() {
        List<IterationTotals> iterations = runWithCrashInIteration2().merge().iterations();

        assertEquals(List.of(
                new IterationTotals(1, 2, 2, 0, 0, 100.0, 1000, null),
                new IterationTotals(2, 3, 1, 2, 0, 33.33, 2000, CRASH),
                new IterationTotals(3, 3, 3, 0, 0, 100.0, 3000, null)), iterations);
    }

    @Test
    void mergingTwiceDoesNotFillTwice() {
        Aggregator aggregator = runWithCrashInIteration2();

        Aggregator.Merged first = aggregator.merge();
        Aggregator.Merged second = aggregator.merge();

        assertEquals(first, second);
    }

    @Test
    void withoutACrashAbsentTestsAreNotFilled() {
        TestResult late = aggregate(Map.of("a.A#late", "--P"), 3).merge().tests().get(0);

        assertEquals(List.of(3), late.iterations().stream().map(Run::iteration).toList());
        assertEquals(TestOutcome.PASSED, late.outcome());
    }

    // ---------------------------------------------------------------- damaged files

    @Test
    void damagedFilesOfEveryIterationAreCollectedInOrder() {
        DamagedFile first = new DamagedFile(1, "/r/iteration-1/TEST-a.A.xml", "Premature end of file");
        DamagedFile second = new DamagedFile(2, "/r/iteration-2/TEST-a.A.xml", "Unexpected EOF");
        DamagedFile third = new DamagedFile(2, "/r/iteration-2/TEST-a.B.xml", "not XML");
        Aggregator aggregator = new Aggregator(Pricing.builtIn());
        aggregator.add(iteration(1, null, List.of(first), testCase("a.A#t", 1, RunOutcome.PASSED)));
        aggregator.add(iteration(2, null, List.of(second, third), testCase("a.A#t", 2, RunOutcome.PASSED)));
        aggregator.add(iteration(3, testCase("a.A#t", 3, RunOutcome.PASSED)));

        assertEquals(List.of(first, second, third), aggregator.merge().damagedFiles());
    }

    @Test
    void aTestWithOnlyCrashFilledRunsIsFailed() {
        Aggregator aggregator = new Aggregator(Pricing.builtIn());
        aggregator.add(iteration(1, CRASH, List.of()));
        aggregator.add(iteration(2, testCase("a.A#t", 2, RunOutcome.SKIPPED)));

        TestResult test = aggregator.merge().tests().get(0);

        assertEquals(TestOutcome.FAILED, test.outcome());
        assertEquals(0.0, test.statistics().passRate());
        assertEquals(List.of(RunOutcome.ERROR, RunOutcome.SKIPPED), outcomes(test));
    }
}
