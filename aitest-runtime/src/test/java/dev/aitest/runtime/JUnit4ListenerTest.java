package dev.aitest.runtime;

import static dev.aitest.runtime.ExpectedLines.agent;
import static dev.aitest.runtime.ExpectedLines.metric;
import static dev.aitest.runtime.ExpectedLines.minPassRate;
import static dev.aitest.runtime.ExpectedLines.usage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aitest.runtime.samples.Legacy4Sample;
import dev.aitest.runtime.samples.Parallel4Sample;
import dev.aitest.runtime.samples.Parameterized4Sample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.experimental.ParallelComputer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.runner.Computer;
import org.junit.runner.JUnitCore;
import org.junit.runner.Result;

/**
 * Runs JUnit 4 in process over sample classes with {@link AiTestJUnit4Listener}, as Surefire's JUnit 4 providers
 * do when aitest registers it. The expected names are those Surefire 3.5.4's {@code surefire-junit4} provider
 * writes in {@code TEST-*.xml} for the same tests.
 */
@ExtendWith(CleanRecording.class)
class JUnit4ListenerTest {

    private static final String LEGACY = Legacy4Sample.class.getName();
    private static final String PARAMETERIZED = Parameterized4Sample.class.getName();

    @TempDir
    Path temp;

    private static Result run(Computer computer, Class<?>... classes) {
        JUnitCore core = new JUnitCore();
        core.addListener(new AiTestJUnit4Listener());
        Result result = core.run(computer, classes);
        assertEquals(List.of(), result.getFailures(), "no sample failed");
        return result;
    }

    @Test
    void namesEveryTestAsSurefiresJUnit4ProviderDoes() {
        Path dir = temp.resolve("sidecar");
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, dir.toString());
        int runningBefore = Attribution.GLOBAL.runningTestCount();

        Result result = run(new Computer(), Legacy4Sample.class, Parameterized4Sample.class);

        assertEquals(4, result.getRunCount());
        assertEquals(1, result.getIgnoreCount());
        List<String> expected = new ArrayList<>(List.of(
                // @BeforeClass runs outside any test: unattributed
                "{\"className\":null,\"name\":null,\"kind\":\"metric\",\"metric\":\"setUp\",\"value\":1.0}",
                minPassRate(LEGACY, "plain", 70),
                usage(LEGACY, "plain", "model-p", 3, 30),
                minPassRate(LEGACY, "strict", 95),
                agent(LEGACY, "strict", "agent-s"),
                metric(PARAMETERIZED, "square[0]", "n", 7),
                metric(PARAMETERIZED, "square[1]", "n", -3)));
        List<String> actual = new ArrayList<>(SidecarFiles.lines(dir));
        expected.sort(null);
        actual.sort(null);
        assertEquals(expected, actual);
        assertEquals(runningBefore, Attribution.GLOBAL.runningTestCount(), "every test that started has ended");
    }

    @Test
    void parallelMethodsAreAttributedEachToItsOwnTest() {
        Path dir = temp.resolve("sidecar");
        System.setProperty(AiTest.SIDECAR_DIR_PROPERTY, dir.toString());
        Parallel4Sample.reset();

        run(ParallelComputer.methods(), Parallel4Sample.class);

        Map<String, Integer> perTest = new TreeMap<>();
        for (Map<String, Object> record : SidecarFiles.records(dir)) {
            String name = String.valueOf(record.get("name"));
            double expected = switch (name) {
                case "one" -> 1;
                case "two" -> 2;
                case "three" -> 3;
                default -> throw new AssertionError("not attributed to its test: " + record);
            };
            assertEquals(Parallel4Sample.class.getName(), record.get("className"));
            assertEquals(expected, record.get("value"), "the test's own records");
            perTest.merge(name, 1, Integer::sum);
        }
        assertEquals(Map.of("one", 100, "two", 100, "three", 100), perTest);
    }
}
