package dev.aitest.report;

import dev.aitest.facts.Facts;
import dev.aitest.store.ReportsLayout;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A report written next to results.json from the one facts view of the results. {@link Reports} writes every format
 * {@link ReportOptions} asks for, each the same way; a new format is one more constant here.
 */
public enum ReportFormat {
    /** {@code report.html} ({@code aitest.html}). */
    HTML {
        @Override
        public Path file(ReportsLayout layout) {
            return layout.reportHtml();
        }

        @Override
        public void write(Facts facts, Path file, String pluginVersion) throws IOException {
            new HtmlReport().write(facts, file, pluginVersion);
        }

        @Override
        public void render(Facts facts, String pluginVersion) {
            new HtmlReport().render(facts, pluginVersion);
        }
    },
    /** {@code report.md} ({@code aitest.markdown}). */
    MARKDOWN {
        @Override
        public Path file(ReportsLayout layout) {
            return layout.reportMarkdown();
        }

        @Override
        public void write(Facts facts, Path file, String pluginVersion) throws IOException {
            MarkdownReport.write(facts, file);
        }

        @Override
        public void render(Facts facts, String pluginVersion) {
            MarkdownReport.render(facts);
        }
    },
    /** The JUnit XML folder, one {@code TEST-<class>.xml} per test class ({@code aitest.junitXml}). */
    JUNIT_XML {
        @Override
        public Path file(ReportsLayout layout) {
            return layout.junitDirectory();
        }

        @Override
        public void write(Facts facts, Path file, String pluginVersion) throws IOException {
            JUnitXmlReport.write(facts, file);
        }

        @Override
        public void render(Facts facts, String pluginVersion) {
            JUnitXmlReport.render(facts);
        }
    };

    /** Where it is written in {@code layout}: a file, or the JUnit XML's folder. */
    public abstract Path file(ReportsLayout layout);

    /** Writes it to {@code file}, whole or not at all. */
    public abstract void write(Facts facts, Path file, String pluginVersion) throws IOException;

    /** Renders it without writing it (the text is dropped): to find out whether it can be written. */
    public abstract void render(Facts facts, String pluginVersion);
}
