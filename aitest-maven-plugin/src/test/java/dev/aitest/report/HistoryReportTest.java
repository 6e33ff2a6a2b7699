package dev.aitest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.ai.SummaryInput;
import dev.aitest.facts.Facts;
import dev.aitest.gate.RateStatistics;
import dev.aitest.history.HistoryFixtures;
import dev.aitest.model.Results;
import dev.aitest.secret.Redactor;
import dev.aitest.store.ResultsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every output says of a run beside the builds before it: the five builds of {@link HistoryFixtures#fiveBuilds}
 * (it.T#t0 flaky since build 3, it.T#t1 flaky across builds only, it.T#t2 better).
 */
class HistoryReportTest {

    @TempDir
    Path dir;

    private static Results results() {
        return RateStatistics.apply(HistoryFixtures.fiveBuilds());
    }

    @Test
    void theConsoleSaysTheWindowAndNamesTheTestsThatChanged() {
        List<String> lines = ConsoleReport.lines(Facts.of(results()), "target/aitest-reports");
        int at = lines.indexOf("aitest: history: 5 builds (the newest 30 kept, aitest.historySize): 0 got worse, 1 got "
                + "better, 1 newly flaky, 1 flaky across builds only (environment)");
        assertTrue(at > 0, lines.toString());
        assertEquals(List.of(
                "aitest:   newly flaky: it.T#t0: flaky since a000002, 2 builds ago; pass rate per build 100, 100, 50, "
                        + "75, 50",
                "aitest:   environment: it.T#t1: passes or fails whole builds; pass rate per build 100, 0, 100, 0, 100",
                "aitest:   got better: it.T#t2: got better between the older and the newer half of the builds (p = "
                        + "0.0021 after Holm's correction); pass rate per build 0, 25, 100, 100, 100"),
                lines.subList(at + 1, at + 4));
    }

    @Test
    void reportMdHasAShortSectionOfTheTestsThatChanged() throws Exception {
        Path md = dir.resolve("report.md");
        MarkdownReport.write(Facts.of(results()), md);
        String text = Files.readString(md);
        assertTrue(text.contains("## Across builds\n\nhistory: 5 builds (the newest 30 kept, aitest.historySize): 0 "
                + "got worse, 1 got better, 1 newly flaky, 1 flaky across builds only (environment).\n\nPass rate per "
                + "build, oldest first: 66.67%, 41.67%, 83.33%, 58.33%, 83.33%.\n\n| Across builds | Test | Evidence |\n"
                + "|---|---|---|\n| newly flaky | <code>it.T\\#t0</code> | flaky since a000002, 2 builds ago; pass rate per "
                + "build 100, 100, 50, 75, 50 |\n| environment | <code>it.T\\#t1</code> | passes or fails whole builds; "
                + "pass rate per build 100, 0, 100, 0, 100 |\n| got better | <code>it.T\\#t2</code> | got better between "
                + "the older and the newer half of the builds (p = 0.0021 after Holm's correction); pass rate per "
                + "build 0, 25, 100, 100, 100 |\n"), text);
    }

    @Test
    void resultsJsonKeepsTheSectionAsWritten() throws Exception {
        Results results = results();
        Path file = dir.resolve("results.json");
        ResultsJson.write(results, file);
        assertEquals(results.history(), ResultsJson.read(file).history());
        String json = Files.readString(file);
        assertTrue(json.indexOf("\"history\" : {") > json.indexOf("\"agents\" : ["), "after the agents");
        assertTrue(json.indexOf("\"history\" : {") < json.lastIndexOf("\"tests\" : [ {"), "before the tests");
    }

    @Test
    void theJUnitXmlAndTheAiInputCarryEachTestsFiguresAcrossBuilds() throws Exception {
        Results results = results();
        JUnitXmlReport.write(results, dir);
        String xml = Files.readString(dir.resolve("TEST-it.T.xml"));
        assertTrue(xml.contains("<property name=\"aitest.t0.trend\" value=\"100, 100, 50, 75, 50\"/>"), xml);
        assertTrue(xml.contains("<property name=\"aitest.t0.pooledPassRate\" value=\"75.00\"/>"), xml);
        assertTrue(xml.contains("<property name=\"aitest.t0.since\" value=\"a000002\"/>"), xml);
        assertTrue(xml.contains("<property name=\"aitest.t1.environmentFlaky\" value=\"true\"/>"), xml);
        assertTrue(xml.contains("<property name=\"aitest.t2.historyChange\" value=\"better\"/>"), xml);
        assertFalse(xml.contains("aitest.t1.since"), "a test that passes now has no since");

        String input = SummaryInput.build(results, false, 32_000, "Summarise.", Redactor.patternsOnly()).text();
        assertTrue(input.contains("| history | history: 5 builds (the newest 30 kept, aitest.historySize): 0 got "
                + "worse, 1 got better, 1 newly flaky, 1 flaky across builds only (environment) |"), input);
        assertTrue(input.contains("| history.newlyFlaky.1 | it.T#t0: flaky since a000002, 2 builds ago; pass rate per "
                + "build 100, 100, 50, 75, 50 |"), input);
        assertTrue(input.contains("| history.agent.1 | agent planner: pass rate 100% \u2192 50% \u2192 75% "
                + "\u2192 37.5% \u2192 75%; tokens 107 \u2192 207 \u2192 307 \u2192 407 \u2192 507; cost $0.5000 "
                + "\u2192 $1.00 \u2192 $1.50 \u2192 $2.00 \u2192 $2.50 |"), input);
        assertTrue(input.contains("test.1.trend = pass rate per build, oldest first: 100, 100, 50, 75, 50; 15/20 "
                + "\u00B7 75% (50-90%) over 5 builds"), input);
        assertTrue(input.contains("test.1.since = flaky since a000002, 2 builds ago"), input);
    }

    @Test
    void theReportCarriesEachTrendAsPointsAndTheTestsChangeForItsFilters() {
        String data = HtmlReport.data(results());
        assertTrue(data.contains("[\"pass rate per build, oldest first: 100, 100, 50, 75, 50; 15/20 \u00B7 75% "
                + "(50-90%) over 5 builds\",75.0,[100.0,100.0,50.0,75.0,50.0]]"), data);
        assertTrue(data.contains(",[null,true,false]]"), "t1: flaky across builds only: " + data);
        assertTrue(data.contains(",[\"better\",false,false]]"), "t2: " + data);
    }

    @Test
    void buildsWithUsageGetATokensAndACostSeriesOnTheScaleOfTheirLargestValue() throws Exception {
        Results results = results();
        dev.aitest.model.HistorySummary h = results.history();
        List<dev.aitest.model.HistorySummary.Build> builds = new java.util.ArrayList<>();
        long[] tokens = {1_000, 4_000, 2_000, 0, 3_000};
        for (int b = 0; b < h.builds().size(); b++) {
            dev.aitest.model.HistorySummary.Build was = h.builds().get(b);
            builds.add(new dev.aitest.model.HistorySummary.Build(was.startedAt(), was.commit(), was.branch(),
                    was.current(), was.tests(), was.passRate(), was.passedRuns(), was.countedRuns(), tokens[b],
                    b == 3 ? null : 0.25 * (b + 1)));
        }
        Results used = results.toBuilder().history(new dev.aitest.model.HistorySummary(h.size(), h.skippedRecords(),
                builds, h.worse(), h.better(), h.newlyFlaky(), h.environment(), h.agents(), h.tests())).build();
        List<dev.aitest.facts.HistoryView.Series> series = Facts.of(used).history().series();
        assertEquals(List.of("pass rate", "tokens", "cost"), series.stream().map(
                dev.aitest.facts.HistoryView.Series::name).toList());
        assertEquals("4,000", series.get(1).top());
        assertEquals(java.util.Arrays.asList(25.0, 100.0, 50.0, 0.0, 75.0), series.get(1).points().stream()
                .map(dev.aitest.facts.HistoryView.Point::percent).toList());
        assertEquals("$1.25", series.get(2).top());
        assertEquals(java.util.Arrays.asList(20.0, 40.0, 60.0, null, 100.0), series.get(2).points().stream()
                .map(dev.aitest.facts.HistoryView.Point::percent).toList());
        assertEquals("build 4 (a000003): none", series.get(2).points().get(3).label());
        assertEquals("build 5 (a000004), this one: 3,000", series.get(1).points().get(4).label());
        Path page = dir.resolve("report.html");
        new HtmlReport().write(Facts.of(used), page, "test");
        String html = Files.readString(page);
        assertTrue(html.contains("data-series=\"tokens\"") && html.contains("data-series=\"cost\""), html);
        assertTrue(html.contains("<title>build 2 (a000001): 4,000</title>"), "each point's value in its title");
        assertTrue(html.contains("tokens per build (top of the scale: 4,000)"), html);
    }
}
