package dev.aitest.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * Shows the AI summary, Markdown written by a model, without trusting it: raw HTML is shown as text, a link as its
 * text (its target is dropped, so nothing can be followed), an image as its alt text, and a bare URL or e-mail
 * address as code so that no renderer turns it into a link. The same rules apply to report.html and report.md,
 * every time the summary is shown, also when it comes from a results.json someone edited.
 */
public final class AiMarkdown {

    /** The sections of a summary, in order. */
    public static final List<String> SECTIONS = List.of("Verdict", "Flaky tests", "Systematic failures",
            "Cost and tokens", "Recommendations");
    /** The largest summary report.md shows, in bytes. */
    public static final int MAX_MARKDOWN_BYTES = 20_000;
    /** The heading level of the sections in the stored Markdown. */
    public static final int SECTION_LEVEL = 3;

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .percentEncodeUrls(true).build();
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder().build();
    private static final Pattern LINKABLE = Pattern.compile(
            "(?i)\\b(?:(?:https?|ftp|file|mailto|javascript|data|vbscript):[^\\s<>()\\[\\]`\"']+|www\\.[^\\s<>()\\[\\]`\"']+"
                    + "|[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\\.[A-Z0-9-]+)*\\.[A-Z]{2,})");

    private AiMarkdown() {
    }

    /** Parses Markdown. */
    public static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }

    /** Writes a document as Markdown. */
    public static String render(Node document) {
        return MARKDOWN.render(document);
    }

    /** The summary as HTML for report.html: sanitised, sections as {@code h4}, any other heading as bold text. */
    public static String toHtml(String markdown) {
        Node document = parse(markdown);
        sanitize(document);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + 1));
            }
        }
        demoteHeadings(document, SECTION_LEVEL + 1);
        return HTML.render(document);
    }

    /**
     * The summary as Markdown for report.md: sanitised, sections as level-3 headings, whole blocks kept while it
     * stays under {@link #MAX_MARKDOWN_BYTES}.
     */
    public static String toMarkdown(String markdown) {
        Node document = parse(markdown);
        sanitize(document);
        demoteHeadings(document, SECTION_LEVEL);
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        Node block = document.getFirstChild();
        while (block != null) {
            Node next = block.getNext();
            String rendered = MARKDOWN.render(document(List.of(block))).strip() + "\n\n";
            int size = rendered.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_MARKDOWN_BYTES) {
                out.append("_The rest of the AI summary was left out to keep this report short; see report.html or "
                        + "results.json._\n");
                break;
            }
            out.append(rendered);
            bytes += size;
            block = next;
        }
        return out.toString().strip();
    }

    /**
     * Makes a parsed document safe: raw HTML becomes text, links become their text, images their alt text, link
     * reference definitions go, and URLs and e-mail addresses in text become code.
     */
    public static void sanitize(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            if (child instanceof HtmlBlock html) {
                Paragraph paragraph = new Paragraph();
                appendLines(paragraph, html.getLiteral());
                html.insertBefore(paragraph);
                html.unlink();
                sanitize(paragraph);
            } else if (child instanceof HtmlInline html) {
                Text text = new Text(html.getLiteral());
                html.insertBefore(text);
                html.unlink();
                next = text;
            } else if (child instanceof Image image) {
                Text text = new Text(plainText(image));
                image.insertBefore(text);
                image.unlink();
                next = text;
            } else if (child instanceof Link link) {
                Node first = link.getFirstChild();
                Node moving = first;
                while (moving != null) {
                    Node following = moving.getNext();
                    link.insertBefore(moving);
                    moving = following;
                }
                link.unlink();
                next = first != null ? first : next;
            } else if (child instanceof LinkReferenceDefinition) {
                child.unlink();
            } else if (child instanceof Text text) {
                next = codeForLinkable(text, next);
            } else {
                sanitize(child);
            }
            child = next;
        }
    }

    /** Headings other than the sections at {@code level} become bold paragraphs. */
    static void demoteHeadings(Node document, int level) {
        demote(document, level, true);
    }

    private static void demote(Node parent, int level, boolean top) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            if (child instanceof Heading heading) {
                if (!(top && heading.getLevel() == level && section(plainText(heading)) != null)) {
                    child.insertBefore(bold(heading));
                    child.unlink();
                }
            } else {
                demote(child, level, false);
            }
            child = next;
        }
    }

    /** The section a heading names, or null: "Cost &amp; Tokens", "2. Flaky tests:" and "FLAKY TESTS" all count. */
    public static String section(String heading) {
        String key = normalize(heading);
        for (String section : SECTIONS) {
            if (!key.isEmpty() && key.equals(normalize(section))) {
                return section;
            }
        }
        return null;
    }

    /** A heading's content as a bold paragraph. */
    public static Paragraph bold(Node heading) {
        Paragraph paragraph = new Paragraph();
        StrongEmphasis strong = new StrongEmphasis("**");
        Node moving = heading.getFirstChild();
        while (moving != null) {
            Node following = moving.getNext();
            strong.appendChild(moving);
            moving = following;
        }
        paragraph.appendChild(strong);
        return paragraph;
    }

    /** The text of a node and its children, without markup. */
    public static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        collect(node, out);
        return out.toString();
    }

    private static void collect(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                out.append(text.getLiteral());
            } else if (child instanceof Code code) {
                out.append(code.getLiteral());
            } else if (child instanceof SoftLineBreak) {
                out.append(' ');
            } else {
                collect(child, out);
            }
        }
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z]", "");
    }

    private static void appendLines(Node parent, String literal) {
        List<String> lines = literal.strip().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                parent.appendChild(new SoftLineBreak());
            }
            parent.appendChild(new Text(lines.get(i)));
        }
    }

    /** Splits a text around URLs and e-mail addresses, which become code; returns the node to go on with. */
    private static Node codeForLinkable(Text text, Node next) {
        String literal = text.getLiteral();
        Matcher matcher = LINKABLE.matcher(literal);
        if (!matcher.find()) {
            return next;
        }
        List<Node> parts = new ArrayList<>();
        int end = 0;
        do {
            if (matcher.start() > end) {
                parts.add(new Text(literal.substring(end, matcher.start())));
            }
            parts.add(new Code(matcher.group()));
            end = matcher.end();
        } while (matcher.find());
        if (end < literal.length()) {
            parts.add(new Text(literal.substring(end)));
        }
        for (Node part : parts) {
            text.insertBefore(part);
        }
        text.unlink();
        return next;
    }

    /** A new document holding {@code blocks}. */
    public static Document document(List<Node> blocks) {
        Document document = new Document();
        blocks.forEach(document::appendChild);
        return document;
    }
}
