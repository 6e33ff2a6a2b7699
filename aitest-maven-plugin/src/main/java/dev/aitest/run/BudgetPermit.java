package dev.aitest.run;

import dev.aitest.cost.Pricing;
import dev.aitest.facts.Formats;
import dev.aitest.model.Money;
import dev.aitest.model.StoppedEarly;
import dev.aitest.port.Console;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Lets an iteration start only while the run is within its {@link Budget}: the cost recorded by the iterations that
 * ended has not reached {@code maxCostUsd}, and the next iteration, expected to take the mean time of those that
 * ended, would end within {@code maxDurationMs} of the start. The first refusal is recorded ({@link #stoppedEarly()})
 * and said once on the console; the run then ends as a normal one with the iterations that ran.
 */
final class BudgetPermit implements IterationScheduler.StartPermit {

    private final Budget budget;
    private final int iterations;
    private final Pricing pricing;
    private final Console console;
    private final LongSupplier clock;
    private final long start;
    private Double cost;
    private long iterationMillis;
    private int ended;
    private int started;
    private StoppedEarly stoppedEarly;

    /**
     * @param clock milliseconds, for the time budget
     */
    BudgetPermit(Budget budget, int iterations, Pricing pricing, Console console, LongSupplier clock) {
        this.budget = budget;
        this.iterations = iterations;
        this.pricing = pricing;
        this.console = console;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    @Override
    public synchronized boolean mayStart(int index) {
        if (stoppedEarly != null) {
            return false;
        }
        long elapsed = clock.getAsLong() - start;
        Double maxCost = budget.maxCostUsd();
        if (maxCost != null && cost != null && Money.round(cost) >= maxCost) {
            stop(new StoppedEarly(StoppedEarly.COST, started, Money.round(cost), maxCost, elapsed,
                    budget.maxDurationMs(), null), "the cost recorded so far, " + Formats.cost(Money.round(cost))
                            + ", has reached aitest.maxCostUsd " + Formats.budget(maxCost));
            return false;
        }
        Long maxDuration = budget.maxDurationMs();
        if (maxDuration != null && ended > 0) {
            long next = iterationMillis / ended;
            if (elapsed + next > maxDuration) {
                stop(new StoppedEarly(StoppedEarly.TIME, started, cost == null ? null : Money.round(cost),
                        maxCost, elapsed, maxDuration, next), String.format(Locale.ROOT, "the next iteration, "
                                + "expected to take %.1f s as the ones before did, would end %.1f s after the start, "
                                + "past aitest.maxDuration (%.1f s)", next / 1000.0, (elapsed + next) / 1000.0,
                                maxDuration / 1000.0));
                return false;
            }
        }
        started = index;
        return true;
    }

    @Override
    public synchronized void ended(IterationTask.Finished finished) {
        if (finished == null) {
            return;
        }
        ended++;
        iterationMillis += finished.data().durationMs();
        cost = Money.add(cost, finished.data().sidecars().cost(pricing));
    }

    /** Why the run started no further iteration, or null when the budget never stopped it. */
    synchronized StoppedEarly stoppedEarly() {
        return stoppedEarly;
    }

    private void stop(StoppedEarly why, String reason) {
        stoppedEarly = why;
        console.warn("aitest: " + reason + "; no further iteration starts, and the run ends with the " + why.afterIteration()
                + " of " + iterations + " iterations that ran");
    }

}
