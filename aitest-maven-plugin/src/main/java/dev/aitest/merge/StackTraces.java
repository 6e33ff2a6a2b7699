package dev.aitest.merge;

/** Keeps stack traces short enough for reports: the head of the trace, where the cause is. */
public final class StackTraces {

    /** Lines kept from a stack trace. */
    public static final int MAX_LINES = 30;
    /** Characters kept from a stack trace. */
    public static final int MAX_CHARS = 4000;

    private StackTraces() {
    }

    /**
     * The trace cut to {@link #MAX_LINES} lines and {@link #MAX_CHARS} characters, saying how much was cut; surrounding
     * white space is stripped. Works on positions in the text, copying only what it keeps.
     */
    public static String trim(CharSequence trace) {
        if (trace == null) {
            return null;
        }
        int from = 0;
        int to = trace.length();
        while (from < to && Character.isWhitespace(trace.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(trace.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return null;
        }
        int end = end(trace, from, to);
        if (end >= to) {
            return trace.subSequence(from, to).toString();
        }
        int kept = end;
        while (kept > from && Character.isWhitespace(trace.charAt(kept - 1))) {
            kept--;
        }
        return trace.subSequence(from, kept) + "\n\t... " + lines(trace, end, to) + " more lines";
    }

    /** Where the kept part of {@code text[from, to)} ends: after {@link #MAX_LINES} lines or {@link #MAX_CHARS}. */
    private static int end(CharSequence text, int from, int to) {
        int limit = Math.min(to, from + MAX_CHARS);
        int lines = 0;
        for (int i = from; i < limit; i++) {
            if (text.charAt(i) == '\n' && ++lines == MAX_LINES) {
                return i + 1;
            }
        }
        return limit;
    }

    /** The lines of {@code text[from, to)}, which ends with a character that is no line break. */
    private static long lines(CharSequence text, int from, int to) {
        long breaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == to || text.charAt(i + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks + 1;
    }

    /**
     * Collects a trace that arrives in pieces (from a streaming XML parser) and gives what {@link #trim(String)}
     * gives for the whole text, while holding at most {@link #HELD} characters of it: memory does not grow with the
     * size of the trace.
     */
    public static final class Collector {

        /** Characters held; what comes after is only counted. */
        static final int HELD = 4 * MAX_CHARS;

        /** Grown to the size of the text, which usually comes in one piece. */
        private final StringBuilder head = new StringBuilder();
        private boolean overflow;
        private long newlines;
        private long newlinesBeforeLastText;
        private boolean restHasText;

        /** Adds the next piece of the text. */
        public void add(char[] chars, int start, int length) {
            int take = overflow ? 0 : Math.min(length, HELD - head.length());
            head.append(chars, start, take);
            if (take < length) {
                overflow = true;
                for (int i = start + take; i < start + length; i++) {
                    char c = chars[i];
                    if (c == '\n') {
                        newlines++;
                    } else if (!Character.isWhitespace(c)) {
                        restHasText = true;
                        newlinesBeforeLastText = newlines;
                    }
                }
            }
        }

        /** The trimmed trace, as {@link #trim(String)} would give it for all the text added. */
        public String result() {
            if (!restHasText) {
                return trim(head);
            }
            String text = head.toString().stripLeading();
            int end = end(text, 0, text.length());
            String kept = text.substring(0, end).stripTrailing();
            long cutLines = text.substring(end).chars().filter(c -> c == '\n').count() + newlinesBeforeLastText + 1;
            return kept + "\n\t... " + cutLines + " more lines";
        }
    }
}
