package dev.aitest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.aitest.model.Run;
import dev.aitest.model.RunOutcome;
import dev.aitest.model.TestCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkTimeoutsTest {

    private static final String CRASH = "There was a timeout in the fork (forkedProcessTimeoutInSeconds=2)";

    @TempDir
    Path dir;

    private static TestCase passed(String className, String name, long millis) {
        return new TestCase(className, name, new Run(2, RunOutcome.PASSED, millis, null, null, null));
    }

    private IterationReports mark(int timeoutSeconds, TestCase... cases) {
        return ForkTimeouts.markRunning(new IterationReports(List.of(cases), List.of()), dir, 2, CRASH,
                timeoutSeconds);
    }

    @Test
    void aTestThatTookTheWholeTimeoutIsAnErrorThatSaysSo() {
        IterationReports marked = mark(2, passed("it.A", "fast", 10), passed("it.A", "slow", 5_010));

        assertEquals(RunOutcome.PASSED, marked.cases().get(0).run().outcome());
        Run slow = marked.cases().get(1).run();
        assertEquals(RunOutcome.ERROR, slow.outcome());
        assertEquals("test JVM timed out in iteration 2: " + CRASH + "; it took 5.0 s, at least the 2 s the fork "
                + "may run", slow.message());
        assertEquals("aitest.ForkTimeout", slow.type());
        assertEquals(5_010, slow.durationMs());
        assertNull(slow.stackTrace());
    }

    @Test
    void aTestOnTheStackOfSurefiresThreadDumpWasRunningWhenItFired() throws IOException {
        Files.writeString(dir.resolve("2026-11-30T12-06-22_369-jvmRun1.dump"), String.join("\n",
                "# Created at 2026-11-30T12:06:28.986",
                "Thread dump for process (18183@vm):",
                "\"main\" ",
                "   java.lang.Thread.State: TIMED_WAITING",
                "        at java.base@17.0.15/java.lang.Thread.sleep(Native Method)",
                "        at app//it.A$Inner.waits(A.java:5)",
                "        at java.base@17.0.15/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)"));

        IterationReports marked = mark(0, passed("it.A$Inner", "waits", 300), passed("it.A$Inner", "other", 300),
                passed("it.B", "waits", 300));

        assertEquals(List.of(RunOutcome.ERROR, RunOutcome.PASSED, RunOutcome.PASSED),
                marked.cases().stream().map(c -> c.run().outcome()).toList());
        assertEquals("test JVM timed out in iteration 2: " + CRASH + "; it was running when the timeout fired",
                marked.cases().get(0).run().message());
    }

    @Test
    void parameterizedInvocationsOfAMethodOnTheStackCannotBeToldApartAndAreKept() throws IOException {
        Files.writeString(dir.resolve("x.dump"), "        at it.P.square(P.java:9)\n");

        IterationReports marked = mark(0, passed("it.P", "square(int)[1]", 5), passed("it.P", "square(int)[2]", 5),
                passed("it.P", "cube(int)[1]", 5));

        assertEquals(List.of(RunOutcome.PASSED, RunOutcome.PASSED, RunOutcome.PASSED),
                marked.cases().stream().map(c -> c.run().outcome()).toList());
    }

    @Test
    void skippedRunsStaySkipped() {
        TestCase skipped = new TestCase("it.A", "off", new Run(2, RunOutcome.SKIPPED, 9_000, null, null, null));

        assertEquals(RunOutcome.SKIPPED, mark(2, skipped).cases().get(0).run().outcome());
    }
}
