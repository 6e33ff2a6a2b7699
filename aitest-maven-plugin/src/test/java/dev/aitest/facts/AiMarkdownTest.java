package dev.aitest.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The AI summary is shown without trusting it, also when results.json was edited by hand. */
class AiMarkdownTest {

    private static final String HOSTILE = """
            ### Verdict

            Fine <script>window.__pwned = 1</script> and <b onclick="x()">bold</b>.

            <iframe src="https://evil.example"></iframe>

            - [docs](https://evil.example/phish "title") and [js](javascript:alert(document.cookie))
            - ![tracker](https://evil.example/pixel.gif) <https://evil.example/auto> mail me@evil.example
            - www.evil.example and `code stays`

            # A top heading

            > ## quoted heading

            ```html
            <script>inside code</script>
            ```
            """;

    @Test
    void htmlHasNoMarkupFromTheModelNoLinksNoImagesAndNoStyle() {
        String html = AiMarkdown.toHtml(HOSTILE);
        for (String bad : new String[] {"<script", "<b ", "<iframe", "<a ", "<img", "href=\"", "src=\"", "style=\"",
            "onclick=\"", "javascript:alert"}) {
            assertFalse(html.contains(bad), bad + " in " + html);
        }
        assertTrue(html.contains("<h4>Verdict</h4>"), html);
        assertTrue(html.contains("Fine &lt;script&gt;window.__pwned = 1&lt;/script&gt;"), html);
        assertTrue(html.contains("docs and js"), html);
        assertTrue(html.contains("tracker <code>https://evil.example/auto</code> mail <code>me@evil.example</code>"),
                html);
        assertTrue(html.contains("<code>www.evil.example</code> and <code>code stays</code>"), html);
        assertTrue(html.contains("<p><strong>A top heading</strong></p>"), "other headings become bold: " + html);
        assertTrue(html.contains("<blockquote>\n<p><strong>quoted heading</strong></p>"), html);
        assertTrue(html.contains("&lt;script&gt;inside code&lt;/script&gt;"), html);
    }

    @Test
    void markdownForGitHubHasNoRawHtmlNoLinksAndNoBareUrls() {
        String md = AiMarkdown.toMarkdown(HOSTILE);
        String outsideCode = md.replaceAll("(?s)```.*?```", "").replaceAll("`[^`]*`", "");
        assertFalse(outsideCode.matches("(?s).*(?<!\\\\)<[A-Za-z/!].*"), "every < of a tag is escaped: " + md);
        assertFalse(md.contains("]("), "no link or image syntax: " + md);
        assertFalse(md.contains("<https://"), md);
        assertTrue(md.contains("\\<script\\>window.\\_\\_pwned = 1\\</script\\>")
                || md.contains("\\<script>window.\\_\\_pwned = 1\\</script>"), md);
        assertTrue(md.contains("`https://evil.example/auto`"), md);
        assertTrue(md.contains("`www.evil.example`"), md);
        assertTrue(md.contains("### Verdict"), md);
        assertTrue(md.contains("**A top heading**"), md);
        // what GitHub would render: the same sanitised HTML, nothing clickable
        String rendered = AiMarkdown.toHtml(md);
        assertFalse(rendered.contains("<a ") || rendered.contains("<script"), rendered);
    }

    @Test
    void sectionNamesAreRecognisedLoosely() {
        assertEquals("Cost and tokens", AiMarkdown.section("Cost & Tokens"));
        assertEquals("Flaky tests", AiMarkdown.section("2. Flaky tests:"));
        assertEquals("Verdict", AiMarkdown.section("VERDICT"));
        assertNull(AiMarkdown.section("Details"));
    }

    @Test
    void aSummaryTooBigForReportMdIsCutAtABlock() {
        String big = "### Verdict\n\n" + "A paragraph of text that goes on.\n\n".repeat(2_000);
        String md = AiMarkdown.toMarkdown(big);
        assertTrue(md.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= AiMarkdown.MAX_MARKDOWN_BYTES
                + 200);
        assertTrue(md.endsWith("_The rest of the AI summary was left out to keep this report short; see report.html "
                + "or results.json._"), md.substring(md.length() - 200));
    }
}
