package dev.aitest.runtime;

import static dev.aitest.runtime.ExpectedLines.agent;
import static dev.aitest.runtime.ExpectedLines.cost;
import static dev.aitest.runtime.ExpectedLines.metric;
import static dev.aitest.runtime.ExpectedLines.minPassRate;
import static dev.aitest.runtime.ExpectedLines.usage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.runtime.samples.BadThresholdSample;
import dev.aitest.runtime.samples.ChatSample;
import dev.aitest.runtime.samples.DisplayNamedSample;
import dev.aitest.runtime.samples.InheritedThresholdSample;
import dev.aitest.runtime.samples.NoThresholdSample;
import dev.aitest.runtime.samples.OnlyInLauncherTests;
import dev.aitest.runtime.samples.ParallelSample;
import dev.aitest.runtime.samples.ThresholdSample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs sample classes through a real in-process JUnit Platform launcher, which loads
 * {@link AiTestExecutionListener} through {@code META-INF/services} as Surefire's does, and checks every line.
 * The expected names are those Surefire 3.5.4 writes in {@code TEST-*.xml} for the same tests.
 */
@ExtendWith(CleanRecording.class)
class JUnitPlatformListenerTest {

    private static final String CHAT = "dev.aitest.runtime.samples.ChatSample";
    private static final String PARALLEL = "dev.aitest.runtime.samples.ParallelSample";
    private static final String THRESHOLD = "dev.aitest.runtime.samples.ThresholdSample";
    private static final String BAD = "dev.aitest.runtime.samples.BadThresholdSample";

    @TempDir
    Path temp;

    private static TestExecutionSummary run(Map<String, String> configuration, Class<?>... classes) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(Arrays.stream(classes).map(DiscoverySelectors::selectClass).collect(Collectors.toList()))
                .configurationParameters(configuration)
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, summary);
        return summary.getSummary();
    }

    private static Map<String, String> samples() {
        Map<String, String> configuration = new HashMap<>();
        configuration.put(OnlyInLauncherTests.PARAMETER, "true");
        return configuration;
    }

    private static List<String> chatLines() {
        String inner = CHAT + "$Inner";
        return List.of(
                metric(null, null, "beforeAll", 1),
                usage(CHAT, "adds", "gpt-4o", 120, 30),
                cost(CHAT, "adds", 0.25),
                agent(CHAT, "adds", "planner"),
                metric(CHAT, "adds", "score", 0.5),
                metric(CHAT, "square(int)[1]", "square", 1),
                metric(CHAT, "square(int)[2]", "square", 4),
                metric(CHAT, "square(int)[3]", "square", 9),
                agent(CHAT, "fromThreads", "from-before-each"),
                usage(CHAT, "fromThreads", "thread-model", 1, 2),
                usage(CHAT, "fromThreads", "executor-model", 3, 4),
                usage(CHAT, "fromThreads", "executor-model", 5, 6),
                metric(CHAT, "displayed", "displayed", 1),
                metric(CHAT, "withInfo(TestInfo)", "withInfo", 1),
                metric(CHAT, "rep()[1]", "rep", 1),
                metric(CHAT, "rep()[2]", "rep", 1),
                metric(null, null, "factory", 1),
                metric(CHAT, "dyn()[1]", "dyn", 1),
                metric(CHAT, "dyn()[2]", "dyn", 2),
                cost(inner, "innerTest", 1.5),
                agent("Support agent", "answers", "support"));
    }

    private static List<String> sorted(List<String> lines) {
        List<String> copy = new ArrayList<>(lines);
        copy.sort(null);
        return copy;
    }

    @Test
    void namesEveryRecordAsSurefireNamesItsTest() {
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, temp.toString());
        int runningBefore = Attribution.GLOBAL.runningTestCount();

        TestExecutionSummary summary = run(samples(), ChatSample.class, DisplayNamedSample.class);

        assertEquals(13, summary.getTestsSucceededCount(), () -> failures(summary));
        assertEquals(0, summary.getTotalFailureCount());
        assertEquals(sorted(chatLines()), sorted(SidecarFiles.lines(temp)));
        assertEquals(runningBefore, Attribution.GLOBAL.runningTestCount(), "every test that started has ended");
    }

    @Test
    void attributesConcurrentTestsUnderParallelExecution() {
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, temp.toString());
        Map<String, String> configuration = samples();
        configuration.put("junit.jupiter.execution.parallel.enabled", "true");
        configuration.put("junit.jupiter.execution.parallel.mode.default", "concurrent");
        configuration.put("junit.jupiter.execution.parallel.mode.classes.default", "concurrent");
        configuration.put("junit.jupiter.execution.parallel.config.strategy", "fixed");
        configuration.put("junit.jupiter.execution.parallel.config.fixed.parallelism", "8");
        ParallelSample.reset();
        int runningBefore = Attribution.GLOBAL.runningTestCount();

        TestExecutionSummary summary = run(configuration, ChatSample.class, DisplayNamedSample.class,
                ParallelSample.class);

        assertEquals(17, summary.getTestsSucceededCount(), () -> failures(summary));
        assertTrue(ParallelSample.MAX_CONCURRENT.get() >= 2, "the parallel tests overlapped");
        List<String> expected = new ArrayList<>(chatLines());
        String[][] tests = {{"alpha", "alpha"}, {"beta", "beta"}, {"gamma", "gamma"}, {"param(String)[1]", "delta"}};
        for (String[] test : tests) {
            expected.add(agent(PARALLEL, test[0], test[1]));
            for (String thread : List.of("main", "thread", "executor")) {
                for (int i = 1; i <= ParallelSample.PER_THREAD; i++) {
                    expected.add(usage(PARALLEL, test[0], test[1] + "-" + thread, i, 1));
                }
            }
        }
        assertEquals(sorted(expected), sorted(SidecarFiles.lines(temp)));
        assertEquals(runningBefore, Attribution.GLOBAL.runningTestCount(), "every test that started has ended");
    }

    @Test
    void theSamplesRunOnlyWhenAListenerTestAsksForThem() {
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, temp.toString());

        TestExecutionSummary summary = run(Map.of(), ChatSample.class, ParallelSample.class);

        assertEquals(0, summary.getTestsStartedCount());
        assertEquals(List.of(), SidecarFiles.files(temp));
    }

    @Test
    void recordsTheMinPassRateInForceWhenEachTestStarts() {
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, temp.toString());

        TestExecutionSummary summary = run(samples(), ThresholdSample.class, InheritedThresholdSample.class,
                NoThresholdSample.class);

        assertEquals(14, summary.getTestsSucceededCount(), () -> failures(summary));
        assertEquals(0, summary.getTotalFailureCount());
        String inherited = "dev.aitest.runtime.samples.InheritedThresholdSample";
        assertEquals(sorted(List.of(
                minPassRate(THRESHOLD, "strict", 90),
                minPassRate(THRESHOLD, "fromClass", 70),
                minPassRate(THRESHOLD, "param(int)[1]", 70),
                minPassRate(THRESHOLD, "param(int)[2]", 70),
                minPassRate(THRESHOLD, "strictParam(String)[1]", 95.5),
                minPassRate(THRESHOLD, "dyn()[1]", 60),
                minPassRate(THRESHOLD, "dyn()[2]", 60),
                minPassRate(THRESHOLD + "$Inner", "inherits", 70),
                minPassRate(THRESHOLD + "$Own", "own", 50),
                minPassRate(THRESHOLD + "$Own", "zero", 0),
                minPassRate(THRESHOLD + "$Own$Deeper", "nearestEnclosing", 50),
                minPassRate(inherited, "fromBase", 85),
                minPassRate(inherited, "own", 80),
                metric("dev.aitest.runtime.samples.NoThresholdSample", "free", "free", 1))),
                sorted(SidecarFiles.lines(temp)));
    }

    @Test
    void aMinPassRateOutsideZeroToHundredWritesNothingAndOneLineOnStdErr() {
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, temp.toString());
        TestExecutionSummary[] summary = new TestExecutionSummary[1];

        List<String> err = StdErr.sortedLines(() -> summary[0] = run(samples(), BadThresholdSample.class));

        assertEquals(4, summary[0].getTestsSucceededCount(), () -> failures(summary[0]));
        assertEquals(List.of(
                "aitest: @MinPassRate(-0.5) of test " + BAD + "#negative ignored: the value must be from 0 to 100",
                "aitest: @MinPassRate(150.0) of test " + BAD + "#tooHigh ignored: the value must be from 0 to 100",
                "aitest: @MinPassRate(NaN) of test " + BAD + "#notANumber ignored: the value must be from 0 to 100"),
                err);
        assertEquals(List.of(minPassRate(BAD, "fromClass", 100)), SidecarFiles.lines(temp),
                "no record for a bad value, and the class's value does not stand in");
    }

    @Test
    void withoutTheSidecarDirectoryThresholdsWriteAndPrintNothing() {
        TestExecutionSummary[] summary = new TestExecutionSummary[1];

        List<String> err = StdErr.sortedLines(() -> summary[0] = run(samples(), ThresholdSample.class,
                BadThresholdSample.class));

        assertEquals(15, summary[0].getTestsSucceededCount(), () -> failures(summary[0]));
        assertEquals(List.of(), err);
        assertNull(SidecarWriter.currentFile());
    }

    private static String failures(TestExecutionSummary summary) {
        StringBuilder text = new StringBuilder();
        summary.getFailures().forEach(f -> text.append(f.getTestIdentifier().getDisplayName()).append(": ")
                .append(f.getException()).append('\n'));
        return text.toString();
    }
}
