package dev.aitest.run;

import dev.aitest.gate.GivenCriteria;
import dev.aitest.gate.Decision;
import static dev.aitest.merge.SurefireXml.failed;
import static dev.aitest.merge.SurefireXml.passed;
import static dev.aitest.merge.SurefireXml.report;
import static dev.aitest.merge.SurefireXml.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.baseline.Baseline;
import dev.aitest.baseline.BaselineFile;
import dev.aitest.cost.Pricing;
import dev.aitest.facts.BaselineView;
import dev.aitest.facts.Facts;
import dev.aitest.model.BaselineChange;
import dev.aitest.model.BaselineComparison;
import dev.aitest.model.Environment;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Results;
import dev.aitest.port.RecordingConsole;
import dev.aitest.publish.Publisher;
import dev.aitest.report.ConsoleReport;
import dev.aitest.report.ReportOptions;
import dev.aitest.store.ReportsLayout;
import dev.aitest.store.ResultsJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run compared with a baseline, end to end through the real run, publisher and reports: {@code a} passed every
 * time in the baseline and fails every time now, {@code b} the other way round, {@code c} passes in both. The
 * figures are checked in ComparisonTest against an independent implementation; here: that they arrive everywhere.
 */
class BaselineRunTest {

    private static final String REPORT = "target/aitest-reports/results.json";

    @TempDir
    Path temp;

    private final RecordingConsole console = new RecordingConsole();

    private Results run(Path reports, boolean after, Baseline baseline) throws IOException {
        IterationRunner runner = it -> {
            try {
                String a = after ? failed("t.T", "a", "0.1", "wrong", "java.lang.AssertionError", "x")
                        : passed("t.T", "a", "0.1");
                String b = after ? passed("t.T", "b", "0.1")
                        : failed("t.T", "b", "0.1", "wrong", "java.lang.AssertionError", "x");
                write(it.reportsDirectory(), "TEST-t.T.xml", report("t.T", a, b, passed("t.T", "c", "0.1")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        RunSettings settings = new RunSettings(5, 1, 0.0, reports, new Environment("3.9.16", "3.5.4", "17"),
                Pricing.builtIn(), new ProjectInfo("com.x", "shop", "1.0", "Shop"), ReportOptions.ALL, "test")
                .withBaseline(baseline);
        return new AitestRun(settings, runner, console).execute().results();
    }

    @Test
    void aRunComparedWithACommittedBaselineSaysWhatRegressedEverywhere() throws IOException {
        Results before = run(temp.resolve("before"), false, null);
        Path file = temp.resolve("aitest-baseline.json");
        BaselineFile.write(before, file);

        Results after = run(temp.resolve("after"), true, Baseline.read(file));

        BaselineComparison comparison = after.baseline();
        assertEquals(file.toString(), comparison.source().path());
        assertEquals(5, comparison.source().iterations());
        assertEquals(List.of(BaselineChange.REGRESSED, BaselineChange.IMPROVED),
                comparison.tests().stream().map(t -> t.change()).toList());
        // one-sided Fisher: 0/5 now against 5/5 then is 1/C(10,5) = 1/252; Holm over the three matched tests: x3
        assertEquals(1 / 252.0, comparison.tests().get(0).pValue(), 1e-12);
        assertEquals(3 / 252.0, comparison.tests().get(0).adjustedPValue(), 1e-12);
        assertEquals(1, comparison.counts().regressed());
        assertEquals(1, comparison.counts().unchanged());
        // -100, +100 and 0 points: no overall change beyond noise
        assertEquals(0.0, comparison.overall().difference());
        assertFalse(comparison.overall().regressed());
        assertEquals(comparison, ResultsJson.read(temp.resolve("after/results.json")).baseline());

        List<String> lines = ConsoleReport.lines(after, "target/aitest-reports");
        assertTrue(lines.contains("aitest: against the baseline " + file + " (5 iterations): pass rate 0 points (95% CI "
                + "-100 to +100) over 3 tests: within noise; 1 regressed, 1 improved, 0 changed, 1 unchanged, 0 new, "
                + "0 removed"), lines.toString());
        assertTrue(lines.contains("aitest:   regressed t.T#a 5/5 \u00B7 100% then, 0/5 \u00B7 0% now (p 0.004, adjusted "
                + "0.012)"), lines.toString());
        String md = Files.readString(temp.resolve("after/report.md"));
        assertTrue(md.contains("## Compared with the baseline"), md);
        assertTrue(md.contains("| regressed | <code>t.T\\#a</code> | 5/5 \u00B7 100% | 0/5 \u00B7 0% | 0.004 (0.012) |"),
                md);
        String html = Files.readString(temp.resolve("after/report.html"));
        assertTrue(html.contains("id=\"baseline-tests\""), "the comparison section");
        BaselineView view = Facts.of(after).baseline();
        assertEquals("1 regressed, 1 improved, 0 changed, 1 unchanged, 0 new, 0 removed", view.counts());
    }

    @Test
    void verifyFailsOnARegressionOnlyWhenAskedTo() throws IOException {
        Results before = run(temp.resolve("before"), false, null);
        Results after = run(temp.resolve("after"), true, Baseline.of(before, "main/results.json"));

        Decision reported = Decision.of(after, GivenCriteria.NONE, false, false, REPORT);
        assertTrue(reported.verdict().passed());
        assertEquals(List.of("aitest: against the baseline main/results.json, 1 test regressed: t.T#a 5/5 \u00B7 100% "
                + "then, 0/5 \u00B7 0% now (p 0.004, adjusted 0.012) (aitest.failOnRegression=true fails the build on "
                + "this)"), reported.notes());

        Decision failing = Decision.of(after, GivenCriteria.NONE, false, true, REPORT);
        assertFalse(failing.verdict().passed());
        assertEquals("aitest: against the baseline main/results.json, 1 test regressed: t.T#a 5/5 \u00B7 100% then, "
                + "0/5 \u00B7 0% now (p 0.004, adjusted 0.012) - see " + REPORT, failing.verdict().message());
        assertEquals(List.of(), failing.notes());

        // nothing regressed: the same run against itself passes with the flag
        Results same = run(temp.resolve("same"), true, Baseline.of(after, "after/results.json"));
        assertTrue(Decision.of(same, GivenCriteria.NONE, false, true, REPORT).verdict().passed());
        assertEquals(3, same.baseline().counts().unchanged());
    }

    @Test
    void aBaselineThatSharesNoTestIsAWarningNotAnError() throws IOException {
        Results before = run(temp.resolve("before"), false, null);
        Results renamed = before.toBuilder().tests(before.tests().stream().map(t -> t.withNamesAndRuns(
                "u.U", t.identity().name(), t.iterations())).toList()).build();

        Results after = run(temp.resolve("after"), true, Baseline.of(renamed, "other.json"));

        assertTrue(after.baseline().sharesNoTest());
        assertTrue(console.warn.stream().anyMatch(w -> w.startsWith("aitest: the baseline other.json shares no test "
                + "with this run")), console.warn.toString());
        assertNull(after.baseline().overall().difference());
    }

    @Test
    void aitestReportComparesAnExistingRunWithABaseline() throws IOException {
        Results before = run(temp.resolve("before"), false, null);
        run(temp.resolve("after"), true, null);
        ReportsLayout layout = new ReportsLayout(temp.resolve("after"));
        Results stored = ResultsJson.read(layout.resultsJson());
        assertNull(stored.baseline());

        Publisher publisher = new Publisher(layout, ReportOptions.ALL, "test", console, null, null)
                .withBaseline(Baseline.read(temp.resolve("before/results.json")));
        Results compared = ReportRun.execute(stored, GivenCriteria.NONE, layout, Pricing.builtIn(), publisher,
                console).results();

        assertEquals(1, compared.baseline().counts().regressed());
        assertEquals(before.run().startedAt(), compared.baseline().source().startedAt());
        assertEquals(1, ResultsJson.read(layout.resultsJson()).baseline().counts().regressed());
    }

    @Test
    void aComparisonKeepsItsOwnConfidenceWhenTheResultsAreJudgedAtAnother() throws IOException {
        Results before = run(temp.resolve("before"), false, null);
        run(temp.resolve("after"), true, Baseline.of(before, "main/results.json"));
        ReportsLayout layout = new ReportsLayout(temp.resolve("after"));
        Results stored = ResultsJson.read(layout.resultsJson());
        assertEquals(0.95, stored.baseline().confidence());
        GivenCriteria stricter = new GivenCriteria(null, null, 0.99, null);

        // aitest:verify at 99%: the stored comparison was made at 95% and says so
        Decision decided = Decision.of(stored, stricter, false, false, REPORT);
        assertTrue(decided.notes().contains("aitest: the comparison with the baseline main/results.json was made at "
                + "95% confidence when " + REPORT + " was written and is used as it is; aitest:report "
                + "-Daitest.baseline=main/results.json -Daitest.confidence=0.99 compares again"), decided.notes().toString());

        // aitest:report at 99% without the baseline: the reports show the comparison at its own level, and say so
        Publisher publisher = new Publisher(layout, ReportOptions.ALL, "test", console, null, null);
        Results republished = ReportRun.execute(stored, stricter, layout, Pricing.builtIn(), publisher, console)
                .results();
        assertEquals(0.99, republished.criteria().confidenceLevel());
        assertEquals(0.95, republished.baseline().confidence());
        assertTrue(console.warn.stream().anyMatch(w -> w.startsWith("aitest: the comparison with the baseline "
                + "main/results.json was made at 95% confidence")), console.warn.toString());
        List<String> lines = ConsoleReport.lines(republished, "target/aitest-reports");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("aitest: against the baseline main/results.json (5 "
                + "iterations, run ") && l.endsWith("): pass rate 0 points (95% CI -100 to +100) over 3 tests: within "
                + "noise; 1 regressed, 1 improved, 0 changed, 1 unchanged, 0 new, 0 removed")), lines.toString());

        // with the baseline given again, the comparison is made at 99%
        Results again = ReportRun.execute(republished, GivenCriteria.NONE, layout, Pricing.builtIn(),
                publisher.withBaseline(Baseline.of(before, "main/results.json")), console).results();
        assertEquals(0.99, again.baseline().confidence());
    }
}
