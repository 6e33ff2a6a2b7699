package dev.aitest.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.merge.FailureSignatures;
import dev.aitest.model.IterationSummary;
import dev.aitest.model.Results;
import dev.aitest.report.ReportFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactsTest {

    @Test
    void mapsTheHeaderNumbersFromTheResults() {
        Facts view = Facts.of(ReportFixtures.small());

        assertEquals("Chat agent", view.title());
        assertEquals("com.example:chat-agent:1.2.0", view.coordinates());
        assertEquals("2026-11-27 10:15:30 UTC", view.startedAt());
        assertEquals("FAIL", view.verdict().label());
        assertFalse(view.verdict().passed());
        assertEquals("58.33 %", view.passRate());
        assertEquals("7/12 runs", view.runsText());
        assertEquals("80 %", view.threshold());
        assertEquals("4.3 s", view.duration());
        assertNull(view.tokens());
        assertNull(view.cost());
        assertEquals(List.of(), view.leaderboard());
    }

    @Test
    void listsFailedAndFlakyTestsWithTheirFirstFailure() {
        Facts view = Facts.of(ReportFixtures.small());

        assertEquals(List.of(new Facts.TestLine("a.Chat#broken", null, "failed", "0/3", "0.00 %", "0 of 3 counted runs", null,
                null, "model timed out after 10 s", "EEE")), view.failed());
        assertEquals(2, view.flaky().size());
        assertEquals(new Facts.TestLine("a.Chat#flaky", null, "flaky", "2/3", "66.67 %", "2 of 3 counted runs", null, null,
                "expected: <42> but was: <41>", "PFP"), view.flaky().get(0));
        assertEquals("PPF", view.flaky().get(1).outcomes());
    }

    @Test
    void groupsFailuresBySignature() {
        List<FailureSignatures.Group> groups = Facts.of(ReportFixtures.small()).failureGroups();

        assertEquals(3, groups.size());
        assertEquals("SocketTimeoutException: model timed out after <n> s", groups.get(0).signature());
        assertEquals(3, groups.get(0).runs());
        assertEquals(List.of("a.Chat#broken"), groups.get(0).tests());
        assertEquals("model timed out after 10 s", groups.get(0).example());
    }

    @Test
    void signaturesIgnoreNumbersIdsAndSpacing() {
        assertEquals("AssertionFailedError: expected: <<n>> but was: <<n>>",
                FailureSignatures.signature("org.opentest4j.AssertionFailedError", "expected: <3> but was:   <4>\nmore"));
        assertEquals("IllegalStateException: session <id> expired after <n> ms",
                FailureSignatures.signature("java.lang.IllegalStateException",
                        "session 3f2a9c1e-0b4d-4c1e-9f00-0123456789ab expired after 2500.5 ms"));
        assertEquals("request <id> failed", FailureSignatures.signature(null, "request 0x7fa3 failed"));
        assertEquals("(no message)", FailureSignatures.signature(null, null));
        assertEquals("NullPointerException", FailureSignatures.signature("java.lang.NullPointerException", null));
    }

    @Test
    void theChartPlotsEachIterationAndMarksCrashes() {
        Facts.Chart chart = Facts.chart(List.of(
                new IterationSummary(1, 4, 4, 0, 0, 100.0, 10, null),
                new IterationSummary(2, 4, 2, 2, 0, 50.0, 10, "The forked VM terminated"),
                new IterationSummary(3, 4, 0, 0, 4, null, 10, null)));

        assertEquals("40.0,12.0 332.0,72.0", chart.polyline());
        assertEquals(3, chart.points().size());
        assertTrue(chart.points().get(1).crashed());
        assertEquals("iteration 2: 50.00 % (2 passed, 2 failed, 0 skipped) - test JVM crashed: The forked VM terminated",
                chart.points().get(1).label());
        assertEquals(624.0, chart.points().get(2).x());
    }

    @Test
    void showsTheLeaderboardOnlyWithMoreThanOneAgent() {
        Results small = ReportFixtures.small();
        assertEquals(List.of(), Facts.of(small).leaderboard());
    }

    @Test
    void noCountedRunMeansNoVerdict() {
        Results none = new Results(1, 1, 100, "x", 0, null,
                new dev.aitest.model.Totals(1, 0, 0, 0, 1, 1, 0, 0, 1, null, 0), List.of(), List.of(), List.of());
        Facts view = Facts.of(none);
        assertEquals("NO RUNS", view.verdict().label());
        assertEquals("n/a", view.passRate());
        assertEquals("aitest report", view.title());
        assertEquals("x", view.startedAt());
    }
}
