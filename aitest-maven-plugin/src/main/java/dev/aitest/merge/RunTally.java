package dev.aitest.merge;

import dev.aitest.model.Rates;
import dev.aitest.model.RunOutcome;

/** Counts runs by outcome; failures and errors count together as failed. */
public final class RunTally {

    private int passed;
    private int failed;
    private int skipped;

    /** Counts one run. */
    public void add(RunOutcome outcome) {
        switch (outcome) {
            case PASSED -> passed++;
            case SKIPPED -> skipped++;
            default -> failed++;
        }
    }

    public int passed() {
        return passed;
    }

    public int failed() {
        return failed;
    }

    public int skipped() {
        return skipped;
    }

    public int total() {
        return passed + failed + skipped;
    }

    /** The pass rate of the counted runs, see {@link Rates#passRate(int, int)}. */
    public Double passRate() {
        return Rates.passRate(passed, failed);
    }
}
