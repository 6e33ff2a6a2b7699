package dev.aitest.report;

import dev.aitest.facts.Formats;
import java.util.List;

/**
 * A {@link PageSink} that writes a whole HTML page: what the site report's goal writes when it runs on its own,
 * outside {@code mvn site}, and what its tests read.
 */
public final class HtmlPageSink implements PageSink {

    private final StringBuilder body = new StringBuilder();
    private String title = "";

    @Override
    public void title(String text) {
        title = text;
    }

    @Override
    public void section(int level, String heading) {
        body.append("<section>\n<h").append(level + 1).append('>').append(escape(heading)).append("</h")
                .append(level + 1).append(">\n");
    }

    @Override
    public void sectionEnd(int level) {
        body.append("</section>\n");
    }

    @Override
    public void paragraph(String strong, String text) {
        body.append("<p>");
        if (strong != null) {
            body.append("<strong>").append(escape(strong)).append("</strong>");
        }
        body.append(escape(text)).append("</p>\n");
    }

    @Override
    public void link(String before, String href, String label, String after) {
        body.append("<p>").append(escape(before)).append("<a href=\"").append(escape(href)).append("\">")
                .append(escape(label)).append("</a>").append(escape(after)).append("</p>\n");
    }

    @Override
    public void table(List<String> header, List<List<String>> rows) {
        body.append("<table>\n<tr>");
        header.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
        body.append("</tr>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            row.forEach(c -> body.append("<td>").append(escape(c)).append("</td>"));
            body.append("</tr>\n");
        }
        body.append("</table>\n");
    }

    @Override
    public void verbatim(String text) {
        body.append("<pre>").append(escape(text)).append("</pre>\n");
    }

    /** The page written so far. */
    public String html() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n<title>" + escape(title)
                + "</title>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n" + body + "</body>\n</html>\n";
    }

    /** Text that HTML shows as written. */
    static String escape(String raw) {
        String text = raw == null ? "" : Formats.withoutBidiControls(raw);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
