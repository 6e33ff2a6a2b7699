package dev.aitest.report;

/**
 * Which reports to write next to results.json.
 *
 * @param html {@code report.html} ({@code aitest.html})
 * @param markdown {@code report.md} ({@code aitest.markdown})
 */
public record ReportOptions(boolean html, boolean markdown) {

    /** Every report. */
    public static final ReportOptions ALL = new ReportOptions(true, true);
}
