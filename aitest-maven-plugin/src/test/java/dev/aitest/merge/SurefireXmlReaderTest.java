package dev.aitest.merge;

import static dev.aitest.merge.SurefireXml.error;
import static dev.aitest.merge.SurefireXml.failed;
import static dev.aitest.merge.SurefireXml.passed;
import static dev.aitest.merge.SurefireXml.report;
import static dev.aitest.merge.SurefireXml.skipped;
import static dev.aitest.merge.SurefireXml.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.model.DamagedFile;
import dev.aitest.model.Run;
import dev.aitest.model.RunOutcome;
import dev.aitest.model.TestCase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurefireXmlReaderTest {

    private static final String CLS = "com.x.ATest";
    private static final String FAILURE_TRACE = "org.opentest4j.AssertionFailedError: expected: <1> but was: <2>\n"
            + "\tat org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:55)\n"
            + "\tat com.x.ATest.bad(ATest.java:17)";

    @TempDir
    Path dir;

    private final SurefireXmlReader reader = new SurefireXmlReader();

    private String fullSuite() {
        return report(CLS,
                passed(CLS, "ok", "0.012"),
                failed(CLS, "bad", "1.5", "expected: <1>", "org.opentest4j.AssertionFailedError", FAILURE_TRACE),
                error(CLS, "boom", "0.003", "npe", "java.lang.NullPointerException", "trace"),
                passed(CLS, "param(int)[3]", "0.2"),
                skipped(CLS, "off", "disabled"));
    }

    @Test
    void readsEveryTestCaseWithItsOutcome() throws IOException {
        write(dir, "TEST-com.x.ATest.xml", fullSuite());

        IterationReports reports = reader.readDirectory(dir, 4);

        assertEquals(List.of(), reports.damaged());
        List<TestCase> cases = reports.cases();
        assertEquals(List.of("com.x.ATest#ok", "com.x.ATest#bad", "com.x.ATest#boom", "com.x.ATest#param(int)[3]",
                "com.x.ATest#off"), cases.stream().map(TestCase::id).toList());
        assertEquals(new Run(4, RunOutcome.PASSED, 12, null, null, null), cases.get(0).run());
        assertEquals(new Run(4, RunOutcome.FAILED, 1500, "expected: <1>", "org.opentest4j.AssertionFailedError",
                FAILURE_TRACE), cases.get(1).run());
        assertEquals(new Run(4, RunOutcome.ERROR, 3, "npe", "java.lang.NullPointerException", "trace"),
                cases.get(2).run());
        assertEquals(new Run(4, RunOutcome.PASSED, 200, null, null, null), cases.get(3).run());
        assertEquals(new Run(4, RunOutcome.SKIPPED, 0, "disabled", null, null), cases.get(4).run());
        assertEquals(CLS, cases.get(3).className());
        assertEquals("param(int)[3]", cases.get(3).name());
    }

    @Test
    void capturedOutputIsNotTakenAsStackTrace() throws IOException {
        write(dir, "TEST-com.x.ATest.xml", report(CLS,
                failed(CLS, "bad", "0.1", "m", "java.lang.AssertionError", "line one\n\tat x.Y.z(Y.java:1)")));

        Run run = reader.readDirectory(dir, 1).cases().get(0).run();

        assertEquals("line one\n\tat x.Y.z(Y.java:1)", run.stackTrace());
    }

    @Test
    void theFirstOutcomeElementOfATestCaseWins() throws IOException {
        write(dir, "TEST-com.x.ATest.xml", report(CLS,
                "<testcase name=\"twice\" classname=\"com.x.ATest\" time=\"0.1\">"
                        + "<failure message=\"first\" type=\"java.lang.AssertionError\">first trace</failure>"
                        + "<error message=\"second\" type=\"java.lang.IllegalStateException\">second trace</error>"
                        + "</testcase>"));

        assertEquals(new Run(1, RunOutcome.FAILED, 100, "first", "java.lang.AssertionError", "first trace"),
                reader.readDirectory(dir, 1).cases().get(0).run());
    }

    @Test
    void surefireRerunElementsDoNotChangeTheOutcome() throws IOException {
        write(dir, "TEST-com.x.ATest.xml", report(CLS,
                "<testcase name=\"rerunPassed\" classname=\"com.x.ATest\" time=\"0.3\">"
                        + "<flakyFailure message=\"once\" type=\"java.lang.AssertionError\">"
                        + "<stackTrace>java.lang.AssertionError: once</stackTrace></flakyFailure>"
                        + "</testcase>",
                "<testcase name=\"rerunFailed\" classname=\"com.x.ATest\" time=\"0.4\">"
                        + "<failure message=\"first\" type=\"java.lang.AssertionError\">trace</failure>"
                        + "<rerunFailure message=\"again\" type=\"java.lang.AssertionError\">"
                        + "<stackTrace>java.lang.AssertionError: again</stackTrace></rerunFailure>"
                        + "</testcase>"));

        List<TestCase> cases = reader.readDirectory(dir, 1).cases();

        assertEquals(new Run(1, RunOutcome.PASSED, 300, null, null, null), cases.get(0).run());
        assertEquals(new Run(1, RunOutcome.FAILED, 400, "first", "java.lang.AssertionError", "trace"),
                cases.get(1).run());
    }

    @Test
    void aMissingClassNameFallsBackToTheSuiteName() throws IOException {
        write(dir, "TEST-com.x.BTest.xml", report("com.x.BTest", "<testcase name=\"t\" time=\"0.1\"/>"));

        assertEquals(List.of("com.x.BTest#t"),
                reader.readDirectory(dir, 1).cases().stream().map(TestCase::id).toList());
    }

    @Test
    void aTestNgInvocationIsNamedByItsParametersNotByTheOrderItFinishedIn() throws IOException {
        // @DataProvider(parallel = true): Surefire numbers the invocations in the order they finished, which differs
        // between iterations; q3 passed in iteration 1 and failed in iteration 2
        String ng = "it.ParallelNgTest";
        Path first = dir.resolve("iteration-1");
        Path second = dir.resolve("iteration-2");
        write(first, "TEST-TestSuite.xml", report("TestSuite", passed(ng, "answers[q1](1)", "0.1"),
                passed(ng, "answers[q2](2)", "0.2"), passed(ng, "answers[q3](3)", "0.3"),
                passed(ng, "pair[b, 2](4)", "0.1")));
        write(second, "TEST-TestSuite.xml", report("TestSuite", passed(ng, "pair[b, 2](1)", "0.1"),
                failed(ng, "answers[q3](2)", "0.3", "q3 fails", "java.lang.AssertionError", "trace"),
                passed(ng, "answers[q2](3)", "0.2"), passed(ng, "answers[q1](4)", "0.1")));

        Aggregator aggregator = new Aggregator(dev.aitest.cost.Pricing.builtIn());
        aggregator.add(new IterationData(1, 1000, null, reader.readDirectory(first, 1)));
        aggregator.add(new IterationData(2, 1000, null, reader.readDirectory(second, 2)));
        Aggregator.Merged merged = aggregator.merge();

        assertEquals(List.of("it.ParallelNgTest#answers[q3]", "it.ParallelNgTest#answers[q1]",
                "it.ParallelNgTest#answers[q2]", "it.ParallelNgTest#pair[b, 2]"),
                merged.tests().stream().map(t -> t.id()).toList());
        assertEquals(List.of("flaky", "passed", "passed", "passed"),
                merged.tests().stream().map(t -> t.outcome().json()).toList());
        assertEquals(List.of(RunOutcome.PASSED, RunOutcome.FAILED),
                merged.tests().get(0).iterations().stream().map(Run::outcome).toList());
        assertEquals(4, merged.totals().outcomes().tests());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "answers[q3](2)            | answers[q3]",
        "pair[b, 2](12)            | pair[b, 2]",
        "'nested[[x], (1)](3)'     | 'nested[[x], (1)]'",
        "word[a]                   | word[a]",
        "square(int)[3]            | square(int)[3]",
        "withInfo(TestInfo)        | withInfo(TestInfo)",
        "rep()[2]                  | rep()[2]",
        "plain                     | plain",
        "noBracket(1)              | noBracket(1)",
    })
    void onlyTheInvocationNumberAfterTestNgParametersIsDropped(String surefireName, String expected) {
        assertEquals(expected, SurefireXmlReader.testName(surefireName));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.5       | 1500",
        "1,234.5   | 1234500",
        "0.012     | 12",
        "0.0005    | 1",
        "0         | 0",
        "''        | 0",
        "abc       | 0",
    })
    void durationsAreConvertedFromSecondsToMilliseconds(String time, long expectedMs) throws IOException {
        write(dir, "TEST-com.x.ATest.xml", report(CLS, passed(CLS, "t", time)));

        assertEquals(expectedMs, reader.readDirectory(dir, 1).cases().get(0).run().durationMs());
    }

    @Test
    void onlyTestXmlFilesDirectlyInTheDirectoryAreReadInFileNameOrder() throws IOException {
        write(dir, "TEST-com.x.B.xml", report("com.x.B", passed("com.x.B", "b", "0.1")));
        write(dir, "TEST-com.x.A.xml", report("com.x.A", passed("com.x.A", "a", "0.1")));
        write(dir, "TEST-com.x.C.xml", report("com.x.C", passed("com.x.C", "c", "0.1")));
        write(dir, "com.x.D.xml", report("com.x.D", passed("com.x.D", "d", "0.1")));
        write(dir, "TEST-com.x.E.txt", report("com.x.E", passed("com.x.E", "e", "0.1")));
        write(dir, "com.x.F.txt", "plain summary, not a report");
        write(dir.resolve("sub"), "TEST-com.x.G.xml", report("com.x.G", passed("com.x.G", "g", "0.1")));

        IterationReports reports = reader.readDirectory(dir, 1);

        assertEquals(List.of("com.x.A#a", "com.x.B#b", "com.x.C#c"),
                reports.cases().stream().map(TestCase::id).toList());
        assertEquals(List.of(), reports.damaged());
    }

    @Test
    void aTruncatedFileKeepsTheCompleteTestCasesAndIsListedAsDamaged() throws IOException {
        String whole = report(CLS, passed(CLS, "first", "0.1"), passed(CLS, "second", "0.2"),
                failed(CLS, "third", "0.3", "m", "java.lang.AssertionError", "trace of third"));
        String cut = whole.substring(0, whole.indexOf("trace of third") + "trace of".length());
        Path truncated = write(dir, "TEST-com.x.ATest.xml", cut);
        write(dir, "TEST-com.x.ZTest.xml", report("com.x.ZTest", passed("com.x.ZTest", "after", "0.1")));

        IterationReports reports = reader.readDirectory(dir, 2);

        assertEquals(List.of("com.x.ATest#first", "com.x.ATest#second", "com.x.ZTest#after"),
                reports.cases().stream().map(TestCase::id).toList());
        assertEquals(1, reports.damaged().size());
        DamagedFile damaged = reports.damaged().get(0);
        assertEquals(2, damaged.iteration());
        assertEquals(truncated.toString(), damaged.file());
        assertFalse(damaged.error().isBlank());
        assertFalse(damaged.error().contains("\n"), damaged.error());
    }

    @Test
    void aFileCutInsideAnElementEndKeepsTheTestCasesBeforeIt() throws IOException {
        String whole = report(CLS, passed(CLS, "first", "0.1"), passed(CLS, "second", "0.2"),
                passed(CLS, "third", "0.3"));
        String cut = whole.substring(0, whole.indexOf("name=\"third\"") + "name=\"th".length());
        write(dir, "TEST-com.x.ATest.xml", cut);

        IterationReports reports = reader.readDirectory(dir, 1);

        assertEquals(List.of("com.x.ATest#first", "com.x.ATest#second"),
                reports.cases().stream().map(TestCase::id).toList());
        assertEquals(1, reports.damaged().size());
    }

    @Test
    void anEmptyFileIsDamagedWithNoTestCases() throws IOException {
        Path empty = write(dir, "TEST-com.x.ATest.xml", "");

        IterationReports reports = reader.readDirectory(dir, 1);

        assertEquals(List.of(), reports.cases());
        assertEquals(1, reports.damaged().size());
        assertEquals(empty.toString(), reports.damaged().get(0).file());
        assertFalse(reports.damaged().get(0).error().isBlank());
    }

    @Test
    void aFileThatIsNotXmlIsDamagedWithNoTestCases() throws IOException {
        Path notXml = write(dir, "TEST-com.x.ATest.xml", "Tests run: 3, Failures: 1, Errors: 0, Skipped: 0\n");

        IterationReports reports = reader.readDirectory(dir, 1);

        assertEquals(List.of(), reports.cases());
        assertEquals(1, reports.damaged().size());
        assertEquals(notXml.toString(), reports.damaged().get(0).file());
    }

    @Test
    void aMissingDirectoryYieldsNothing() throws IOException {
        IterationReports reports = reader.readDirectory(dir.resolve("does-not-exist"), 1);

        assertEquals(List.of(), reports.cases());
        assertEquals(List.of(), reports.damaged());
    }

    @Test
    void aLongStackTraceIsTrimmedAndSaysHowManyLinesWereCut() throws IOException {
        String trace = trace(StackTraces.MAX_LINES + 12);
        write(dir, "TEST-com.x.ATest.xml",
                report(CLS, failed(CLS, "bad", "0.1", "m", "java.lang.AssertionError", trace)));

        String kept = reader.readDirectory(dir, 1).cases().get(0).run().stackTrace();

        assertEquals(trace(StackTraces.MAX_LINES) + "\n\t... 12 more lines", kept);
        assertTrue(kept.endsWith("\t... 12 more lines"));
    }

    @Test
    void aStackTraceOfExactlyMaxLinesIsKeptWhole() throws IOException {
        String trace = trace(StackTraces.MAX_LINES);
        write(dir, "TEST-com.x.ATest.xml",
                report(CLS, error(CLS, "boom", "0.1", "m", "java.lang.IllegalStateException", trace)));

        assertEquals(trace, reader.readDirectory(dir, 1).cases().get(0).run().stackTrace());
    }

    /** A trace of {@code lines} lines: the exception line, then "at" frames. */
    private static String trace(int lines) {
        return "java.lang.AssertionError: boom\n" + IntStream.range(1, lines)
                .mapToObj(i -> "\tat com.x.Frame" + i + ".call(Frame" + i + ".java:" + i + ")")
                .collect(Collectors.joining("\n"));
    }

    @Test
    void readFileReturnsNullForACompleteFile() throws IOException {
        Path file = write(dir, "TEST-com.x.ATest.xml", fullSuite());
        List<TestCase> sink = new java.util.ArrayList<>();

        assertNull(reader.readFile(file, 1, sink::add));
        assertEquals(5, sink.size());
    }

    @Test
    void timesAreMillisecondsRoundedHalfUpWhateverTheirForm() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            String digits = String.format("%06d", random.nextInt(1_000_000));
            String text = random.nextInt(5000) + (random.nextBoolean() ? "" : "." + digits.substring(0, 1 + random.nextInt(6)));
            long expected = new java.math.BigDecimal(text).movePointRight(3)
                    .setScale(0, java.math.RoundingMode.HALF_UP).longValue();
            assertEquals(expected, SurefireXmlReader.millis(text), text);
        }
        assertEquals(1_234_500, SurefireXmlReader.millis("1,234.5"));
        assertEquals(2_000, SurefireXmlReader.millis("1.9995"));
        assertEquals(1_500, SurefireXmlReader.millis("1.5E0"));
        assertEquals(5_000, SurefireXmlReader.millis("5."));
        assertEquals(500, SurefireXmlReader.millis(".5"));
        assertEquals(0, SurefireXmlReader.millis("n/a"));
    }
}
