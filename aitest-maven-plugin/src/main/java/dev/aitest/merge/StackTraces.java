package dev.aitest.merge;

/** Keeps stack traces short enough for reports: the head of the trace, where the cause is. */
public final class StackTraces {

    /** Lines kept from a stack trace. */
    public static final int MAX_LINES = 30;
    /** Characters kept from a stack trace. */
    public static final int MAX_CHARS = 4000;

    private StackTraces() {
    }

    /** The trace cut to {@link #MAX_LINES} lines and {@link #MAX_CHARS} characters, saying how much was cut. */
    public static String trim(String trace) {
        if (trace == null) {
            return null;
        }
        String text = trace.strip();
        if (text.isEmpty()) {
            return null;
        }
        int lines = 0;
        int end = 0;
        while (end < text.length() && end < MAX_CHARS && lines < MAX_LINES) {
            int next = text.indexOf('\n', end);
            end = next < 0 ? text.length() : next + 1;
            lines++;
        }
        end = Math.min(end, Math.min(text.length(), MAX_CHARS));
        if (end >= text.length()) {
            return text;
        }
        String kept = text.substring(0, end).stripTrailing();
        long cutLines = text.substring(end).lines().count();
        return kept + "\n\t... " + cutLines + " more lines";
    }
}
