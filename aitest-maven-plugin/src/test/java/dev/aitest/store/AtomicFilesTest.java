package dev.aitest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aitest.facts.Facts;
import dev.aitest.model.Results;
import dev.aitest.report.HtmlReport;
import dev.aitest.report.ReportFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing is overwritten before the new content is known to be good. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAsItWas() throws IOException {
        Path file = dir.resolve("report.md");
        Files.writeString(file, "the good report");

        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half of a new rep");
            throw new IllegalStateException("the renderer broke");
        }));

        assertEquals("the good report", Files.readString(file));
        assertEquals(List.of("report.md"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aGoodReportHtmlSurvivesResultsItCannotRender() throws IOException {
        Path file = dir.resolve("report.html");
        new HtmlReport().write(Facts.of(ReportFixtures.small()), file, "test");
        String good = Files.readString(file);
        Results small = ReportFixtures.small();
        List<dev.aitest.model.TestResult> broken = new ArrayList<>(small.tests());
        broken.add(null);

        assertThrows(RuntimeException.class, () -> new HtmlReport().write(Facts.of(small.toBuilder().tests(broken)
                .build()), file, "test"));

        assertEquals(good, Files.readString(file));
        assertFalse(Files.exists(dir.resolve("report.html.partial")));
    }
}
