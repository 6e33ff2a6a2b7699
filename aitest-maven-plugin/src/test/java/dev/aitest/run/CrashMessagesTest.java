package dev.aitest.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
