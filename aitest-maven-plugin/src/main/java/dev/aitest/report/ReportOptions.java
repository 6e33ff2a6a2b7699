package dev.aitest.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Which reports to write next to results.json.
 *
 * @param html {@code report.html} ({@code aitest.html})
 * @param markdown {@code report.md} ({@code aitest.markdown})
 * @param junitXml the JUnit XML of the merged results, one {@code TEST-<class>.xml} per test class in
 *     {@code junit/}, for CI test reporters
 */
public record ReportOptions(boolean html, boolean markdown, boolean junitXml) {

    /** Every report. */
    public static final ReportOptions ALL = new ReportOptions(true, true, true);
    /** results.json alone. */
    public static final ReportOptions NONE = new ReportOptions(false, false, false);

    /** The formats asked for, in the order they are written. */
    public List<ReportFormat> formats() {
        List<ReportFormat> formats = new ArrayList<>(3);
        if (html) {
            formats.add(ReportFormat.HTML);
        }
        if (markdown) {
            formats.add(ReportFormat.MARKDOWN);
        }
        if (junitXml) {
            formats.add(ReportFormat.JUNIT_XML);
        }
        return formats;
    }
}
