package dev.aitest.facts;

import dev.aitest.stats.RateText;

/**
 * A pass rate as the reports write it, with the precision its evidence supports (see {@link RateText}).
 *
 * @param runs passed of counted runs, "2/3"
 * @param rate the rate, "67%", or "n/a" when no run counted
 * @param interval its confidence interval, "21-94%", or null when there is none
 * @param evidence all of it in one, "2/3 · 67% (21-94%)"
 */
public record Rate(String runs, String rate, String interval, String evidence) {

    /**
     * The rate of {@code passed} of {@code counted} runs with the interval [low, high] (percent, either null when
     * there is none), next to {@code threshold} (percent, or null).
     */
    public static Rate of(int passed, int counted, Double low, Double high, Double threshold) {
        boolean known = counted > 0 && low != null && high != null;
        int decimals = known ? RateText.decimals(low, high) : RateText.decimals(counted);
        String runs = passed + "/" + counted;
        String rate = RateText.rate(passed, counted, decimals, threshold);
        String interval = known ? RateText.interval(low, high, decimals, threshold) : null;
        // as RateText.evidence writes it, from the parts at hand
        return new Rate(runs, rate, interval, runs + " \u00B7 " + rate + (interval == null ? "" : " (" + interval + ")"));
    }
}
