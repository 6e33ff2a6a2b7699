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
        JsonNode tests = new ObjectMapper().readTree(data.group(1)).get("tests");
        assertEquals(5, tests.size());
        JsonNode hostile = tests.get(2);
        assertEquals("a.Chat#" + ReportFixtures.HOSTILE_NAME, hostile.get(0).asText());
        assertEquals(ReportFixtures.HOSTILE, hostile.get(10).get(2).get(5).asText());
    }

    @Test
    void theDataHoldsTheNumbersOfResultsJson() throws Exception {
        JsonNode flaky = new ObjectMapper().readTree(HtmlReport.data(ReportFixtures.small())).get("tests").get(1);
        assertEquals("a.Chat#flaky", flaky.get(0).asText());
        assertEquals("flaky", flaky.get(1).asText());
        assertEquals(66.67, flaky.get(2).asDouble());
        assertEquals(2, flaky.get(3).asInt());
        assertEquals(1, flaky.get(4).asInt());
        assertEquals(320, flaky.get(6).asLong());
        assertEquals("failed", flaky.get(10).get(1).get(1).asText());
    }

    @Test
    void theDataIsSafeInsideAScriptElementAndKeepsItsMeaning() throws Exception {
        String data = HtmlReport.data(ReportFixtures.small());
        assertFalse(data.contains("<") || data.contains(">") || data.contains("&"));
        assertTrue(data.contains("\\u003c/script\\u003e\\u003cscript\\u003ewindow.__pwned = true;"), data);
        JsonNode traces = new ObjectMapper().readTree(data).get("traces");
        assertEquals(ReportFixtures.HOSTILE, traces.get(traces.size() - 1).asText());
    }
}
