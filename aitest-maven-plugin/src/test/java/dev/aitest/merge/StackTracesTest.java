package dev.aitest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    /** Feeds {@code text} to a collector in pieces of {@code piece} characters. */
    private static String collected(String text, int piece) {
        StackTraces.Collector collector = new StackTraces.Collector();
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i += piece) {
            collector.add(chars, i, Math.min(piece, chars.length - i));
        }
        return collector.result();
    }

    @Test
    void theStreamingCollectorGivesWhatTrimGivesForTheWholeText() {
        String frames = "\tat com.example.Deep.call(Deep.java:1)\n";
        List<String> texts = List.of(
                "",
                "  \n ",
                "java.lang.Error: short\n" + frames,
                "\n\n  java.lang.Error: huge\n" + frames.repeat(5_000) + "\n\n  \n",
                "java.lang.Error: huge, no final newline\n" + frames.repeat(5_000) + "\tat last.Frame",
                "x".repeat(StackTraces.Collector.HELD + 10) + "\n" + frames.repeat(3),
                "java.lang.Error: text then a lot of blank space" + " \n".repeat(40_000));
        for (String text : texts) {
            for (int piece : new int[] {1, 7, 1024, 100_000}) {
                assertEquals(StackTraces.trim(text), collected(text, piece), "piece " + piece);
            }
        }
    }

    @Test
    void theCollectorHoldsABoundedPartOfAHugeTrace() {
        String huge = "java.lang.Error: huge\n" + "\tat com.example.Deep.call(Deep.java:1)\n".repeat(200_000);
        assertEquals(StackTraces.trim(huge), collected(huge, 8192));
        assertTrue(huge.length() > 100 * StackTraces.Collector.HELD);
    }

    /** The plain definition: strip, keep the head, count the lines of the rest. */
    private static String reference(String trace) {
        String text = trace.strip();
        if (text.isEmpty()) {
            return null;
        }
        int lines = 0;
        int end = 0;
        while (end < text.length() && end < StackTraces.MAX_CHARS && lines < StackTraces.MAX_LINES) {
            int next = text.indexOf('\n', end);
            end = next < 0 ? text.length() : next + 1;
            lines++;
        }
        end = Math.min(end, Math.min(text.length(), StackTraces.MAX_CHARS));
        if (end >= text.length()) {
            return text;
        }
        return text.substring(0, end).stripTrailing() + "\n\t... " + text.substring(end).lines().count() + " more lines";
    }

    @Test
    void trimMatchesThePlainDefinitionOnRandomTraces() {
        java.util.Random random = new java.util.Random(11);
        String[] pieces = {"\tat a.B.c(B.java:1)", "\n", "\r\n", "\r", " ", "\t", "x".repeat(300), "java.lang.Error: boom"};
        for (int i = 0; i < 3_000; i++) {
            StringBuilder trace = new StringBuilder();
            int parts = random.nextInt(120);
            for (int p = 0; p < parts; p++) {
                trace.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(reference(trace.toString()), StackTraces.trim(trace.toString()), trace.toString());
        }
    }
}
