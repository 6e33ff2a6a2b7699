package dev.aitest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    @Test
    void hasTheVerdictTheNumbersAndTheFailedAndFlakyTests() {
        String md = MarkdownReport.render(ReportFixtures.small());

        assertTrue(md.startsWith("# aitest: Chat agent\n\n**\u274C FAIL**: overall pass rate **58%** (7/12 runs, "
                + "95% CI 23-87%), threshold `aitest.minPassRate` 80%\n\n_Not conclusive: the 95% interval 23-87% holds "
                + "aitest.minPassRate 80%; about 5 more iterations would settle it, if the rate held._\n"), md);
        assertTrue(md.contains("| 3 | 5 | 1 | 1 | 2 | 1 | 15 | 4.3 s |\n"), md);
        assertTrue(md.contains("| \u274C failed | <code>a.Chat\\#broken</code> | 0/3 \u00B7 0% (0-56%) | model timed out after 10 s |\n"), md);
        assertTrue(md.contains("| \u26A0\uFE0F flaky | <code>a.Chat\\#flaky</code> | 2/3 \u00B7 67% (21-94%) | expected: &lt;42&gt; but was: &lt;41&gt; |\n"), md);
        assertTrue(md.contains("| 3 | 1 | SocketTimeoutException: model timed out after &lt;n&gt; s |\n"), md);
        assertFalse(md.contains("Agent leaderboard"));
    }

    @Test
    void controlsThatReorderTextAreDropped() {
        // a right-to-left override in a test name would reverse the pass rate printed after it
        assertEquals("<code>it.T\\#name(String)\\[evil\\]</code>",
                MarkdownReport.code("it.T#name(String)[\u202Eevil\u2066\u2069\u200F]"));
    }

    @Test
    void textFromTestsCannotBreakTheMarkdown() {
        assertEquals("a \\| b \\*c\\* &lt;script&gt; \\[x\\](y) \\`z\\` one line", MarkdownReport.escape(
                "a | b *c* <script> [x](y) `z` one\nline"));
        String md = MarkdownReport.render(ReportFixtures.small());
        assertFalse(md.contains("<script>"));
        assertFalse(md.contains("<img"));
        md.lines().filter(l -> l.startsWith("| ")).forEach(l -> assertTrue(l.endsWith(" |"), l));
    }

    @Test
    void aBigSuiteStaysUnder60KbAndSaysWhatWasLeftOut() {
        String md = MarkdownReport.render(ReportFixtures.big(20_000, 2));

        assertTrue(md.getBytes(StandardCharsets.UTF_8).length <= MarkdownReport.MAX_BYTES,
                md.getBytes(StandardCharsets.UTF_8).length + " bytes");
        long rows = md.lines().filter(l -> l.startsWith("| \u26A0\uFE0F flaky |")).count();
        assertTrue(rows > 100, rows + " rows");
        assertTrue(md.contains("\n_" + (1_000 - rows) + " more failed or flaky tests left out to keep this report short; "
                + "see report.html or results.json._\n"), md.substring(md.length() - 3000));
    }
}
