package dev.aitest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aitest.model.AiSummary;
import dev.aitest.model.Results;
import dev.aitest.store.ResultsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AI section of report.html, report.md and results.json: on, failed, off. */
class AiSummaryReportTest {

    static final String MARKDOWN = """
            ### Verdict

            Not reliable: **58.33 %** of runs pass. <script>window.__pwned = 1</script>

            ### Flaky tests

            - `a.Chat#flaky` fails in iteration 2 ([see](javascript:window.__pwned=1)).

            ### Systematic failures

            - `a.Chat#broken` times out.

            ### Cost and tokens

            No usage was recorded.

            ### Recommendations

            1. Raise the timeout.
            """;

    @TempDir
    Path dir;

    static AiSummary summary() {
        return new AiSummary("gpt-5-mini", "2026-11-27T10:20:00Z", MARKDOWN, null, 12_345L, 678L, 0.004442, false,
                "ab".repeat(32), "built-in", false, List.of("all stack traces"), 2, 1);
    }

    static Results withSummary() {
        return ReportFixtures.small().withAiSummary(summary());
    }

    @Test
    void withoutAModelTheOverviewSaysInOneLineHowToTurnItOn() {
        String html = new HtmlReport().render(ReportFixtures.small(), "t");
        assertTrue(html.contains("<p class=\"ai-note\" id=\"ai-note\">Set aitest.summaryModel to add an AI-written "
                + "summary.</p>"), html);
        assertFalse(html.contains("id=\"ai-summary\""));
        String md = MarkdownReport.render(ReportFixtures.small());
        assertTrue(md.contains("\n_Set aitest.summaryModel to add an AI-written summary._\n"), md);
        assertFalse(md.contains("## AI summary"));
        assertEquals(1, md.lines().filter(l -> l.contains("aitest.summaryModel")).count());
    }

    @Test
    void theSummaryIsInTheOverviewAboveTheDeterministicPart() {
        String html = new HtmlReport().render(withSummary(), "t");
        int summary = html.indexOf("id=\"ai-summary\"");
        assertTrue(summary > html.indexOf("id=\"overview\""), "inside the overview");
        assertTrue(summary < html.indexOf("id=\"overview-failed\""), "above the failed tests");
        assertFalse(html.contains("id=\"ai-note\""));
        assertTrue(html.contains("<h4>Verdict</h4>"));
        assertTrue(html.contains("<strong>58.33 %</strong> of runs pass. &lt;script&gt;"), html);
        assertTrue(html.contains("Written by gpt-5-mini on 2026-11-27 10:20:00 UTC"));
        assertTrue(html.contains("12,345 input and 678 output tokens, $0.0044."));
        assertTrue(html.contains("Left out of the model&#39;s input to fit aitest.summaryMaxInputTokens: all stack "
                + "traces.") || html.contains("Left out of the model's input to fit aitest.summaryMaxInputTokens: all "
                + "stack traces."), html);
        assertTrue(html.contains("2 numbers the model typed itself next to %, $ or &quot;tokens&quot; removed."));
        assertTrue(html.contains("1 placeholder(s) naming no fact removed."));
    }

    @Test
    void theContentSecurityPolicyStaysIntactAndTheSummaryHasNoStyleOrScript() throws Exception {
        String html = new HtmlReport().render(withSummary(), "t");
        Matcher csp = Pattern.compile("Content-Security-Policy\" content=\"([^\"]+)\"").matcher(html.replace("&#39;", "'"));
        assertTrue(csp.find());
        assertEquals(HtmlReport.contentSecurityPolicy(resource("report.css"), resource("report.js")), csp.group(1));
        String body = html.substring(html.indexOf("id=\"ai-summary\""), html.indexOf("id=\"overview-failed\""));
        assertFalse(body.contains("style="), body);
        assertFalse(body.contains("<script"), body);
        assertFalse(body.contains("href"), body);
        assertFalse(body.contains("javascript:"), body);
        assertEquals(2, html.split("<script", -1).length - 1, "only the page's data and its own script");
    }

    @Test
    void aFailedSummaryIsANoteWithTheCause() {
        Results failed = ReportFixtures.small().withAiSummary(AiSummary.failed("gpt-5-mini", "2026-11-27T10:20:00Z",
                "the OpenAI-compatible service at api.openai.com refused the API key (HTTP 401); check the key in the "
                        + "environment variable OPENAI_API_KEY", "cd".repeat(32), "built-in", false, List.of()));
        String html = new HtmlReport().render(failed, "t");
        assertTrue(html.contains("<p class=\"ai-note\" id=\"ai-note\">No AI summary: the OpenAI-compatible service at "
                + "api.openai.com refused the API key (HTTP 401); check the key in the environment variable "
                + "OPENAI_API_KEY. The overview below is computed from the results alone.</p>"), html);
        String md = MarkdownReport.render(failed);
        assertTrue(md.contains("_No AI summary: the OpenAI-compatible service at api.openai.com refused the API key "
                + "(HTTP 401); check the key in the environment variable OPENAI\\_API\\_KEY. The overview below is "
                + "computed from the results alone._"), md);
    }

    @Test
    void reportMdCarriesTheSanitisedSummaryAfterTheHeader() {
        String md = MarkdownReport.render(withSummary());
        assertTrue(md.indexOf("## AI summary") > md.indexOf("| Iterations |"), md);
        assertTrue(md.indexOf("## AI summary") < md.indexOf("## Failed and flaky tests"), md);
        assertTrue(md.contains("### Verdict\n\nNot reliable: **58.33 %** of runs pass. \\<script\\>"), md);
        assertTrue(md.contains("- `a.Chat#flaky` fails in iteration 2 (see)."), md);
        assertFalse(md.contains("javascript:"), md);
        assertTrue(md.contains("_Written by gpt-5-mini on 2026-11-27 10:20:00 UTC"), md);
    }

    @Test
    void aBigSuiteWithALongSummaryKeepsReportMdUnder60Kb() {
        String longMarkdown = MARKDOWN + "\n" + "- a long recommendation that goes on and on and on.\n".repeat(2_000);
        AiSummary big = new AiSummary("gpt-5-mini", "2026-11-27T10:20:00Z", longMarkdown, null, 1L, 1L, null, false,
                "ef".repeat(32), "built-in", true, List.of(), 0, 0);
        String md = MarkdownReport.render(ReportFixtures.big(5_000, 3).withAiSummary(big));
        assertTrue(md.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MarkdownReport.MAX_BYTES,
                "size " + md.length());
        assertTrue(md.contains("_The rest of the AI summary was left out to keep this report short; see report.html or "
                + "results.json._"));
        assertTrue(md.contains("## Failed and flaky tests"), "the deterministic part still has its room");
        assertTrue(md.contains("cost unknown (no price for this model)"), md.substring(0, 2_000));
    }

    @Test
    void resultsJsonHasTheSummaryAndItsProvenanceAndNoKeyWhenOff() throws Exception {
        Path file = dir.resolve("results.json");
        ResultsJson.write(withSummary(), file);
        assertEquals(withSummary(), ResultsJson.read(file));
        JsonNode ai = new ObjectMapper().readTree(file.toFile()).get("aiSummary");
        assertEquals("gpt-5-mini", ai.get("model").asText());
        assertEquals(12_345, ai.get("inputTokens").asLong());
        assertEquals(678, ai.get("outputTokens").asLong());
        assertEquals(0.004442, ai.get("costUsd").asDouble());
        assertEquals("all stack traces", ai.get("leftOut").get(0).asText());
        assertEquals(2, ai.get("numbersRemoved").asInt());
        assertFalse(ai.has("error"), "null fields are left out");

        ResultsJson.write(ReportFixtures.small(), file);
        assertFalse(Files.readString(file).contains("aiSummary"), "absent when off");
        assertNull(ResultsJson.read(file).aiSummary());
    }

    private static String resource(String name) throws Exception {
        try (var in = HtmlReport.class.getClassLoader().getResourceAsStream("dev/aitest/report/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
