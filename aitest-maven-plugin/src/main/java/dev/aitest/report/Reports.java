package dev.aitest.report;

import dev.aitest.facts.Facts;
import dev.aitest.store.AtomicFiles;
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
        for (ReportFormat format : options.formats()) {
            format.render(facts, pluginVersion);
        }
    }

    /**
     * Writes {@code report.html}, {@code report.md} and the JUnit XML folder as {@code options} ask; each is tried
     * even when another failed.
     *
     * @return the files written, and the JUnit XML folder when it was
     * @throws IOException naming each report that could not be written or rendered, and why
     */
    public static List<Path> write(Facts facts, ReportsLayout layout, ReportOptions options, String pluginVersion)
            throws IOException {
        List<Path> written = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        IOException first = null;
        for (ReportFormat format : options.formats()) {
            Path file = format.file(layout);
            try {
                format.write(facts, file, pluginVersion);
                written.add(file);
            } catch (IOException e) {
                failed.add(e instanceof AtomicFiles.FailedException ? e.getMessage()
                        : "cannot write " + file + " (" + AtomicFiles.why(e) + ")");
                first = first == null ? e : first;
            } catch (RuntimeException e) {
                failed.add("cannot render " + file + " (" + e + ")");
                first = first == null ? new IOException(e) : first;
            }
        }
        if (!failed.isEmpty()) {
            throw new IOException(String.join("; ", failed), first);
        }
        return written;
    }
}
