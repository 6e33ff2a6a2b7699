package dev.aitest.facts;

import java.util.Locale;

/** How numbers read in the reports. */
public final class Formats {

    /** Characters of a failure message shown where a line is meant, before it is cut. */
    public static final int LINE = 300;

    /** The Unicode controls that reorder text: embeddings, overrides, isolates and marks. */
    private static final java.util.regex.Pattern BIDI_CONTROLS = java.util.regex.Pattern.compile(
            "[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");

    private Formats() {
    }

    /** The first line of {@code text}, cut at {@value #LINE} characters with an ellipsis; null stays null. */
    public static String firstLine(String text) {
        if (text == null) {
            return null;
        }
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > LINE ? line.substring(0, LINE) + "\u2026" : line;
    }

    /**
     * {@code text} without the controls that reorder text (a right-to-left override in a test name would reverse
     * what follows it on a console or in Markdown); null stays null.
     */
    public static String withoutBidiControls(String text) {
        return text == null ? null : BIDI_CONTROLS.matcher(text).replaceAll("");
    }

    /** 850 ms, 12.3 s, 4 min 05 s, 1 h 02 min. */
    public static String duration(long millis) {
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }

    /** 12,345. */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** 12,345 tokens, or "n/a". */
    public static String tokens(Long tokens) {
        return tokens == null ? "n/a" : String.format(Locale.ROOT, "%,d", tokens);
    }

    /** $0.0123, or "n/a". */
    public static String cost(Double usd) {
        if (usd == null) {
            return "n/a";
        }
        return usd >= 1 ? String.format(Locale.ROOT, "$%,.2f", usd) : String.format(Locale.ROOT, "$%.4f", usd);
    }
}
