package dev.aitest.facts;

import dev.aitest.fixture.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.gate.RateStatisticsTest;
import dev.aitest.merge.FailureSignatures;
import dev.aitest.model.IterationTotals;
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
        // 7 of 12 over 4 tests (2/3, 0/3, 2/3, 3/3): design effect 2.1714, interval [23.16, 86.68]
        assertEquals(new Rate("7/12", "58%", "23-87%", "7/12 \u00B7 58% (23-87%)"), view.rate());
        assertEquals("80%", view.threshold());
        assertEquals("95%", view.confidence());
        assertEquals(new Facts.Conclusion(false, "not conclusive: the 95% interval 23-87% holds aitest.minPassRate "
                + "80%; about 5 more iterations would settle it, if the rate held", "58% (95% CI 23-87%) does not "
                + "settle aitest.minPassRate 80%: about 5 more iterations would, if the rate held"), view.conclusion());
        assertEquals("4.3 s", view.duration());
        assertNull(view.tokens());
        assertNull(view.cost());
        assertEquals(List.of(), view.leaderboard());
    }

    @Test
    void listsFailedAndFlakyTestsWithTheirFirstFailure() {
        Facts view = Facts.of(ReportFixtures.small());

        assertEquals(List.of(new Facts.TestLine("a.Chat#broken", null, "failed",
                new Rate("0/3", "0%", "0-56%", "0/3 \u00B7 0% (0-56%)"), null, null, null, null, null,
                "model timed out after 10 s", "EEE")), view.failed());
        assertEquals(2, view.flaky().size());
        assertEquals(new Facts.TestLine("a.Chat#flaky", null, "flaky",
                new Rate("2/3", "67%", "21-94%", "2/3 \u00B7 67% (21-94%)"), null, null, null, null, null,
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
                new IterationTotals(1, 4, 4, 0, 0, 100.0, 10, null),
                new IterationTotals(2, 4, 2, 2, 0, 50.0, 10, "The forked VM terminated"),
                new IterationTotals(3, 4, 0, 0, 4, null, 10, null)));

        assertEquals(java.util.Arrays.asList(100.0, 50.0, null),
                chart.points().stream().map(Facts.Point::passRate).toList());
        assertTrue(chart.points().get(1).crashed());
        assertEquals("iteration 2: 50% (2 passed, 2 failed, 0 skipped) - test JVM crashed: The forked VM terminated",
                chart.points().get(1).label());
    }

    @Test
    void showsTheLeaderboardOnlyWithMoreThanOneAgent() {
        Results small = ReportFixtures.small();
        assertEquals(List.of(), Facts.of(small).leaderboard());
    }

    @Test
    void noCountedRunMeansNoVerdict() {
        Results none = new Results(1, 1, 100, "x", 0, null,
                Fixture.totals(1, 0, 0, 0, 1, 1, 0, 0, 1, null, 0), List.of(), List.of(), List.of());
        Facts view = Facts.of(none);
        assertEquals("NO RUNS", view.verdict().label());
        assertEquals("n/a", view.rate().rate());
        assertEquals("0/0 \u00B7 n/a", view.rate().evidence());
        assertNull(view.conclusion());
        assertEquals("aitest report", view.title());
        assertEquals("x", view.startedAt());
    }

    /** Three agents over 6 tests x 5 iterations: all pass, 29 of 30, 6 of 30 (figures checked in RateStatisticsTest). */
    private static Results threeAgents() {
        List<dev.aitest.model.TestResult> tests = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tests.add(RateStatisticsTest.test("lead" + i, "PPPPP", "leader"));
            tests.add(RateStatisticsTest.test("close" + i, i == 0 ? "PPPPF" : "PPPPP", "close"));
            tests.add(RateStatisticsTest.test("far" + i, i % 2 == 0 ? "FFFFP" : "PFFFF", "far"));
        }
        return RateStatisticsTest.criteria(RateStatisticsTest.results(5, 80, tests, List.of("leader", "close", "far")), 50.0, 0.95,
                "observed");
    }

    @Test
    void theLeaderboardSaysInWordsWhoIsBehindBeyondNoise() {
        List<Facts.AgentRow> rows = Facts.of(threeAgents()).leaderboard();

        assertEquals(List.of("leader", "tied with the leader within noise", "behind the leader"),
                rows.stream().map(Facts.AgentRow::standing).toList());
        assertEquals("30/30 \u00B7 100% (89-100%)", rows.get(0).rate().evidence());
        assertEquals("29/30 \u00B7 97% (83-99%)", rows.get(1).rate().evidence());
        assertEquals("6/30 \u00B7 20% (10-37%)", rows.get(2).rate().evidence());
    }

    @Test
    void passHatKIsChartedForTheSuiteAndEachAgent() {
        List<Facts.KChart> charts = Facts.of(threeAgents()).reliability();

        assertEquals(java.util.Arrays.asList(null, "leader", "close", "far"),
                charts.stream().map(Facts.KChart::agent).toList());
        assertEquals(List.of("100.0%", "100.0%", "100.0%", "100.0%", "100.0%"),
                charts.get(1).points().stream().map(Facts.KPoint::value).toList());
        assertEquals(List.of("96.7%", "93.3%", "90.0%", "86.7%", "83.3%"),
                charts.get(2).points().stream().map(Facts.KPoint::value).toList());
        assertEquals(List.of("20.0%", "0.0%", "0.0%", "0.0%", "0.0%"),
                charts.get(3).points().stream().map(Facts.KPoint::value).toList());
        assertEquals("pass^2 = 93.3%: the chance that 2 tries of a test all pass",
                charts.get(2).points().get(1).label());
        assertEquals(List.of(1, 2, 3, 4, 5), charts.get(3).points().stream().map(Facts.KPoint::k).toList());
        assertEquals(20.0, charts.get(3).points().get(0).percent(), 1e-9);
    }

    @Test
    void oneIterationHasNoReliabilityChart() {
        assertEquals(List.of(), Facts.of(RateStatisticsTest.criteria(RateStatisticsTest.suite(80, "P", "F"), null, 0.95, "observed"))
                .reliability());
    }

    @Test
    void testsBelowTheirThresholdAreListedWithHowManyRunsWouldSettleThem() {
        Facts view = Facts.of(threeAgents());

        assertEquals(6, view.belowThreshold().size());
        Facts.TestLine first = view.belowThreshold().get(0);
        assertEquals("t.T#far0", first.id());
        assertEquals("1/5 \u00B7 20% (4-62%)", first.rate().evidence());
        assertEquals("50% (aitest.minTestPassRate)", first.threshold());
        assertEquals(Boolean.FALSE, first.meetsThreshold());
        assertEquals("not conclusive: about 6 more runs would settle it, if its rate held", first.conclusion());
        assertEquals("FAIL", view.verdict().label());
    }
}
