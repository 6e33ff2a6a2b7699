package dev.aitest.report;

import java.util.List;

/**
 * Where {@link SitePage} writes a page: the few structures a documentation page is made of. Maven's site gives the
 * page to Doxia through an adapter in the Maven package; {@link HtmlPageSink} writes it as plain HTML. Every text is
 * plain text: each sink escapes it for its format.
 */
public interface PageSink {

    /** The page's title, once, before anything else. */
    void title(String text);

    /** Opens a section of {@code level} (1 to 3) headed {@code heading}. */
    void section(int level, String heading);

    /** Closes the section of {@code level} opened last. */
    void sectionEnd(int level);

    /** A paragraph whose {@code strong} part, when not null, is shown in bold before {@code text}. */
    void paragraph(String strong, String text);

    /** A paragraph made of {@code before}, a link to {@code href} labelled {@code label}, and {@code after}. */
    void link(String before, String href, String label, String after);

    /** A table: one header row and rows of as many cells. */
    void table(List<String> header, List<List<String>> rows);

    /** Text shown as written, in monospace (a command line). */
    void verbatim(String text);
}
