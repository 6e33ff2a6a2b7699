package dev.aitest.port;

/**
 * One console line out of any text. A test's name, parameter or message is text the tests chose, and a console line
 * holds it: a line break in it would start a line of its own that a reader or a CI system takes for aitest's or
 * Maven's ({@code [INFO] aitest: pass rate 100% ... meets}, a {@code ::error::} annotation), and an escape sequence
 * could rewrite what the terminal shows. So every control character (C0, DEL and C1, which holds NEL U+0085), the
 * line and paragraph separators (U+2028, U+2029) and the bidirectional controls are written as escapes: {@code \n},
 * {@code \r}, {@code \t}, and {@code \\uXXXX} for the others ({@code \u001b} for ESC). The result holds none of them,
 * so escaping it again changes nothing.
 */
public final class ConsoleText {

    private ConsoleText() {
    }

    /** {@code text} as one line that holds no character a terminal or a log reader would act on; null stays null. */
    public static String line(String text) {
        if (text == null) {
            return null;
        }
        int first = 0;
        while (first < text.length() && !escaped(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!escaped(c)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    private static boolean escaped(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029' || bidiControl(c);
    }

    /**
     * The Unicode controls that reorder text: embeddings, overrides, isolates and marks (the one definition; the
     * reports remove them, the console escapes what is left).
     */
    public static boolean bidiControl(char c) {
        return c == '\u061c' || c == '\u200e' || c == '\u200f' || c >= '\u202a' && c <= '\u202e'
                || c >= '\u2066' && c <= '\u2069';
    }
}
