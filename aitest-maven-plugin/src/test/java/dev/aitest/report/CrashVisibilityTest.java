package dev.aitest.report;

import dev.aitest.gate.Verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.cost.Pricing;
import dev.aitest.facts.Facts;
import dev.aitest.gate.RateStatistics;
import dev.aitest.gate.PassRateGate;
import dev.aitest.merge.Aggregator;
import dev.aitest.merge.IterationData;
import dev.aitest.merge.IterationReports;
import dev.aitest.model.Environment;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.RunOutcome;
import dev.aitest.model.TestCase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A crashed iteration is shown by every output, and a crash no test run counts does not pass. */
class CrashVisibilityTest {

    private static final String GOODBYE =
            "The forked VM terminated without properly saying goodbye. VM crash or System.exit called?";

    /** Two tests that pass in each of 3 iterations; iteration 2's JVM dies, before {@code b} when {@code cut}. */
    private static Results run(boolean cut) {
        Aggregator aggregator = new Aggregator(Pricing.builtIn());
        for (int i = 1; i <= 3; i++) {
            List<TestCase> cases = new ArrayList<>();
            cases.add(new TestCase("it.HaltTest", "a", new Run(i, RunOutcome.PASSED, 5, null, null, null)));
            if (!(cut && i == 2)) {
                cases.add(new TestCase("it.HaltTest", "b", new Run(i, RunOutcome.PASSED, 5, null, null, null)));
            }
            aggregator.add(new IterationData(i, 1000, i == 2 ? GOODBYE : null, new IterationReports(cases, List.of())));
        }
        return RateStatistics.apply(aggregator.merge().results(3, 100, "2026-12-01T10:00:00Z", 3000,
                new Environment("3.8.7", "3.5.4", "17"), new ProjectInfo("it", "halt", "1.0", "halt")));
    }

    @Test
    void aJvmThatDiedAfterEveryTestReportedFailsTheVerdictAndEveryOutputSaysSo() {
        Results results = run(false);
        assertEquals(6, results.totals().counts().passedRuns());
        assertEquals(6, results.totals().countedRuns());

        Verdict verdict = PassRateGate.judge(results, "target/aitest-reports/results.json");
        assertFalse(verdict.passed());
        assertEquals("aitest: the test JVM ended abnormally in iteration 2 (" + GOODBYE + ") after every test it ran "
                + "had reported, so no test run counts the crash; plain Surefire fails such a build, and aitest does "
                + "not pass it (pass rate 100% (6/6 runs; 95% CI 61-100%) meets aitest.minPassRate 100%) - see "
                + "target/aitest-reports/results.json", verdict.message());

        String line = "CRASHED: iteration 2 of 3: the test JVM ended abnormally (" + GOODBYE + ") after every test "
                + "it ran had reported; no test run counts it, so the run does not pass, as plain Surefire fails such "
                + "a build.";
        Facts facts = Facts.of(results);
        assertEquals(List.of(line), facts.crashes());
        assertEquals("FAIL", facts.verdict().label());
        assertTrue(ConsoleReport.lines(facts, "target/aitest-reports").contains("aitest: " + line));
        String markdown = MarkdownReport.render(facts);
        assertTrue(markdown.contains("**CRASHED: iteration 2 of 3: the test JVM ended abnormally"), markdown);
        assertTrue(markdown.contains("\u274C FAIL"), markdown);
        String html = new HtmlReport().render(facts, "0.1.0-SNAPSHOT");
        assertTrue(html.contains(">" + line.replace("?", "?") + "</section>"), html);
    }

    @Test
    void aCrashThatCutTestsShortIsCountedInTheirErrorRunsAndJudgedByTheRates() {
        Results results = run(true);
        assertEquals(5, results.totals().counts().passedRuns());
        assertEquals(6, results.totals().countedRuns());

        assertEquals(List.of(), PassRateGate.uncountedCrashes(results));
        assertEquals("aitest: pass rate 83% (5/6 runs; 95% CI 40-97%) is below aitest.minPassRate 100% - see "
                + "results.json", PassRateGate.judge(results, "results.json").message());
        Facts facts = Facts.of(results);
        assertEquals(List.of("CRASHED: iteration 2 of 3: the test JVM ended abnormally (" + GOODBYE + "); 1 test run "
                + "it did not finish is recorded as an error and counted."), facts.crashes());
    }

    @Test
    void runsWithoutACrashShowNone() {
        Aggregator aggregator = new Aggregator(Pricing.builtIn());
        aggregator.add(new IterationData(1, 1000, null, new IterationReports(List.of(new TestCase("it.T", "a",
                new Run(1, RunOutcome.PASSED, 5, null, null, null))), List.of())));
        Results results = RateStatistics.apply(aggregator.merge().results(1, 100, "2026-12-01T10:00:00Z", 1000,
                new Environment("3.8.7", "3.5.4", "17"), new ProjectInfo("it", "t", "1.0", "t")));
        assertEquals(List.of(), Facts.of(results).crashes());
        assertTrue(PassRateGate.judge(results, "results.json").passed());
    }
}
