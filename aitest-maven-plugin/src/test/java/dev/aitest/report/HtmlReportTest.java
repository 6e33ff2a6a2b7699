package dev.aitest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private final String html = new HtmlReport().render(ReportFixtures.small(), "9.9");

    @Test
    void isOneSelfContainedFile() {
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"));
        assertFalse(html.contains("https://"));
        assertFalse(html.contains("<link rel=\"stylesheet\""));
        assertFalse(html.contains("<script src"));
        assertTrue(html.contains("<meta name=\"generator\" content=\"aitest-maven-plugin 9.9\">"));
    }

    @Test
    void onlyItsOwnScriptAndStyleMayRun() throws Exception {
        Matcher csp = Pattern.compile("Content-Security-Policy\" content=\"([^\"]+)\"").matcher(html.replace("&#39;", "'"));
        assertTrue(csp.find());
        assertTrue(csp.group(1).startsWith("default-src 'none'; img-src data:; style-src 'sha256-"), csp.group(1));
        assertFalse(csp.group(1).contains("unsafe-inline"));
        Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(script.find());
        String expected = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(script.group(1).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(csp.group(1).contains("script-src 'sha256-" + expected + "'"), "the hash matches the script");
    }

    @Test
    void textFromTestsIsEscapedInThePageAndInTheData() throws Exception {
        assertFalse(html.contains("<script>window.__pwned"));
        assertFalse(html.contains("<img src=x"));
        assertTrue(html.contains("&lt;img src=x onerror=window.__pwned=1&gt;"));
        Matcher data = Pattern.compile("<script type=\"application/json\" id=\"aitest-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertTrue(data.find());
        assertFalse(data.group(1).contains("<"));
        JsonNode json = new ObjectMapper().readTree(data.group(1));
        JsonNode tests = json.get("tests");
        assertEquals(5, tests.size());
        JsonNode hostile = tests.get(2);
        assertEquals("a.Chat#" + ReportFixtures.HOSTILE_NAME, field(json, hostile, "id").asText());
        JsonNode run = field(json, hostile, "runs").get(2);
        assertEquals(ReportFixtures.HOSTILE, json.get("messages").get(run.get(index(json, "runFields", "message")).asInt())
                .asText());
    }

    @Test
    void theDataHoldsTheNumbersOfResultsJson() throws Exception {
        JsonNode json = new ObjectMapper().readTree(HtmlReport.data(ReportFixtures.small()));
        JsonNode flaky = json.get("tests").get(1);
        assertEquals("a.Chat#flaky", field(json, flaky, "id").asText());
        assertEquals("flaky", field(json, flaky, "outcome").asText());
        assertEquals(66.67, field(json, flaky, "passRate").asDouble());
        assertEquals("2/3 \u00b7 67% (21-94%)", field(json, flaky, "evidence").asText());
        // the figure columns as TestFigures lists them, each cell its text and the number it sorts by
        assertEquals("[[\"duration\",\"Duration\"],[\"tokens\",\"Tokens\"],[\"cost\",\"Cost\"],"
                + "[\"latency\",\"Latency\"],[\"firstFailedIteration\",\"First failure\"]]",
                json.get("columns").toString());
        assertEquals("[[\"320 ms\",320.0],null,null,null,[\"2\",2.0]]", field(json, flaky, "figures").toString());
        JsonNode run = field(json, flaky, "runs").get(1);
        assertEquals("failed", run.get(index(json, "runFields", "outcome")).asText());
    }

    @Test
    void theDataIsSafeInsideAScriptElementAndKeepsItsMeaning() throws Exception {
        String data = HtmlReport.data(ReportFixtures.small());
        assertFalse(data.contains("<") || data.contains(">") || data.contains("&"));
        assertTrue(data.contains("\\u003c/script\\u003e\\u003cscript\\u003ewindow.__pwned = true;"), data);
        JsonNode traces = new ObjectMapper().readTree(data).get("traces");
        assertEquals(ReportFixtures.HOSTILE, traces.get(traces.size() - 1).asText());
    }

    @Test
    void aHugeMessageIsInThePageOnceAndShownFolded() throws Exception {
        dev.aitest.merge.Aggregator aggregator = new dev.aitest.merge.Aggregator(dev.aitest.cost.Pricing.builtIn());
        for (int i = 1; i <= 3; i++) {
            java.util.List<dev.aitest.model.TestCase> cases = new java.util.ArrayList<>();
            for (int t = 0; t < 5; t++) {
                // each test's message: 1 MB, the same in every iteration
                String message = ("test " + t + " answered: " + "lorem ipsum ".repeat(87_381)).substring(0, 1 << 20);
                cases.add(new dev.aitest.model.TestCase("big.Test", "t" + t, new dev.aitest.model.Run(i,
                        dev.aitest.model.RunOutcome.FAILED, 5, message, "java.lang.AssertionError", null)));
            }
            aggregator.add(new dev.aitest.merge.IterationData(i, 10, null,
                    new dev.aitest.merge.IterationReports(cases, java.util.List.of())));
        }
        String page = new HtmlReport().render(aggregator.merge().results(3, 80, "x", 0, null, null), "9.9");

        // five distinct megabytes, stored once each: the overview and the signatures show a short line of them
        assertTrue(page.length() < 5 * (1 << 20) + 200_000, "the page is " + page.length() + " characters");
        String whole = ("test 3 answered: " + "lorem ipsum ".repeat(200)).substring(0, 2_000);
        assertEquals(1, count(page, whole), "the message is in the page once");
        String firstLine = ("test 3 answered: " + "lorem ipsum ".repeat(30)).substring(0, dev.aitest.facts.Formats.LINE);
        assertTrue(page.contains(firstLine.substring(0, 200)));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    /** The field {@code name} of a test of the page's data, found through the data's own list of fields. */
    private static JsonNode field(JsonNode json, JsonNode test, String name) {
        return test.get(index(json, "testFields", name));
    }

    private static int index(JsonNode json, String list, String name) {
        for (int i = 0; i < json.get(list).size(); i++) {
            if (json.get(list).get(i).asText().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(list + " lacks " + name);
    }
}
