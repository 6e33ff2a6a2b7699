package dev.aitest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class StackTracesTest {

    @Test
    void nothingToKeepIsNull() {
        assertNull(StackTraces.trim(null));
        assertNull(StackTraces.trim(" \n\t "));
    }

    @Test
    void aShortTraceIsOnlyStripped() {
        assertEquals("java.lang.Error: x\n\tat a.B.c(B.java:1)", StackTraces.trim("\n  java.lang.Error: x\n\tat a.B.c(B.java:1)\n\n"));
    }

    @Test
    void oneLineMoreThanTheMaximumIsCut() {
        StringBuilder trace = new StringBuilder("java.lang.Error: x");
        for (int i = 1; i <= StackTraces.MAX_LINES; i++) {
            trace.append("\n\tat a.B.m").append(i).append("(B.java)");
        }
        String kept = StackTraces.trim(trace.toString());

        assertEquals(trace.substring(0, trace.lastIndexOf("\n")) + "\n\t... 1 more lines", kept);
    }

    @Test
    void aVeryLongLineIsCutAtMaxChars() {
        String trace = "x".repeat(StackTraces.MAX_CHARS + 500) + "\n\tat a.B.c(B.java:1)";

        assertEquals("x".repeat(StackTraces.MAX_CHARS) + "\n\t... 2 more lines", StackTraces.trim(trace));
    }
}
