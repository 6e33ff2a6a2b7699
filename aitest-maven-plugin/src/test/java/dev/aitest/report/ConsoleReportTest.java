package dev.aitest.report;

import dev.aitest.model.TestStatistics;
import dev.aitest.model.RunCounts;
import dev.aitest.model.Usage;
import dev.aitest.fixture.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aitest.gate.RateStatistics;
import dev.aitest.model.Environment;
import dev.aitest.model.Rates;
import dev.aitest.model.Results;
import dev.aitest.model.Totals;
import dev.aitest.model.TestOutcome;
import dev.aitest.model.TestResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    private static final String LOCATION = "target/aitest-reports";

    private static TestResult test(String id, int passed, int failed, int skipped) {
        return new TestResult(Fixture.identity(id), TestOutcome.of(passed, failed),
                TestStatistics.unjudged(new RunCounts(passed, failed, skipped), null, null),
                new RunCounts(passed, failed, skipped), Usage.time(0), List.of());
    }

    private static Results results(int iterations, Totals summary, List<TestResult> tests) {
        // judged as every results.json is; the intervals below are checked against a plain implementation in RateStatisticsTest
        return RateStatistics.apply(new Results(Results.SCHEMA_VERSION, iterations, 80.0, "2024-05-01T10:15:30Z", 1000,
                new Environment("3.8.7", "3.5.4", "17"), summary, List.of(), List.of(), tests));
    }

    @Test
    void failedAndFlakyTestsAreTabledBeforeTheTotals() {
        List<TestResult> tests = List.of(
                test("a.B#f1", 0, 3, 0),
                test("a.B#fl2", 1, 2, 0),
                test("a.B#fl1", 2, 1, 0),
                test("a.A#p1", 3, 0, 0),
                test("a.C#sk", 0, 0, 3));
        Totals summary = Fixture.totals(5, 1, 1, 2, 1, 15, 6, 6, 3, 50.0, 900);

        List<String> lines = ConsoleReport.lines(results(3, summary, tests), LOCATION);

        assertEquals(List.of(
                "aitest: failed and flaky tests:",
                "aitest:   OUTCOME PASSED                   TEST",
                "aitest:   failed  0/3 \u00B7 0% (0-56%)         a.B#f1",
                "aitest:   flaky   1/3 \u00B7 33% (6-79%)        a.B#fl2",
                "aitest:   flaky   2/3 \u00B7 67% (21-94%)       a.B#fl1",
                "aitest: 5 tests x 3 iterations: 1 passed, 1 failed, 2 flaky, 1 skipped; overall pass rate 50% "
                        + "(6/12 runs; 95% CI 18-82%)",
                "aitest: 50% (95% CI 18-82%) does not settle aitest.minPassRate 80%: about 1 more iteration would, "
                        + "if the rate held",
                "aitest: reports in target/aitest-reports"), lines);
    }

    /** A shard of iterations 1-2 of 4 said "3 tests x 4 iterations". */
    @Test
    void theHeadlineCountsTheIterationsTheResultsHold() {
        List<TestResult> tests = List.of(test("a.A#p1", 2, 0, 0));
        Results shard = RateStatistics.apply(new Results(Results.SCHEMA_VERSION, 4, 80.0, "2024-05-01T10:15:30Z", 1000,
                new Environment("3.8.7", "3.5.4", "17"), Fixture.totals(1, 1, 0, 0, 0, 2, 2, 0, 0, 100.0, 0), List.of(
                        new dev.aitest.model.IterationTotals(1, 1, 1, 0, 0, 100.0, 10, null),
                        new dev.aitest.model.IterationTotals(2, 1, 1, 0, 0, 100.0, 10, null)), List.of(), tests)
                .toBuilder().shard(dev.aitest.model.Shard.of(1, 2, 4)).build());

        List<String> lines = ConsoleReport.lines(shard, LOCATION);

        assertEquals("aitest: 1 tests x 2 of 4 iterations: 1 passed, 0 failed, 0 flaky, 0 skipped; overall pass rate "
                + "100% (2/2 runs; 95% CI 34-100%)", lines.get(0));
    }

    /** Sums that saturated say so instead of showing a wrapped or endless number. */
    @Test
    void saturatedUsageSaysSo() {
        Totals summary = Fixture.totals(1, 1, 0, 0, 0, 1, 1, 0, 0, 100.0, 0, Long.MAX_VALUE, Double.MAX_VALUE);
        List<String> lines = ConsoleReport.lines(results(1, summary, List.of(test("a.A#p1", 1, 0, 0))), LOCATION);
        assertEquals("aitest: recorded usage: at least 9,223,372,036,854,775,807 tokens, at least $1.7977e+308 (the "
                + "recorded values add up to more than aitest can count; the sums stop there)", lines.get(2));
    }

    @Test
    void controlsThatReorderTextAreDroppedFromTestNames() {
        List<String> lines = ConsoleReport.lines(results(3, Fixture.totals(1, 0, 1, 0, 0, 3, 0, 3, 0, 0.0, 0),
                List.of(test("a.B#evil\u202E(String)[1]", 0, 3, 0))), "target/aitest-reports");

        assertEquals("aitest:   failed  0/3 \u00B7 0% (0-56%)         a.B#evil(String)[1]", lines.get(2));
    }

    @Test
    void skippedRunsAreLeftOutOfATestsPassedColumn() {
        List<String> lines = ConsoleReport.lines(results(10,
                Fixture.totals(1, 0, 0, 1, 0, 10, 7, 1, 2, 87.5, 0),
                List.of(test("com.example.payment.PaymentServiceTest#retries(int)[2]", 7, 1, 2))), LOCATION);

        assertEquals("aitest:   flaky   7/8 \u00B7 88% (53-98%)       "
                + "com.example.payment.PaymentServiceTest#retries(int)[2]",
                lines.get(2));
        assertEquals("aitest: 1 tests x 10 iterations: 0 passed, 0 failed, 1 flaky, 0 skipped; overall pass rate "
                + "88% (7/8 runs; 95% CI 53-98%)", lines.get(3));
        assertEquals("aitest: 88% (95% CI 53-98%) does not settle aitest.minPassRate 80%: about 127 more iterations "
                + "would, if the rate held", lines.get(4));
    }

    @Test
    void withoutFailedOrFlakyTestsOnlyTheTotalsArePrinted() {
        List<String> lines = ConsoleReport.lines(results(2,
                Fixture.totals(2, 2, 0, 0, 0, 4, 4, 0, 0, 100.0, 40),
                List.of(test("a.A#one", 2, 0, 0), test("a.A#two", 2, 0, 0))), "/abs/target/aitest-reports");

        assertEquals(List.of(
                "aitest: 2 tests x 2 iterations: 2 passed, 0 failed, 0 flaky, 0 skipped; overall pass rate 100% "
                        + "(4/4 runs; 95% CI 51-100%)",
                "aitest: 100% (95% CI 51-100%) does not settle aitest.minPassRate 80%: about 6 more iterations would, "
                        + "if the rate held",
                "aitest: reports in /abs/target/aitest-reports"), lines);
    }

    @Test
    void withoutCountedRunsThereIsNoPassRate() {
        List<String> lines = ConsoleReport.lines(results(3,
                Fixture.totals(1, 0, 0, 0, 1, 3, 0, 0, 3, null, 0),
                List.of(test("a.A#off", 0, 0, 3))), LOCATION);

        assertEquals(List.of(
                "aitest: 1 tests x 3 iterations: 0 passed, 0 failed, 0 flaky, 1 skipped; overall pass rate n/a "
                        + "(no run counted)",
                "aitest: reports in target/aitest-reports"), lines);
    }

    @Test
    void moreThanMaxRowsFailedTestsAreLeftToResultsJson() {
        List<TestResult> tests = new ArrayList<>();
        int count = ConsoleReport.MAX_ROWS + 7;
        for (int i = 0; i < count; i++) {
            tests.add(test(String.format("a.T#t%02d", i), 0, 1, 0));
        }
        tests.add(test("a.T#zpassed", 1, 0, 0));

        List<String> lines = ConsoleReport.lines(results(1,
                Fixture.totals(count + 1, 1, count, 0, 0, count + 1, 1, count, 0, Rates.passRate(1, count), 0), tests),
                LOCATION);

        assertEquals(2 + ConsoleReport.MAX_ROWS + 1 + 2, lines.size());
        assertEquals("aitest:   failed  0/1 \u00B7 0% (0-79%)         a.T#t00", lines.get(2));
        assertEquals("aitest:   failed  0/1 \u00B7 0% (0-79%)         a.T#t24", lines.get(2 + ConsoleReport.MAX_ROWS - 1));
        assertEquals("aitest:   ... and 7 more in results.json", lines.get(2 + ConsoleReport.MAX_ROWS));
        assertEquals("aitest: 33 tests x 1 iterations: 1 passed, 32 failed, 0 flaky, 0 skipped; overall pass rate "
                + "3% (1/33 runs; 95% CI 1-16%)", lines.get(lines.size() - 2));
    }

    @Test
    void exactlyMaxRowsFailedTestsAreAllShown() {
        List<TestResult> tests = new ArrayList<>();
        for (int i = 0; i < ConsoleReport.MAX_ROWS; i++) {
            tests.add(test(String.format("a.T#t%02d", i), 0, 1, 0));
        }

        List<String> lines = ConsoleReport.lines(results(1, Fixture.totals(ConsoleReport.MAX_ROWS, 0,
                ConsoleReport.MAX_ROWS, 0, 0, ConsoleReport.MAX_ROWS, 0, ConsoleReport.MAX_ROWS, 0, 0.0, 0), tests),
                LOCATION);

        assertEquals(2 + ConsoleReport.MAX_ROWS + 2, lines.size());
        assertEquals("aitest:   failed  0/1 \u00B7 0% (0-79%)         a.T#t24", lines.get(lines.size() - 3));
    }
}
