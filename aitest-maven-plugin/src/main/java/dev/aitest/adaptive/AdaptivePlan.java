package dev.aitest.adaptive;

import dev.aitest.model.SettledBy;
import dev.aitest.gate.GateMode;
import dev.aitest.stats.RateText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which tests an adaptive run still runs ({@code aitest.adaptive}), decided after each iteration in index order.
 *
 * <p>First the overall rate against {@code aitest.minPassRate}: while it is unsettled, every test runs, so that the
 * iterations up to the one after which it settled ({@link #overallAt()}) are iterations in which every test ran; the
 * overall rate, its interval and its verdict are computed over those iterations alone, and are not biased by which
 * tests ran more often. It settles as
 *
 * <ul>
 *   <li>{@link SettledBy#DETERMINED} under the observed gate when no outcome of the remaining runs (every test, every
 *       remaining iteration) could change it: passed x 100 &gt;= threshold x (counted + remaining) for a pass (all the
 *       rest failing), or (passed + remaining) x 100 &lt; threshold x (counted + remaining) for a failure (all the rest
 *       passing); fewer counted runs (skips) lie between these ends. Under the strict and lenient gates the overall
 *       interval is the design-effect one, which depends on how the runs fall over the tests, and is never taken as
 *       determined;</li>
 *   <li>{@link SettledBy#CONCLUSIVE} when the mean of the per-iteration pass rates, m over i iterations, is at least
 *       e = sqrt(ln(2L / alpha) / (2i)) from the threshold (Hoeffding's inequality for the i independent per-iteration
 *       rates, each in [0, 1], with a union bound over the L looks) and the observed rate is on the same side. This is
 *       valid however the tests within an iteration depend on each other, and conservative.</li>
 * </ul>
 *
 * <p>Once the overall rate is settled, a test without a threshold of its own stops with it (settled at the same
 * iteration, the same way); a test with one ({@code @MinPassRate} or {@code aitest.minTestPassRate}) runs until the
 * {@link StoppingRule} settles it.
 */
public final class AdaptivePlan {

    /**
     * One test's runs so far.
     *
     * @param id its id
     * @param passed passed runs
     * @param failed failed runs (failures and errors)
     * @param threshold its own threshold in percent, or null
     */
    public record Tally(String id, int passed, int failed, Double threshold) {
    }

    /**
     * When and how a test or the overall rate settled.
     *
     * @param at the iteration after which it stopped
     * @param by how
     */
    public record Settled(int at, SettledBy by) {
    }

    private final StoppingRule rule;
    private final GateMode gate;
    private final double minPassRate;
    private final double confidence;
    private final int maxIterations;
    private final int minIterations;
    private final Map<String, Settled> settled = new LinkedHashMap<>();
    private Settled overall;
    private double sumOfRates;
    private int iterationsSeen;
    private long overallPassed;
    private long overallFailed;

    /**
     * @param rule the rule for each test
     * @param gate the gate ({@code aitest.gate})
     * @param minPassRate {@code aitest.minPassRate}
     * @param confidence {@code aitest.confidence}
     * @param minIterations {@code aitest.minIterations}
     * @param maxIterations {@code aitest.iterations}
     */
    public AdaptivePlan(StoppingRule rule, GateMode gate, double minPassRate, double confidence, int minIterations,
            int maxIterations) {
        this.rule = rule;
        this.gate = gate;
        this.minPassRate = minPassRate;
        this.confidence = confidence;
        this.minIterations = minIterations;
        this.maxIterations = maxIterations;
    }

    /**
     * Takes iteration {@code iteration} (the next in index order), given every test's runs so far and, while the
     * overall rate is unsettled, the runs of this iteration alone.
     *
     * @param iteration its index
     * @param tallies every test's runs up to and with it
     * @param passedNow passed runs of this iteration (all tests)
     * @param countedNow counted runs of this iteration (all tests)
     */
    public void after(int iteration, List<Tally> tallies, int passedNow, int countedNow) {
        if (overall == null) {
            overallPassed += passedNow;
            overallFailed += countedNow - passedNow;
            if (countedNow > 0) {
                sumOfRates += (double) passedNow / countedNow;
                iterationsSeen++;
            }
            overall = settleOverall(iteration, tallies.size());
        }
        if (overall == null) {
            return;
        }
        for (Tally tally : tallies) {
            if (settled.containsKey(tally.id())) {
                continue;
            }
            if (tally.threshold() == null) {
                settled.put(tally.id(), overall);
                continue;
            }
            SettledBy by = rule.settle(tally.passed(), tally.failed(), iteration, tally.threshold());
            if (by != null) {
                settled.put(tally.id(), new Settled(iteration, by));
            }
        }
    }

    private Settled settleOverall(int iteration, int tests) {
        if (iteration < minIterations || iteration >= maxIterations || overallPassed + overallFailed == 0) {
            return null;
        }
        long counted = overallPassed + overallFailed;
        long remaining = (long) tests * (maxIterations - iteration);
        boolean now = atLeast(overallPassed, counted);
        if (gate == GateMode.OBSERVED && (now ? atLeast(overallPassed, counted + remaining)
                : !atLeast(overallPassed + remaining, counted + remaining))) {
            return new Settled(iteration, SettledBy.DETERMINED);
        }
        double mean = sumOfRates / iterationsSeen;
        double margin = Math.sqrt(Math.log(2.0 * rule.looks() / (1 - confidence)) / (2.0 * iterationsSeen));
        double t = minPassRate / 100;
        if (mean - margin >= t && now || mean + margin < t && !now) {
            return new Settled(iteration, SettledBy.CONCLUSIVE);
        }
        return null;
    }

    private boolean atLeast(long passed, long counted) {
        return RateText.atLeast(passed, counted, minPassRate);
    }

    /** Whether {@code id} runs in the next iteration. */
    public boolean runs(String id) {
        return !settled.containsKey(id);
    }

    /** The tests settled so far, by id, in the order they settled. */
    public Map<String, Settled> settled() {
        return Collections.unmodifiableMap(settled);
    }

    /** When and how the overall rate settled; null while it has not. */
    public Settled overallAt() {
        return overall;
    }
}
