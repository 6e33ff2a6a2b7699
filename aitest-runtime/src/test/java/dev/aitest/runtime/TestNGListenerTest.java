package dev.aitest.runtime;

import static dev.aitest.runtime.ExpectedLines.agent;
import static dev.aitest.runtime.ExpectedLines.cost;
import static dev.aitest.runtime.ExpectedLines.metric;
import static dev.aitest.runtime.ExpectedLines.minPassRate;
import static dev.aitest.runtime.ExpectedLines.usage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.runtime.samples.NgNoThresholdSample;
import dev.aitest.runtime.samples.NgSubThresholdSample;
import dev.aitest.runtime.samples.NgThresholdSample;
import dev.aitest.runtime.samples.ParallelWordSample;
import dev.aitest.runtime.samples.WordSample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testng.TestListenerAdapter;
import org.testng.TestNG;

/**
 * Runs TestNG in process over sample classes; TestNG loads {@link AiTestNGListener} through
 * {@code META-INF/services}. The expected names are those Surefire 3.5.4's TestNG provider writes in
 * {@code TEST-TestSuite.xml} for the same tests, e.g. {@code word[a](1)}.
 */
@ExtendWith(CleanRecording.class)
class TestNGListenerTest {

    private static final String WORD = "dev.aitest.runtime.samples.WordSample";

    @TempDir
    Path temp;

    private TestListenerAdapter run(Class<?>... classes) {
        TestNG testng = new TestNG();
        testng.setTestClasses(classes);
        testng.setUseDefaultListeners(false);
        testng.setOutputDirectory(temp.resolve("testng-output").toString());
        testng.setVerbose(0);
        TestListenerAdapter results = new TestListenerAdapter();
        testng.addListener(results);
        testng.run();
        assertEquals(List.of(), results.getFailedTests(), "no sample failed");
        assertEquals(List.of(), results.getSkippedTests(), "no sample was skipped");
        return results;
    }

    @Test
    void namesEveryInvocationAsSurefiresTestNgProviderDoes() {
        Path dir = temp.resolve("sidecar");
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, dir.toString());
        int runningBefore = Attribution.GLOBAL.runningTestCount();

        TestListenerAdapter results = run(WordSample.class);

        assertEquals(10, results.getPassedTests().size());
        List<String> expected = new ArrayList<>(List.of(
                agent(WORD, "word[a]", "agent-a"),
                metric(WORD, "word[a]", "length", 1),
                agent(WORD, "word[bc]", "agent-bc"),
                metric(WORD, "word[bc]", "length", 2),
                usage(WORD, "pair[x, 1]", "model-x", 1, 10),
                usage(WORD, "pair[y, 2]", "model-y", 2, 20),
                metric(WORD, "number[7]", "n", 7),
                metric(WORD, "number[-3]", "n", -3),
                cost(WORD, "plain", 0.5),
                cost(WORD, "plain", 0.25),
                metric(WORD, "repeated", "repeated", 1),
                metric(WORD, "repeated", "repeated", 1),
                metric(WORD, "timed", "timed", 1)));
        List<String> actual = new ArrayList<>(SidecarFiles.lines(dir));
        expected.sort(null);
        actual.sort(null);
        assertEquals(expected, actual);
        assertEquals(runningBefore, Attribution.GLOBAL.runningTestCount(), "every test that started has ended");
    }

    @Test
    void parallelDataProviderRowsKeepTheirOwnParameters() {
        Path dir = temp.resolve("sidecar");
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, dir.toString());
        ParallelWordSample.reset();

        run(ParallelWordSample.class);

        Pattern name = Pattern.compile("row\\[(\\d)]");
        Map<String, Integer> perName = new TreeMap<>();
        for (Map<String, Object> record : SidecarFiles.records(dir)) {
            assertEquals(ParallelWordSample.class.getName(), record.get("className"));
            Matcher matcher = name.matcher((String) record.get("name"));
            assertTrue(matcher.matches(), record.toString());
            assertEquals(Double.parseDouble(matcher.group(1)), record.get("value"), "the row's own records");
            perName.merge(matcher.group(0), 1, Integer::sum);
        }
        // named by their parameters alone, whatever order the rows started or ended in
        assertEquals(Map.of("row[1]", 100, "row[2]", 100, "row[3]", 100), perName);
    }

    @Test
    void recordsTheMinPassRateInForceWhenEachInvocationStarts() {
        Path dir = temp.resolve("sidecar");
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, dir.toString());
        TestListenerAdapter[] results = new TestListenerAdapter[1];

        List<String> err = StdErr.sortedLines(() -> results[0] = run(NgThresholdSample.class,
                NgSubThresholdSample.class, NgNoThresholdSample.class));

        assertEquals(14, results[0].getPassedTests().size());
        List<String> expected = new ArrayList<>();
        for (String className : List.of(NgThresholdSample.class.getName(), NgSubThresholdSample.class.getName())) {
            expected.add(minPassRate(className, "word[a]", 75));
            expected.add(minPassRate(className, "word[b]", 75));
            expected.add(minPassRate(className, "plain", 60));
            expected.add(minPassRate(className, "repeated", 60));
            expected.add(minPassRate(className, "repeated", 60));
            expected.add(metric(className, "tooHigh", "tooHigh", 1));
        }
        expected.add(minPassRate(NgSubThresholdSample.class.getName(), "sub", 60));
        expected.add(metric(NgNoThresholdSample.class.getName(), "free", "free", 1));
        List<String> actual = new ArrayList<>(SidecarFiles.lines(dir));
        expected.sort(null);
        actual.sort(null);
        assertEquals(expected, actual);
        assertEquals(List.of(
                "aitest: @MinPassRate(250.0) of test dev.aitest.runtime.samples.NgSubThresholdSample#tooHigh ignored:"
                        + " the value must be from 0 to 100",
                "aitest: @MinPassRate(250.0) of test dev.aitest.runtime.samples.NgThresholdSample#tooHigh ignored:"
                        + " the value must be from 0 to 100"),
                err);
    }

    @Test
    void withoutTheSidecarDirectoryThresholdsWriteAndPrintNothing() {
        TestListenerAdapter[] results = new TestListenerAdapter[1];

        List<String> err = StdErr.sortedLines(() -> results[0] = run(NgThresholdSample.class));

        assertEquals(6, results[0].getPassedTests().size());
        assertEquals(List.of(), err);
        assertNull(SidecarWriter.currentFile());
    }
}
