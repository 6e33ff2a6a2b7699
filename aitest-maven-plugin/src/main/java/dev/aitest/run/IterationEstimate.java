package dev.aitest.run;

import dev.aitest.cost.Pricing;
import dev.aitest.facts.Formats;
import dev.aitest.merge.SidecarReader;
import dev.aitest.model.Money;

/**
 * What the line of an iteration that ended adds about the run: the time the iterations still to come will take,
 * expected from the mean wall time of those that ended (divided among {@code parallel} iterations at a time), and the
 * cost recorded so far (priced as the totals price it), so that a long run (2,000 iterations of a suite) says how
 * long it has to go and what it has cost instead of leaving the user to guess. Shared by the iterations of a run
 * that end at the same time.
 */
final class IterationEstimate {

    private final int planned;
    private final int parallel;
    private final Pricing pricing;
    private int ended;
    private long millis;
    private Double cost;

    /**
     * @param planned the iterations this job runs (a shard's share, not the run's N)
     * @param parallel how many run at the same time
     */
    IterationEstimate(int planned, int parallel, Pricing pricing) {
        this.planned = planned;
        this.parallel = Math.max(1, Math.min(parallel, planned));
        this.pricing = pricing;
    }

    /**
     * Takes an iteration that ended after {@code iterationMillis} with {@code sidecars}, and gives what its line adds:
     * {@code "; about 46 min 40 s left, $0.0123 recorded so far"}, either part left out when there is no iteration to
     * come or no cost recorded; "" when neither.
     */
    synchronized String ended(long iterationMillis, SidecarReader.Sidecars sidecars) {
        ended++;
        millis += Math.max(0, iterationMillis);
        cost = Money.add(cost, sidecars.cost(pricing));
        int remaining = planned - ended;
        StringBuilder line = new StringBuilder();
        if (remaining > 0) {
            double mean = (double) millis / ended;
            long left = (long) Math.ceil(mean * remaining / Math.min(parallel, remaining));
            line.append("; about ").append(Formats.duration(left)).append(" left (")
                    .append(remaining).append(remaining == 1 ? " iteration" : " iterations").append(')');
        }
        if (cost != null) {
            line.append(remaining > 0 ? ", " : "; ").append(Formats.cost(Money.round(cost))).append(" recorded so far");
        }
        return line.toString();
    }
}
