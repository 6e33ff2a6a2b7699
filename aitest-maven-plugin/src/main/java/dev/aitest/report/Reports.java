package dev.aitest.report;

import dev.aitest.model.Results;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the human reports next to results.json, from the same in-memory results. */
public final class Reports {

    private Reports() {
    }

    /** Renders the reports {@code options} ask for without writing them (their text is dropped). */
    public static void render(Results results, ReportOptions options, String pluginVersion) {
        if (options.html()) {
            new HtmlReport().render(results, pluginVersion);
        }
        if (options.markdown()) {
            MarkdownReport.render(results);
        }
    }

    /**
     * Writes {@code report.html} and {@code report.md} as {@code options} ask.
     *
     * @return the files written
     */
    public static List<Path> write(Results results, Path directory, ReportOptions options, String pluginVersion)
            throws IOException {
        List<Path> written = new ArrayList<>();
        if (options.html()) {
            Path html = directory.resolve(HtmlReport.FILE_NAME);
            new HtmlReport().write(results, html, pluginVersion);
            written.add(html);
        }
        if (options.markdown()) {
            Path markdown = directory.resolve(MarkdownReport.FILE_NAME);
            MarkdownReport.write(results, markdown);
            written.add(markdown);
        }
        return written;
    }
}
