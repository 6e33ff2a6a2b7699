package dev.aitest.ai;

import dev.aitest.secret.Redactor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.model.Results;
import dev.aitest.model.TestOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryInputTest {

    private static final String PROMPT = "Summarise.";
    private final Results small = SummaryFixtures.small("2026-11-27T10:15:30Z", 1_000);

    private static SummaryInput input(Results results, boolean compact, int budget) {
        return SummaryInput.build(results, compact, budget, PROMPT, Redactor.patternsOnly());
    }

    @Test
    void theComparisonWithTheBaselineIsGivenAsFacts() {
        // the baseline: the same tests, but cite passed 10 of 10 times (now 0 of 3: p = 1/C(13,3), x4 by Holm)
        dev.aitest.baseline.Baseline then = dev.aitest.baseline.Baseline.of(small, "main/results.json");
        then = new dev.aitest.baseline.Baseline(then.path(), then.startedAt(), 10, then.project(), then.counts(),
                then.tests().stream().map(e -> e.id().equals("a.Chat#cite") ? new dev.aitest.baseline.Baseline.Entry(
                        e.id(), e.module(), e.kind(), e.agent(), 10, 10) : e).toList());
        Results compared = small.toBuilder().baseline(dev.aitest.baseline.Comparison.compare(small, then, 0.95)).build();

        SummaryInput input = input(compared, false, 32_000);

        // nothing volatile goes to the model: the baseline's timestamp is masked like every other
        assertEquals("main/results.json (10 iterations, run <timestamp> UTC)",
                input.facts().get("baseline.source"));
        assertEquals("1 regressed, 0 improved, 0 changed, 4 unchanged, 0 new, 0 removed",
                input.facts().get("baseline.counts"));
        assertEquals("a.Chat#cite 10/10 \u00B7 100% then, 0/3 \u00B7 0% now (p 0.0035, adjusted 0.014)",
                input.facts().get("baseline.regressed.1"));
        assertTrue(input.facts().get("baseline.overall").endsWith("over 4 tests: within noise"),
                input.facts().get("baseline.overall"));
        assertTrue(input.text().contains("| baseline.regressed.1 | a.Chat#cite"), input.text());
    }

    @Test
    void theOverallNumbersAreFactsWithKeys() {
        SummaryInput input = input(small, false, 32_000);
        assertEquals("FAIL (below the threshold)", input.facts().get("overall.verdict"));
        assertEquals("58%", input.facts().get("overall.passRate"));
        assertEquals("23-87%", input.facts().get("overall.interval"));
        assertEquals("95%", input.facts().get("overall.confidence"));
        assertEquals("no", input.facts().get("overall.conclusive"));
        assertEquals("5", input.facts().get("overall.iterationsToSettle"));
        assertEquals("not conclusive: the 95% interval 23-87% holds aitest.minPassRate 80%; about 5 more iterations "
                + "would settle it, if the rate held", input.facts().get("overall.settle"));
        assertEquals("58.3%", input.facts().get("overall.passHat.1"));
        assertEquals("41.7%", input.facts().get("overall.passHat.2"));
        assertEquals("25.0%", input.facts().get("overall.passHat.3"));
        assertEquals("7", input.facts().get("overall.passedRuns"));
        assertEquals("12", input.facts().get("overall.countedRuns"));
        assertEquals("80%", input.facts().get("overall.threshold"));
        assertEquals("5", input.facts().get("tests.total"));
        assertEquals("2", input.facts().get("tests.flaky"));
        assertEquals("1", input.facts().get("tests.failed"));
        assertEquals("50%", input.facts().get("iteration.2.passRate"));
        assertTrue(input.text().contains("| overall.passRate | 58% |"), input.text());
    }

    @Test
    void eachFailedOrFlakyTestHasItsFactsOutcomesFailuresAndTrace() {
        SummaryInput input = input(small, false, 32_000);
        String text = input.text();
        assertEquals("a.Chat#cite", input.facts().get("test.1.id"));
        assertEquals("failed", input.facts().get("test.1.outcome"));
        assertEquals("0%", input.facts().get("test.1.passRate"));
        assertEquals("0-56%", input.facts().get("test.1.interval"));
        assertEquals("a.Chat#answer", input.facts().get("test.2.id"));
        assertEquals("67%", input.facts().get("test.2.passRate"));
        assertEquals("21-94%", input.facts().get("test.2.interval"));
        assertEquals("2/3 counted runs", input.facts().get("test.2.passed"));
        assertTrue(text.contains("### test.2 = a.Chat#answer (flaky)\n"), text);
        assertTrue(text.contains("iterations: 1 passed, 2 failed, 3 passed\n"), text);
        assertTrue(text.contains("- iteration 2 (group.2): failed, AssertionFailedError: expected: <3> but was: <4>\n"
                + "  stack trace:\n    org.opentest4j.AssertionFailedError: expected: <3> but was: <4>\n"
                + "    at a.Chat.answer(Chat.java:12)\n"), text);
        assertFalse(text.contains("org.junit.jupiter.engine"), "framework frames are left out");
        assertTrue(text.contains("- iterations 1, 2, 3 (group.1): error, IllegalStateException: no source"), text);
    }

    @Test
    void failuresAreGroupedByTheReportsSignature() {
        SummaryInput input = input(small, false, 32_000);
        // the two messages differ only in numbers, so they share a signature; the most frequent group comes first
        assertEquals("3", input.facts().get("group.1.runs"));
        assertEquals("AssertionFailedError: expected: <<n>> but was: <<n>>", input.facts().get("group.2.signature"));
        assertEquals("2", input.facts().get("group.2.runs"));
        assertEquals("2", input.facts().get("group.2.tests"));
        assertTrue(input.text().contains("### group.2\nfacts: group.2.signature = AssertionFailedError: expected: "
                + "<<n>> but was: <<n>>; group.2.runs = 2; group.2.tests = 2\ntests: test.2, test.3\n"), input.text());
        assertTrue(input.text().contains("- iteration 3 (group.2): failed, AssertionFailedError: expected: <7>"));
    }

    @Test
    void passingTestsCarryTheirAgentUsageAndMetricsUnlessCompact() {
        String full = input(small, false, 32_000).text();
        assertTrue(full.contains("### test.4 = a.Tool#ok (passed)"), full);
        assertTrue(full.contains("agent: bot\nmodel: gpt-4o\n"), full);
        assertTrue(full.contains("- accuracy = 1: 0.6, 2: 0.7, 3: 0.8\n"), full);
        assertTrue(full.contains("- test.5 = a.Tool#off (skipped in every iteration)"), full);
        SummaryInput compact = input(small, true, 32_000);
        assertTrue(compact.text().contains("- test.4 = a.Tool#ok\n"), compact.text());
        assertFalse(compact.text().contains("accuracy"));
        assertEquals(List.of(), compact.leftOut(), "compact was asked for: nothing was left out by the budget");
    }

    @Test
    void nothingVolatileIsSentSoTheSameResultsGiveTheSameText() {
        Results later = SummaryFixtures.small("2026-12-01T08:00:00Z", 9_999);
        assertEquals(input(small, false, 32_000).text(), input(later, false, 32_000).text());
        String text = input(small, false, 32_000).text();
        assertFalse(text.contains("2026-"), "no timestamps, also not inside messages");
        assertTrue(text.contains("no source at <timestamp>"), text);
    }

    @Test
    void secretsInMessagesAreRedacted() {
        String text = input(small, false, 32_000).text();
        assertFalse(text.contains("sk-proj-ABCDEFGHIJKLMNOPQRSTUVWX"), text);
        assertTrue(text.contains("token [REDACTED]"), text);
    }

    @Test
    void aTightBudgetLeavesOutDetailFailuresLastAndSaysWhat() {
        Results big = SummaryFixtures.big(400, 3);
        SummaryInput all = input(big, false, 1_000_000);
        assertEquals(List.of(), all.leftOut());
        assertTrue(all.estimatedTokens() > 20_000, "the whole input is large: " + all.estimatedTokens());

        SummaryInput names = input(big, false, all.estimatedTokens() - 1);
        assertEquals(List.of("the details of 360 passing test(s) (their names were sent)"), names.leftOut());

        SummaryInput tight = input(big, false, 6_000);
        assertTrue(tight.estimatedTokens() <= 6_000, "fits: " + tight.estimatedTokens());
        assertTrue(tight.leftOut().contains("the names of 360 passing and 0 skipped test(s) (their counts were sent)"),
                tight.leftOut().toString());
        assertTrue(tight.leftOut().contains("all stack traces"), tight.leftOut().toString());
        assertTrue(tight.text().contains("## Left out to fit the input budget"));
        assertTrue(tight.text().contains("tests.passed = 360 passing"), "the count is still there");

        SummaryInput tiny = input(big, false, 2_000);
        assertTrue(tiny.estimatedTokens() <= 2_000, "fits: " + tiny.estimatedTokens());
        String dropped = tiny.leftOut().stream().filter(l -> l.contains("failed or flaky tests")).findFirst()
                .orElseThrow();
        assertTrue(dropped.matches("\\d+ of 40 failed or flaky tests \\(the last ones.*"), dropped);
        // failed tests come first and are kept before flaky ones
        assertEquals(TestOutcome.FAILED, big.tests().get(0).outcome());
        assertEquals(big.tests().get(0).id(), tiny.facts().get("test.1.id"));
        assertNull(tiny.facts().get("test.40.id"), "a test left out has no facts");
        assertEquals(all.facts().get("overall.passRate"), tiny.facts().get("overall.passRate"));
    }

    @Test
    void theEstimateIsConservative() {
        assertEquals(3, SummaryInput.estimateTokens("1234567890"));
        assertEquals(0, SummaryInput.estimateTokens(""));
    }
}
