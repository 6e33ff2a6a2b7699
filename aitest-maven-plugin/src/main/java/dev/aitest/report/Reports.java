package dev.aitest.report;

import dev.aitest.facts.Facts;
import dev.aitest.store.ReportsLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the reports next to results.json, from the one facts view of the results. */
public final class Reports {

    private Reports() {
    }

    /** Renders the reports {@code options} ask for without writing them (their text is dropped). */
    public static void render(Facts facts, ReportOptions options, String pluginVersion) {
        if (options.html()) {
            new HtmlReport().render(facts, pluginVersion);
        }
        if (options.markdown()) {
            MarkdownReport.render(facts);
        }
        if (options.junitXml()) {
            JUnitXmlReport.render(facts.results());
        }
    }

    /**
     * Writes {@code report.html}, {@code report.md} and the JUnit XML folder as {@code options} ask.
     *
     * @return the files written, and the JUnit XML folder when it was
     */
    public static List<Path> write(Facts facts, ReportsLayout layout, ReportOptions options, String pluginVersion)
            throws IOException {
        List<Path> written = new ArrayList<>();
        if (options.html()) {
            new HtmlReport().write(facts, layout.reportHtml(), pluginVersion);
            written.add(layout.reportHtml());
        }
        if (options.markdown()) {
            MarkdownReport.write(facts, layout.reportMarkdown());
            written.add(layout.reportMarkdown());
        }
        if (options.junitXml()) {
            JUnitXmlReport.write(facts.results(), layout.junitDirectory());
            written.add(layout.junitDirectory());
        }
        return written;
    }
}
