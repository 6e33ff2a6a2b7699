package dev.aitest.merge;

import java.util.Arrays;

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
     * white space is stripped.
     */
    public static String trim(CharSequence trace) {
        if (trace == null) {
            return null;
        }
        char[] text = trace.toString().toCharArray();
        return trim(text, 0, text.length);
    }

    /** {@link #trim(CharSequence)} of {@code text[from, to)}: works on positions in it, copying only what it keeps. */
    static String trim(char[] text, int from, int to) {
        while (from < to && Character.isWhitespace(text[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(text[to - 1])) {
            to--;
        }
        if (from == to) {
            return null;
        }
        int end = end(text, from, to);
        if (end >= to) {
            return new String(text, from, to - from);
        }
        int kept = withoutTrailingSpace(text, from, end);
        return new String(text, from, kept - from) + "\n\t... " + lines(text, end, to) + " more lines";
    }

    /** Where {@code text[from, to)} ends without its trailing white space. */
    private static int withoutTrailingSpace(char[] text, int from, int to) {
        while (to > from && Character.isWhitespace(text[to - 1])) {
            to--;
        }
        return to;
    }

    /** Where the kept part of {@code text[from, to)} ends: after {@link #MAX_LINES} lines or {@link #MAX_CHARS}. */
    private static int end(char[] text, int from, int to) {
        int limit = Math.min(to, from + MAX_CHARS);
        int lines = 0;
        for (int i = from; i < limit; i++) {
            if (text[i] == '\n' && ++lines == MAX_LINES) {
                return i + 1;
            }
        }
        return limit;
    }

    /** The lines of {@code text[from, to)}, which ends with a character that is no line break. */
    private static long lines(char[] text, int from, int to) {
        long breaks = 0;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c == '\n' || c == '\r' && (i + 1 == to || text[i + 1] != '\n')) {
                breaks++;
            }
        }
        return breaks + 1;
    }

    /**
     * Collects a trace that arrives in pieces (from a streaming XML parser) and gives what {@link #trim(CharSequence)}
     * gives for the whole text, while holding at most {@link #HELD} characters of it: memory does not grow with the
     * size of the trace. One collector can collect one trace after another ({@link #clear()}), reusing what it holds.
     */
    public static final class Collector {

        /** Characters held; what comes after is only counted. */
        static final int HELD = 4 * MAX_CHARS;

        /** The first {@link #length} characters of the text, grown to its size (which usually comes in one piece). */
        private char[] head = new char[0];
        private int length;
        private boolean overflow;
        private long newlines;
        private long newlinesBeforeLastText;
        private boolean restHasText;

        /** Adds the next piece of the text. */
        public void add(char[] chars, int start, int count) {
            int take = overflow ? 0 : Math.min(count, HELD - length);
            if (take > head.length - length) {
                head = Arrays.copyOf(head, Math.min(HELD, Math.max(length + take, 2 * head.length)));
            }
            System.arraycopy(chars, start, head, length, take);
            length += take;
            if (take < count) {
                overflow = true;
                for (int i = start + take; i < start + count; i++) {
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

        /** The trimmed trace, as {@link #trim(CharSequence)} would give it for all the text added. */
        public String result() {
            if (!restHasText) {
                return trim(head, 0, length);
            }
            int from = 0;
            while (from < length && Character.isWhitespace(head[from])) {
                from++;
            }
            int end = end(head, from, length);
            int kept = withoutTrailingSpace(head, from, end);
            long cutLines = newlinesBeforeLastText + 1;
            for (int i = end; i < length; i++) {
                cutLines += head[i] == '\n' ? 1 : 0;
            }
            return new String(head, from, kept - from) + "\n\t... " + cutLines + " more lines";
        }

        /** Forgets the text added, to collect another; what it held is reused. */
        public void clear() {
            length = 0;
            overflow = false;
            newlines = 0;
            newlinesBeforeLastText = 0;
            restHasText = false;
        }
    }
}
