package dev.aitest.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.facts.AiMarkdown;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerProcessorTest {

    private static final Map<String, String> FACTS = Map.of(
            "overall.passRate", "71.43 %",
            "usage.cost", "$0.0123",
            "usage.tokens", "12,345",
            "test.3.id", "it.ParamTest#square(int)[3]",
            "test.3.passRate", "66.67 %",
            "agent.1.name", "<img src=x onerror=alert(1)>");

    private static AnswerProcessor.Processed process(String answer) {
        return AnswerProcessor.process(answer, FACTS);
    }

    /** The summary as a reader sees it: the Markdown rendered, tags stripped. */
    private static String text(AnswerProcessor.Processed p) {
        return AiMarkdown.toHtml(p.markdown()).replaceAll("<[^>]+>", "").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String section(String markdown, String name) {
        int start = markdown.indexOf("### " + name + "\n");
        int end = markdown.indexOf("\n### ", start + 1);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    @Test
    void placeholdersAreReplacedWithTheFactsExactValues() {
        AnswerProcessor.Processed p = process("## Verdict\nThe pass rate is {{overall.passRate}} and "
                + "{{ test.3.id }} passes {{test.3.passRate}}; it cost {{usage.cost}} for {{usage.tokens}} tokens.");
        assertTrue(text(p).contains("The pass rate is 71.43 % and it.ParamTest#square(int)[3] passes "
                + "66.67 %; it cost $0.0123 for 12,345 tokens."), p.markdown());
        assertEquals(0, p.numbersRemoved());
        assertEquals(0, p.unknownPlaceholders());
        assertTrue(p.structured());
    }

    @Test
    void aUnitNextToAPlaceholderIsNotSaidTwice() {
        String text = text(process("## Verdict\n{{overall.passRate}}% and ${{usage.cost}} and {{overall.PASSRATE}} %"));
        assertTrue(text.contains("71.43 % and $0.0123 and 71.43 %"), text);
    }

    @Test
    void numbersTheModelTypedNextToPercentDollarOrTokensAreRemovedAndCounted() {
        AnswerProcessor.Processed p = process("## Verdict\nAbout 71.4% pass (71 percent), costing $0.01 or "
                + "US$ 1,200.50 or 3 USD, using 12,345 tokens and 5k input tokens; **99%** in `42 %`. Iteration 2 of 3 "
                + "failed in test42.");
        assertEquals(9, p.numbersRemoved());
        String md = p.markdown();
        assertFalse(md.matches("(?s).*\\d+(\\.\\d+)? ?%.*"), md);
        assertFalse(md.contains("$0.01") || md.contains("1,200") || md.contains("12,345"), md);
        assertTrue(md.contains("About (number removed) pass ((number removed)), costing (number removed) or (number "
                + "removed) or (number removed), using (number removed) and (number removed); **(number removed)** in "
                + "`(number removed)`. Iteration 2 of 3 failed in test42."), md);
    }

    @Test
    void placeholderValuesAreNeverTakenForTypedNumbers() {
        AnswerProcessor.Processed p = process("## Verdict\n{{overall.passRate}} with {{usage.tokens}} tokens");
        assertEquals(0, p.numbersRemoved());
        assertTrue(text(p).contains("71.43 % with 12,345 tokens"), p.markdown());
    }

    @Test
    void unknownPlaceholdersAreRemovedAndCounted() {
        AnswerProcessor.Processed p = process("## Verdict\nRate {{overall.passRates}}, {{made.up}}%.");
        assertEquals(2, p.unknownPlaceholders());
        assertTrue(p.markdown().contains("Rate (unknown value), (unknown value)%."), p.markdown());
    }

    @Test
    void theFiveSectionsComeInOrderWhateverTheModelWrote() {
        AnswerProcessor.Processed p = process("""
                Intro line.

                # Recommendations
                1. Fix it.

                ### FLAKY TESTS:
                - one

                ## Details
                more text
                """);
        String md = p.markdown();
        assertTrue(md.indexOf("### Verdict") < md.indexOf("### Flaky tests"), md);
        assertTrue(md.indexOf("### Flaky tests") < md.indexOf("### Systematic failures"), md);
        assertTrue(md.indexOf("### Cost and tokens") < md.indexOf("### Recommendations"), md);
        assertTrue(section(md, "Verdict").contains("Intro line."), md);
        assertTrue(section(md, "Flaky tests").contains("**Details**"), "another heading becomes bold text: " + md);
        assertTrue(section(md, "Systematic failures").contains("_" + AnswerProcessor.EMPTY_SECTION + "_"), md);
        assertTrue(section(md, "Recommendations").contains("1. Fix it."), md);
        assertTrue(p.structured());
        assertFalse(process("Just text.").structured());
        assertTrue(section(process("Just text.").markdown(), "Verdict").contains("Just text."));
    }

    @Test
    void markupFromTheModelDoesNotSurvive() {
        AnswerProcessor.Processed p = process("""
                ## Verdict
                <script>alert(1)</script> [click](javascript:alert(1)) ![pic](https://evil.example/x.png)
                <a href="https://evil.example">a</a> see https://evil.example/path and {{agent.1.name}}

                <div onclick="alert(1)">block</div>

                [ref]: https://evil.example
                """);
        String html = AiMarkdown.toHtml(p.markdown());
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<a "), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<div"), html);
        assertFalse(html.contains("href=\""), html);
        // a line that starts with a tag is an HTML block: all of it is shown as text, the link syntax too
        assertTrue(html.contains("<p>&lt;script&gt;alert(1)&lt;/script&gt; [click](<code>javascript:alert</code>(1))"),
                html);
        assertTrue(html.contains("<code>https://evil.example/path</code>"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "a fact's value is text too: " + html);
        assertTrue(html.contains("&lt;div onclick=&quot;alert(1)&quot;&gt;block&lt;/div&gt;"), html);
    }

    @Test
    void linksInTextKeepOnlyTheirTextAndImagesTheirAltText() {
        String html = AiMarkdown.toHtml(process("## Verdict\nSee [click](javascript:alert(1)) and "
                + "![pic](https://evil.example/x.png) and [doc](https://evil.example).").markdown());
        assertTrue(html.contains("<p>See click and pic and doc.</p>"), html);
        assertFalse(html.contains("javascript:") || html.contains("evil.example"), html);
    }

    @Test
    void aVeryLongAnswerIsCutAtABlockAndSaysSo() {
        StringBuilder answer = new StringBuilder("## Verdict\n");
        for (int i = 0; i < 2_000; i++) {
            answer.append("Paragraph number ").append(i).append(" says something.\n\n");
        }
        String md = process(answer.toString()).markdown();
        assertTrue(md.length() <= AnswerProcessor.MAX_CHARS + 500, "length " + md.length());
        assertTrue(md.contains("_The rest of the answer was cut: it was longer than 16,000 characters._"), md);
        assertTrue(md.contains("### Recommendations"), "every section heading stays");
    }
}
