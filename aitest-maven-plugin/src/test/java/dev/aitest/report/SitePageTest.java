package dev.aitest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.facts.Facts;
import org.junit.jupiter.api.Test;

class SitePageTest {

    private static String page(Facts facts, String href) {
        HtmlPageSink sink = new HtmlPageSink();
        SitePage.render(facts, href, "target/aitest-reports/results.json", sink);
        return sink.html();
    }

    @Test
    void hasTheVerdictTheCountsTheIntervalsAndTheFailedAndFlakyTests() {
        String html = page(Facts.of(ReportFixtures.small()), "aitest/report.html");

        assertTrue(html.contains("<title>aitest: Chat agent</title>"), html);
        assertTrue(html.contains("<p><strong>FAIL: </strong>overall pass rate 58% (7/12 runs; 95% CI 23-87%), "
                + "threshold aitest.minPassRate 80%.</p>"), html);
        assertTrue(html.contains("<p>Not conclusive: the 95% interval 23-87% holds aitest.minPassRate 80%; about 5 "
                + "more iterations would settle it, if the rate held.</p>"), html);
        assertTrue(html.contains("<tr><td>3</td><td>5</td><td>1</td><td>1</td><td>2</td><td>1</td><td>15</td>"
                + "<td>4.3 s</td></tr>"), html);
        assertTrue(html.contains("<tr><td>failed</td><td>a.Chat#broken</td><td>0/3 \u00B7 0% (0-56%)</td>"
                + "<td>EEE</td><td>model timed out after 10 s</td></tr>"), html);
        assertTrue(html.contains("<td>flaky</td><td>a.Chat#flaky</td><td>2/3 \u00B7 67% (21-94%)</td>"), html);
        assertTrue(html.contains("<td>expected: &lt;42&gt; but was: &lt;41&gt;</td>"), html);
        assertTrue(html.contains("<a href=\"aitest/report.html\">the full report</a>"), html);
        assertFalse(html.contains("Agent leaderboard"), html);
    }

    @Test
    void withoutReportHtmlThereIsNoLink() {
        assertFalse(page(Facts.of(ReportFixtures.small()), null).contains("<a "));
    }

    @Test
    void textFromTestsIsShownAsText() {
        String html = page(Facts.of(ReportFixtures.small()), null);
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<img"), html);
        assertEquals("&lt;b&gt; &quot;x&quot; &amp; &#39;y&#39; evil", HtmlPageSink.escape("<b> \"x\" & 'y' \u202Eevil"));
    }

    @Test
    void aProjectWithoutResultsIsToldHowToProduceThem() {
        HtmlPageSink sink = new HtmlPageSink();
        SitePage.renderMissing("demo", "target/aitest-reports/results.json", null, sink);

        assertTrue(sink.html().contains("<p><strong>No results yet: </strong>target/aitest-reports/results.json does "
                + "not exist."), sink.html());
        assertTrue(sink.html().contains("<pre>mvn verify site -Daitest.iterations=5</pre>"), sink.html());
    }
}
