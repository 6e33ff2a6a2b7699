package dev.aitest.model;

/**
 * Token counts. Sums saturate at {@link #SATURATED} instead of wrapping: a test may record up to
 * {@link Long#MAX_VALUE} tokens per call ({@code AiTest.recordUsage} accepts any count of 0 or more), and twice
 * that in a {@code long} is a negative number that would be shown, summed and compared as if it were true.
 */
public final class Tokens {

    /** The largest count aitest adds up to; a sum that reaches it is "at least" this many. */
    public static final long SATURATED = Long.MAX_VALUE;

    private Tokens() {
    }

    /** {@code a + b} for counts of 0 or more, saturating at {@link #SATURATED}. */
    public static long add(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? Long.MIN_VALUE : SATURATED) : sum;
    }

    /** The sum of two counts where null means none recorded: null only when both are. Saturates. */
    public static Long add(Long a, Long b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : add(a.longValue(), b.longValue());
    }

    /** Whether {@code tokens} is a sum that saturated, i.e. the true total is at least {@link #SATURATED}. */
    public static boolean saturated(Long tokens) {
        return tokens != null && tokens == SATURATED;
    }
}
