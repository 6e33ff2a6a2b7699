package dev.aitest.run;

import static dev.aitest.merge.SurefireXml.passed;
import static dev.aitest.merge.SurefireXml.report;
import static dev.aitest.merge.SurefireXml.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aitest.cost.Pricing;
import dev.aitest.model.Environment;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Results;
import dev.aitest.port.RecordingConsole;
import dev.aitest.report.ReportFixtures;
import dev.aitest.report.ReportOptions;
import dev.aitest.store.ResultsJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results a run wrote, taken by a later goal of the build instead of reading results.json while it is unchanged. */
class WrittenResultsTest {

    @TempDir
    Path dir;

    @Test
    void theResultsWrittenAreTakenWhileTheFileIsTheOneWritten() throws IOException {
        Path file = dir.resolve("results.json");
        Results results = ReportFixtures.small();
        ResultsJson.write(results, file);

        WrittenResults written = WrittenResults.of(file, results);

        assertSame(results, written.ifUnchanged(file));
        assertSame(results, written.ifUnchanged(dir.resolve("x/../results.json")));
        assertSame(results, WrittenResults.read(file, written));
        assertNull(written.ifUnchanged(dir.resolve("other.json")));
    }

    @Test
    void aFileWrittenAgainOrRemovedIsReadOrRefusedAsWithout() throws IOException {
        Path file = dir.resolve("results.json");
        Results results = ReportFixtures.small();
        ResultsJson.write(results, file);
        WrittenResults written = WrittenResults.of(file, results);

        Results other = results.toBuilder().iterations(results.run().iterations() + 1).build();
        ResultsJson.write(other, file);

        assertNull(written.ifUnchanged(file));
        assertEquals(other, WrittenResults.read(file, written));
        Files.delete(file);
        assertNull(written.ifUnchanged(file));
        assertEquals(assertThrows(IOException.class, () -> ResultsJson.read(file)).getClass(),
                assertThrows(IOException.class, () -> WrittenResults.read(file, written)).getClass());
    }

    @Test
    void withoutWrittenResultsTheFileIsRead() throws IOException {
        Path file = dir.resolve("results.json");
        Results results = ReportFixtures.small();
        ResultsJson.write(results, file);

        Results read = WrittenResults.read(file, null);

        assertEquals(results, read);
        assertNotSame(results, read);
        assertNull(WrittenResults.of(dir.resolve("none.json"), results), "no file, nothing to tell apart");
    }

    @Test
    void aRunKeepsItsFinalResultsAsResultsJsonHoldsThem() throws IOException {
        Path reports = dir.resolve("target/aitest-reports");
        AitestRun run = new AitestRun(new RunSettings(2, 1, 100, reports, new Environment("3.9.16", "3.5.4", "17"),
                Pricing.builtIn(), new ProjectInfo("x", "m", "1", "m"), ReportOptions.ALL, "test"), iteration -> {
                    try {
                        write(iteration.reportsDirectory(), "TEST-it.ATest.xml", report("it.ATest",
                                passed("it.ATest", "answers", "0.1")));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, new RecordingConsole());

        RunCompletion outcome = run.execute();

        Path file = reports.resolve("results.json");
        assertSame(outcome.results(), run.written().ifUnchanged(file));
        assertEquals(ResultsJson.read(file), run.written().ifUnchanged(file));
        assertEquals(List.of("it.ATest"), outcome.results().tests().stream().map(t -> t.identity().className()).distinct().toList());
    }
}
