package dev.aitest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aitest.facts.Facts;
import dev.aitest.facts.TestFigures;
import dev.aitest.fixture.Fixture;
import dev.aitest.model.AdaptiveSummary;
import dev.aitest.model.Results;
import dev.aitest.model.Settled;
import dev.aitest.model.SettledBy;
import dev.aitest.model.TestKind;
import dev.aitest.model.TestResult;
import dev.aitest.store.ResultsJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each output says of an adaptive run: the line of what it saved, and each test's runs and settling. */
class AdaptiveReportTest {

    @TempDir
    Path temp;

    /** Two tests: one stopped after 3 (determined), one that ran to the maximum of 5; 8 of 10 runs. */
    private static Results adaptive(Double costSaved, List<String> unsettled, List<AdaptiveSummary.Overall> overall) {
        TestResult stopped = Fixture.test("a.B#stops", "FFF").withSettled(new Settled(3, SettledBy.DETERMINED));
        TestResult ran = Fixture.test("a.B#<b>runs</b>", "PFPPP");
        Results plain = Fixture.results(5, 80, List.of(ran, stopped));
        return plain.toBuilder().adaptive(new AdaptiveSummary(3, 5, 8, 10, 20.0, costSaved, 1, 0, unsettled,
                overall)).build();
    }

    private static final List<AdaptiveSummary.Overall> ONE = List.of(
            new AdaptiveSummary.Overall(null, TestKind.TEST, 3, SettledBy.DETERMINED, 3));

    @Test
    void theLineSaysRunsSavingSettledTestsTheUnsettledAndTheOverallWindow() {
        assertEquals("adaptive: 8 of 10 runs (20% saved, about $0.0012); 1 test settled (1 determined, 0 conclusive), "
                + "1 unsettled at the maximum: a.B#<b>runs</b>; the overall rate settled (determined) after iteration "
                + "3 and counts iterations 1-3, in which every test ran",
                Facts.of(adaptive(0.0012, List.of("a.B#<b>runs</b>"), ONE)).adaptive());
        List<String> many = List.of("t1", "t2", "t3", "t4", "t5", "t6", "t7");
        String line = Facts.of(adaptive(null, many, List.of(
                new AdaptiveSummary.Overall(null, TestKind.TEST, null, null, 5),
                new AdaptiveSummary.Overall(null, TestKind.INTEGRATION_TEST, 4, SettledBy.CONCLUSIVE, 4)))).adaptive();
        assertEquals("adaptive: 8 of 10 runs (20% saved); 1 test settled (1 determined, 0 conclusive), 7 unsettled at "
                + "the maximum: t1, t2, t3, t4, t5 and 2 more; the overall rate of test did not settle and counts "
                + "iterations 1-5; the overall rate of integration-test settled (conclusive) after iteration 4 and "
                + "counts iterations 1-4, in which every test ran", line);
        assertNull(Facts.of(Fixture.results(5, 80, List.of(Fixture.test("a.B#c", "PP")))).adaptive());
    }

    @Test
    void eachTestHasItsRunsAndWhenItSettledOnlyInAnAdaptiveRun() {
        Facts facts = Facts.of(adaptive(null, List.of("a.B#<b>runs</b>"), ONE));
        Facts.TestRow stops = facts.rows().stream().filter(r -> r.test().id().equals("a.B#stops")).findFirst()
                .orElseThrow();
        List<String> keys = stops.figures().stream().map(TestFigures.Figure::key).toList();
        assertTrue(keys.containsAll(List.of("runsMade", "settledAt", "settledBy")), keys.toString());
        TestFigures.Figure settled = stops.figures().stream().filter(f -> f.key().equals("settledAt")).findFirst()
                .orElseThrow();
        assertEquals("3", settled.value());
        assertEquals("determined after 3", settled.text());
        assertEquals("settled (determined) after iteration 3", settled.phrase());
        Facts.TestRow runs = facts.rows().stream().filter(r -> r.test().id().equals("a.B#<b>runs</b>")).findFirst()
                .orElseThrow();
        List<String> own = runs.figures().stream().map(TestFigures.Figure::key).toList();
        assertTrue(own.contains("runsMade") && !own.contains("settledAt"), own.toString());

        Facts fixed = Facts.of(Fixture.results(5, 80, List.of(Fixture.test("a.B#c", "PP"))));
        assertFalse(fixed.rows().get(0).figures().stream().anyMatch(f -> f.key().equals("runsMade")));
        assertEquals(TestFigures.columns(TestFigures.Output.HTML).size() + 2,
                TestFigures.columns(TestFigures.Output.HTML, true).size());
    }

    @Test
    void theReportsShowTheLineAndTheColumnsEscaped() throws Exception {
        Results results = adaptive(null, List.of("a.B#<b>runs</b>"), ONE);
        Facts facts = Facts.of(results);

        String md = MarkdownReport.render(facts);
        assertTrue(md.contains("> adaptive: 8 of 10 runs (20% saved)"), md);
        assertFalse(md.contains("<b>runs</b>"), md);

        String html = new HtmlReport().render(results, "9.9");
        Matcher section = Pattern.compile("<section class=\"adaptive\" id=\"adaptive\">([^<]*)</section>").matcher(html);
        assertTrue(section.find(), html);
        assertTrue(section.group(1).contains("a.B#&lt;b&gt;runs&lt;/b&gt;"), section.group(1));
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        HtmlReport.writeData(facts, data);
        JsonNode json = new ObjectMapper().readTree(data.toString(StandardCharsets.UTF_8));
        List<String> columns = new java.util.ArrayList<>();
        json.get("columns").forEach(c -> columns.add(c.get(0).asText()));
        assertEquals(List.of("runsMade", "settled"), columns.subList(columns.size() - 2, columns.size()));

        List<String> console = ConsoleReport.lines(facts, "target/aitest-reports");
        assertTrue(console.contains("aitest: " + facts.adaptive()), console.toString());

        // results.json keeps the settled fields of the stopped test alone, and the section (read back in
        // AdaptiveRunTest, from results whose totals follow from the runs)
        Path file = temp.resolve("results.json");
        ResultsJson.write(results, file);
        JsonNode written = new ObjectMapper().readTree(Files.readString(file));
        JsonNode stops = null;
        for (JsonNode test : written.get("tests")) {
            if (test.get("id").asText().equals("a.B#stops")) {
                stops = test;
            } else {
                assertFalse(test.has("settledAt") || test.has("settledBy"), test.toString());
            }
        }
        assertEquals(3, stops.get("settledAt").asInt());
        assertEquals("determined", stops.get("settledBy").asText());
        assertEquals(20.0, written.get("adaptive").get("savedPercent").asDouble());
    }
}
