package dev.aitest.adaptive;

import dev.aitest.model.SettledBy;
import dev.aitest.gate.GateMode;
import dev.aitest.stats.ClopperPearson;
import dev.aitest.stats.Interval;
import dev.aitest.stats.Wilson;

/**
 * When a rate against a threshold is settled, so that an adaptive run stops running it ({@code aitest.adaptive}).
 * It is looked at after every iteration from {@code minIterations} to {@code maxIterations}, and settled one of two
 * ways:
 *
 * <ul>
 *   <li>{@link SettledBy#DETERMINED}: every continuation of its remaining runs (each passing, failing or being
 *       skipped) gives the same verdict under the gate as now, so that stopping gives exactly the verdict of a fixed
 *       run of {@code maxIterations}. The verdict of k passed of n counted runs is the gate's
 *       ({@link GateMode#meets}, with the Wilson interval for strict and lenient); for a fixed number of counted
 *       runs it can only rise with k, so each count of runs is checked at its two ends (all the rest failing, all
 *       passing).</li>
 *   <li>{@link SettledBy#CONCLUSIVE}: the Clopper-Pearson interval at level 1 - alpha/L, with alpha = 1 - confidence
 *       and L = maxIterations - minIterations + 1 the number of looks there can be, lies wholly at or above the
 *       threshold or wholly below it, and the gate's verdict on the runs so far is that side. By the union bound over
 *       the L looks, the chance that any look's interval misses the true rate is at most alpha, whatever the rule
 *       that chose when to stop: the interval is anytime-valid over the looks, where a Wilson interval checked after
 *       every iteration is not (optional stopping inflates its error).</li>
 * </ul>
 *
 * <p>A test without a counted run is never settled.
 */
public final class StoppingRule {

    private final int minIterations;
    private final int maxIterations;
    private final GateMode gate;
    private final double z;
    private final double alphaPerLook;
    /** The anytime intervals computed so far, by counted runs and passed runs: a run looks up the same few often. */
    private final Interval[][] intervals;

    /**
     * @param minIterations the runs every test gets before it may stop, 1 &lt;= min &lt;= max
     * @param maxIterations the most runs a test gets
     * @param gate how a rate is held against its threshold
     * @param confidence the confidence level, as for {@code aitest.confidence}
     * @param z the normal quantile of the confidence level, for the gate's Wilson interval
     */
    public StoppingRule(int minIterations, int maxIterations, GateMode gate, double confidence, double z) {
        if (minIterations < 1 || minIterations > maxIterations) {
            throw new IllegalArgumentException("need 1 <= minIterations <= maxIterations, got " + minIterations
                    + " and " + maxIterations);
        }
        this.minIterations = minIterations;
        this.maxIterations = maxIterations;
        this.gate = gate;
        this.z = z;
        this.alphaPerLook = (1 - confidence) / looks();
        this.intervals = new Interval[maxIterations + 1][];
    }

    /** L: the looks there can be, one after each iteration from minIterations to maxIterations. */
    public int looks() {
        return maxIterations - minIterations + 1;
    }

    /**
     * Whether the test is settled after {@code iterations} iterations in which it had {@code passed} passed and
     * {@code failed} failed runs, and how; null when it must run on (before minIterations, at or after the maximum,
     * or unsettled).
     *
     * @param threshold its threshold in percent
     */
    public SettledBy settle(int passed, int failed, int iterations, double threshold) {
        if (iterations < minIterations || iterations >= maxIterations || passed + failed == 0) {
            return null;
        }
        if (determined(passed, failed, maxIterations - iterations, threshold)) {
            return SettledBy.DETERMINED;
        }
        return conclusive(passed, passed + failed, threshold) ? SettledBy.CONCLUSIVE : null;
    }

    /** Whether every continuation of {@code remaining} runs after these gives the verdict these give. */
    public boolean determined(int passed, int failed, int remaining, double threshold) {
        Boolean now = verdict(passed, passed + failed, threshold);
        for (int more = 0; more <= remaining; more++) {
            int counted = passed + failed + more;
            if (!same(now, verdict(passed, counted, threshold)) || !same(now, verdict(passed + more, counted, threshold))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the anytime-valid interval settles {@code passed} of {@code counted} and the gate agrees. */
    public boolean conclusive(int passed, int counted, double threshold) {
        Interval interval = anytimeInterval(passed, counted);
        double t = threshold / 100;
        Boolean verdict = verdict(passed, counted, threshold);
        return interval.low() >= t && Boolean.TRUE.equals(verdict) || interval.high() < t && Boolean.FALSE.equals(verdict);
    }

    /** The Clopper-Pearson interval at level 1 - alpha/L. */
    public synchronized Interval anytimeInterval(int passed, int counted) {
        if (counted >= intervals.length) {
            return ClopperPearson.interval(passed, counted, alphaPerLook);
        }
        if (intervals[counted] == null) {
            intervals[counted] = new Interval[counted + 1];
        }
        Interval interval = intervals[counted][passed];
        if (interval == null) {
            interval = ClopperPearson.interval(passed, counted, alphaPerLook);
            intervals[counted][passed] = interval;
        }
        return interval;
    }

    /** The gate's verdict on {@code passed} of {@code counted} runs; null without a counted run. */
    public Boolean verdict(int passed, int counted, double threshold) {
        return counted == 0 ? null : gate.meets(passed, counted, Wilson.interval(passed, counted, z), threshold);
    }

    private static boolean same(Boolean a, Boolean b) {
        return a == null ? b == null : a.equals(b);
    }
}
