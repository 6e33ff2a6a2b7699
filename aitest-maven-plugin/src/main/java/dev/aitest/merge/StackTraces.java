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
        String text = trace.toString();
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return from == to ? null : cut(text.substring(from, to));
    }

    /** {@link #trim(CharSequence)} of {@code text[from, to)}. */
    static String trim(char[] text, int from, int to) {
        while (from < to && Character.isWhitespace(text[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(text[to - 1])) {
            to--;
        }
        return from == to ? null : cut(new String(text, from, to - from));
    }

    /**
     * A trace without surrounding white space, cut. Searches it with {@link String#indexOf(int, int)}, which is
     * fast from the start (the JDK uses it everywhere), since every failure of every iteration has a trace.
     */
    private static String cut(String text) {
        int end = end(text);
        if (end >= text.length()) {
            return text;
        }
        return text.substring(0, withoutTrailingSpace(text, end)) + "\n\t... " + lines(text, end) + " more lines";
    }

    /** Where {@code text[0, end)} ends without its trailing white space. */
    private static int withoutTrailingSpace(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Where the kept part of {@code text} ends: after {@link #MAX_LINES} lines or {@link #MAX_CHARS} characters. */
    private static int end(String text) {
        int limit = Math.min(text.length(), MAX_CHARS);
        int at = -1;
        for (int line = 0; line < MAX_LINES; line++) {
            at = text.indexOf('\n', at + 1);
            if (at < 0 || at >= limit) {
                return limit;
            }
        }
        return at + 1;
    }

    /** The lines of {@code text} from {@code from} on, which ends with a character that is no line break. */
    private static long lines(String text, int from) {
        long breaks = 0;
        if (text.indexOf('\r', from) < 0) {
            for (int at = text.indexOf('\n', from); at >= 0; at = text.indexOf('\n', at + 1)) {
                breaks++;
            }
            return breaks + 1;
        }
        int to = text.length();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == to || text.charAt(i + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks + 1;
    }

    /** The line feeds in {@code text} from {@code from} on. */
    private static long lineFeeds(String text, int from) {
        long feeds = 0;
        for (int at = text.indexOf('\n', from); at >= 0; at = text.indexOf('\n', at + 1)) {
            feeds++;
        }
        return feeds;
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
            String text = new String(head, from, length - from);
            int end = end(text);
            return text.substring(0, withoutTrailingSpace(text, end)) + "\n\t... "
                    + (lineFeeds(text, end) + newlinesBeforeLastText + 1) + " more lines";
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
