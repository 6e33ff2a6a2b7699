package dev.aitest.facts;

import dev.aitest.model.Money;
import dev.aitest.port.ConsoleText;
import dev.aitest.model.Tokens;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** How numbers read in the reports. */
public final class Formats {

    /** Characters of a failure message shown where a line is meant, before it is cut. */
    public static final int LINE = 300;

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
        if (text == null || text.chars().noneMatch(c -> ConsoleText.bidiControl((char) c))) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> !ConsoleText.bidiControl((char) c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    /** 850 ms, 12.3 s, 4 min 05 s, 1 h 02 min. */
    public static String duration(long millis) {
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return decimals(millis / 1000.0, 1) + " s";
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

    /**
     * 12,345 tokens, or "n/a"; a sum that saturated ({@link Tokens#SATURATED}) reads "at least 9,223,...", since the
     * true total is more than aitest can count.
     */
    public static String tokens(Long tokens) {
        if (tokens == null) {
            return "n/a";
        }
        return (Tokens.saturated(tokens) ? "at least " : "") + String.format(Locale.ROOT, "%,d", tokens);
    }

    /**
     * $0.0123, $12.35, or "n/a". A cost that four decimals would show as $0.0000 is shown with two significant
     * digits ($0.0000012), so a cost or budget that is not zero never reads as zero; one of a trillion dollars or
     * more in scientific notation, and a sum that saturated ({@link Money#SATURATED}) as "at least $1.7977e+308".
     */
    public static String cost(Double usd) {
        if (usd == null) {
            return "n/a";
        }
        if (Money.saturated(usd)) {
            return String.format(Locale.ROOT, "at least $%.4e", usd);
        }
        if (usd >= 1e12) {
            return String.format(Locale.ROOT, "$%.4e", usd);
        }
        if (usd >= 1) {
            return String.format(Locale.ROOT, "$%,.2f", usd);
        }
        if (usd > 0 && usd < 0.00005) {
            return "$" + new BigDecimal(usd).round(new MathContext(2, RoundingMode.HALF_UP)).stripTrailingZeros()
                    .toPlainString();
        }
        return "$" + decimals(usd, 4);
    }

    /**
     * {@code value} with {@code places} decimals, rounded half up, as {@code String.format("%.<places>f")} writes it
     * for a finite value that is not negative zero, without the cost of a {@code Formatter}.
     */
    public static String decimals(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    /** A budget as it was given, every digit kept: $0.000001, $2.5. */
    public static String budget(double usd) {
        return "$" + BigDecimal.valueOf(usd).stripTrailingZeros().toPlainString();
    }
}
