package dev.aitest.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a pass rate and its interval are written: with the precision the evidence supports, so that 2 of 3 reads
 * "2/3 · 67% (21-94%)" and not "66.67 %". The decimals follow the interval's width: none when it is 10 points wide or
 * more, one when it is at least 1 point wide, two when narrower. A rate with no interval gets decimals from its
 * number of runs (none under 100, one under 1,000, else two).
 *
 * <p>A figure gets more decimals whenever rounding would make it lie: a rate never reads 100% unless every run passed
 * nor 0% unless none did, and next to a threshold each figure compares with the threshold as the exact one does (a
 * rate of 79.6% is not shown as "80%" next to a threshold of 80%; a lower bound of 79.6% neither).
 */
public final class RateText {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_DECIMALS = 10;

    private RateText() {
    }

    /** Decimals for a rate whose interval is [low, high] (percent); for no interval, see {@link #decimals(int)}. */
    public static int decimals(double low, double high) {
        double width = high - low;
        return width >= 10 ? 0 : width >= 1 ? 1 : 2;
    }

    /** Decimals for a rate over {@code counted} runs with no interval. */
    public static int decimals(int counted) {
        return counted < 100 ? 0 : counted < 1000 ? 1 : 2;
    }

    /**
     * {@code passed} of {@code counted} runs in percent, "67%", with {@code decimals} or more (see the class); "n/a"
     * when no run counted.
     *
     * @param threshold the threshold (percent) it stands next to, or null
     */
    public static String rate(int passed, int counted, int decimals, Double threshold) {
        if (counted <= 0) {
            return "n/a";
        }
        BigDecimal exact = BigDecimal.valueOf(passed * 100L);
        BigDecimal total = BigDecimal.valueOf(counted);
        Boolean meets = threshold == null ? null : atLeast(passed, counted, threshold);
        BigDecimal shown = null;
        for (int d = decimals; d <= MAX_DECIMALS; d++) {
            shown = exact.divide(total, d, RoundingMode.HALF_UP);
            boolean lies = shown.compareTo(HUNDRED) == 0 && passed < counted
                    || shown.signum() == 0 && passed > 0
                    || meets != null && (shown.compareTo(BigDecimal.valueOf(threshold)) >= 0) != meets;
            if (!lies) {
                break;
            }
        }
        return shown.toPlainString() + "%";
    }

    /**
     * The interval [low, high] (percent, as written in results.json), "21-94%": each bound rounded to
     * {@code decimals}, or to more when a rounded bound would compare with {@code threshold} otherwise than the bound
     * does (at two decimals the bounds are written as they are).
     *
     * @param threshold the threshold (percent) it stands next to, or null
     */
    public static String interval(double low, double high, int decimals, Double threshold) {
        return bound(low, decimals, threshold) + "-" + bound(high, decimals, threshold) + "%";
    }

    private static String bound(double value, int decimals, Double threshold) {
        BigDecimal exact = BigDecimal.valueOf(value);
        BigDecimal shown = exact.setScale(Math.min(decimals, 2), RoundingMode.HALF_UP);
        for (int d = shown.scale() + 1; d <= 2 && threshold != null
                && !sameSide(shown, exact, BigDecimal.valueOf(threshold)); d++) {
            shown = exact.setScale(d, RoundingMode.HALF_UP);
        }
        return shown.toPlainString();
    }

    /** Whether {@code shown} lies on the same side of {@code threshold} as {@code exact}: below it, or at or above. */
    private static boolean sameSide(BigDecimal shown, BigDecimal exact, BigDecimal threshold) {
        return (shown.compareTo(threshold) >= 0) == (exact.compareTo(threshold) >= 0);
    }

    /**
     * "2/3 · 67% (21-94%)": passed of counted runs, the rate and its interval, with the precision the interval
     * supports; "0/0 · n/a" when no run counted, and without the interval when there is none.
     *
     * @param low the interval's lower bound (percent), or null
     * @param high its upper bound, or null
     * @param threshold the threshold (percent) the figures stand next to, or null
     */
    public static String evidence(int passed, int counted, Double low, Double high, Double threshold) {
        String ratio = passed + "/" + counted + " \u00B7 ";
        if (counted <= 0) {
            return ratio + "n/a";
        }
        if (low == null || high == null) {
            return ratio + rate(passed, counted, decimals(counted), threshold);
        }
        int decimals = decimals(low, high);
        return ratio + rate(passed, counted, decimals, threshold) + " (" + interval(low, high, decimals, threshold)
                + ")";
    }

    /** Whether {@code passed} of {@code counted} runs are at least {@code threshold} percent, exactly. */
    public static boolean atLeast(long passed, long counted, double threshold) {
        return BigDecimal.valueOf(passed).multiply(BigDecimal.valueOf(100))
                .compareTo(BigDecimal.valueOf(threshold).multiply(BigDecimal.valueOf(counted))) >= 0;
    }

    /** A confidence level as a percentage: "95%", "99.5%". */
    public static String level(double confidence) {
        return threshold(confidence * 100);
    }

    /** A threshold as configured, "80%", "66.5%". */
    public static String threshold(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + "%";
    }
}
