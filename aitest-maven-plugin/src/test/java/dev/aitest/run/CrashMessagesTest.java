package dev.aitest.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aitest.secret.Redactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashMessagesTest {

    private static final String SUREFIRE_CRASH = String.join("\n",
            "",
            "See /p/target/timeout/iteration-2 for the individual test results.",
            "See dump files (if any exist) [date].dump, [date]-jvmRun[N].dump and [date].dumpstream.",
            "The forked VM terminated without properly saying goodbye. VM crash or System.exit called?",
            "Command was /bin/sh -c cd '/p' && java -jar /p/target/surefire/booter.jar",
            "Error occurred in starting fork, check output in log",
            "Process Exit Code: 3");

    @Test
    void picksTheLineThatNamesTheCrashEvenWhenAPathSaysTimeout() {
        assertEquals("The forked VM terminated without properly saying goodbye. VM crash or System.exit called?",
                CrashMessages.tellingLine(List.of(SUREFIRE_CRASH)));
    }

    @Test
    void looksIntoTheCausesWhenTheOuterMessageSaysNothing() {
        assertEquals("There was a timeout in the fork",
                CrashMessages.tellingLine(Arrays.asList(null, "Execution failed", "There was a timeout in the fork")));
    }

    @Test
    void withoutATellingLineTheFirstOtherLineIsKept() {
        assertEquals("Execution failed", CrashMessages.tellingLine(List.of("See /x for details\nExecution failed\nmore")));
    }

    @Test
    void pointersAreKeptOnlyWhenThereIsNothingElse() {
        assertEquals("See /x for details", CrashMessages.tellingLine(List.of("See /x for details")));
        assertEquals("no message", CrashMessages.tellingLine(Arrays.asList(null, "  \n ")));
    }

    @Test
    void longLinesAreCut() {
        String line = "x".repeat(CrashMessages.MAX_LENGTH + 20);
        assertEquals("x".repeat(CrashMessages.MAX_LENGTH) + "...", CrashMessages.tellingLine(List.of(line)));
    }

    @Test
    void surefiresOwnWordsForFailingTestsAreANormalEnd() {
        assertEquals(null, CrashMessages.ending(true, List.of("There are test failures.\n\nSee /p/x for the "
                + "individual test results.")));
        assertEquals(null, CrashMessages.ending(true, List.of("There is 1 flake and failOnFlakeCount is set to 0.")));
        assertEquals(null, CrashMessages.ending(true, List.of("There are 3 flakes and failOnFlakeCount is set to 1.")));
    }

    @Test
    void testsThatEndedInErrorsOnlyAreANormalEndToo() {
        // Surefire 3.5.4 with a failing @BeforeAll (or tests that only throw): no "There are test failures."
        String errorsOnly = String.join("\n", "", "",
                "See /p/target/aitest-reports/iteration-2 for the individual test results.",
                "See dump files (if any exist) [date].dump, [date]-jvmRun[N].dump and [date].dumpstream.");
        assertEquals(null, CrashMessages.ending(true, List.of(errorsOnly)));
        // the same words from a crashed fork (Surefire's MojoExecutionException) stay a crash
        assertEquals(IterationException.Ending.CRASHED, CrashMessages.ending(false, List.of(errorsOnly)));
    }

    @Test
    void aForkTimeoutIsTimedOutWhicheverWaySurefireEnded() {
        assertEquals(IterationException.Ending.TIMED_OUT, CrashMessages.ending(true,
                List.of("There was a timeout in the fork")));
        assertEquals(IterationException.Ending.TIMED_OUT, CrashMessages.ending(false,
                Arrays.asList("Execution failed", null, "There was a timeout in the fork")));
    }

    @Test
    void anyOtherFailureIsARefusalAndAnyOtherErrorACrash() {
        assertEquals(IterationException.Ending.REFUSED, CrashMessages.ending(true,
                List.of("No tests matching pattern \"Nope\" were executed! (Set -Dsurefire.failIfNoSpecifiedTests=false")));
        assertEquals(IterationException.Ending.REFUSED, CrashMessages.ending(true,
                List.of("No tests were executed!  (Set -DfailIfNoTests=false to ignore this error.)")));
        assertEquals(IterationException.Ending.CRASHED, CrashMessages.ending(false, List.of(SUREFIRE_CRASH)));
        assertEquals(IterationException.Ending.CRASHED, CrashMessages.ending(false, List.of()));
    }

    private static final String GOODBYE =
            "The forked VM terminated without properly saying goodbye. VM crash or System.exit called?";

    /** What Surefire 3.5.4 wrote for a JVM started with --add-modules=com.example.AKIAABCDEFGHIJKLMNOP. */
    private static final String DUMPSTREAM = String.join("\n",
            "# Created at 2026-12-01T23:26:59.660",
            "Corrupted channel by directly writing to native stream in forked JVM 1. Stream 'Error occurred during "
                    + "initialization of boot layer'.",
            "",
            "# Created at 2026-12-01T23:26:59.679",
            "Corrupted channel by directly writing to native stream in forked JVM 1. Stream 'java.lang.module."
                    + "FindException: Module com.example.AKIAABCDEFGHIJKLMNOP not found'.",
            "", "");

    @TempDir
    Path temp;

    @Test
    void aJvmThatCannotStartSaysWhyFromSurefiresDumpstream() throws IOException {
        Files.writeString(temp.resolve("2026-12-01T23-26-56_614-jvmRun1.dumpstream"), DUMPSTREAM);
        assertEquals("Error occurred during initialization of boot layer / java.lang.module.FindException: Module "
                + "com.example.[REDACTED] not found (the test JVM's output, in 2026-12-01T23-26-56_614-jvmRun1.dumpstream; "
                + "Surefire: " + GOODBYE + ")",
                CrashMessages.withJvmOutput(GOODBYE, temp, Redactor.patternsOnly()::redact));
    }

    @Test
    void theForksOwnDumpAndOnlyTheFirstLinesAreAdded() throws IOException {
        Files.writeString(temp.resolve("2026-12-01T10-00-00_000-jvmRun1.dump"), "# Created at 2026-12-01T10:00:00.1\n"
                + "Unexpected IOException with stream: 1\n2\n3\n4\n5\n6\n");
        Files.writeString(temp.resolve("TEST-it.XTest.xml"), "<testsuite/>");
        assertEquals("Unexpected IOException with stream: 1 / 2 / 3 / 4 / 5 (the test JVM's output, in "
                + "2026-12-01T10-00-00_000-jvmRun1.dump; Surefire: Crashed)", CrashMessages.withJvmOutput("Crashed", temp,
                        UnaryOperator.identity()));
    }

    @Test
    void withoutDumpFilesTheCrashStaysAsItIs() throws IOException {
        Files.writeString(temp.resolve("2026-12-01T10-00-00_000.dump"), "a thread dump of the timeout");
        assertEquals(GOODBYE, CrashMessages.withJvmOutput(GOODBYE, temp, UnaryOperator.identity()));
        assertEquals(GOODBYE, CrashMessages.withJvmOutput(GOODBYE, temp.resolve("absent"), UnaryOperator.identity()));
    }
}
