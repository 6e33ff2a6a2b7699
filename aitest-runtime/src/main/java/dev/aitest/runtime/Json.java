package dev.aitest.runtime;

/** Hand-written JSON output for the sidecar lines: the runtime depends on nothing but the JDK. */
final class Json {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {
    }

    /**
     * Appends {@code value} as a JSON string, or {@code null}. Escapes the quote, the backslash, every control
     * character (below U+0020) and every unpaired surrogate as {@code \}{@code uXXXX}, so the line stays one line
     * and the string reads back exactly as given.
     */
    static StringBuilder string(StringBuilder out, String value) {
        if (value == null) {
            return out.append("null");
        }
        out.append('"');
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                unicode(out, c);
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                    out.append(c).append(value.charAt(++i));
                } else {
                    unicode(out, c);
                }
            } else if (Character.isLowSurrogate(c)) {
                unicode(out, c);
            } else {
                out.append(c);
            }
        }
        return out.append('"');
    }

    /** Appends a finite double as {@link Double#toString(double)} writes it, which is valid JSON. */
    static StringBuilder number(StringBuilder out, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no number for " + value);
        }
        return out.append(Double.toString(value));
    }

    private static void unicode(StringBuilder out, char c) {
        out.append("\\u")
                .append(HEX[(c >> 12) & 0xF])
                .append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
    }
}
