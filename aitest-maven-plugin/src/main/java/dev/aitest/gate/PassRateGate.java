package dev.aitest.gate;

import dev.aitest.model.Summary;
import java.util.Locale;

/** Decides whether an overall pass rate meets {@code aitest.minPassRate}. */
public final class PassRateGate {

    private PassRateGate() {
    }

    /**
     * Checks the summary against the threshold. Counts are compared exactly (passed x 100 against
     * threshold x counted runs), so no rounding can turn a failure into a pass.
     *
     * @param summary the run's totals
     * @param minPassRate the threshold in percent
     * @param report the path to name in the message
     */
    public static Verdict check(Summary summary, double minPassRate, String report) {
        int counted = summary.passedRuns() + summary.failedRuns();
        if (counted == 0) {
            return new Verdict(true, String.format(Locale.ROOT,
                    "aitest: no test run counted (%d skipped), so there is no pass rate to check against "
                            + "aitest.minPassRate - see %s", summary.skippedRuns(), report));
        }
        boolean passed = summary.passedRuns() * 100.0 >= minPassRate * counted;
        double rate = summary.passedRuns() * 100.0 / counted;
        String rateText = percent(rate, minPassRate);
        String message = passed
                ? String.format(Locale.ROOT, "aitest: pass rate %s (%d/%d runs) meets aitest.minPassRate %s",
                        rateText, summary.passedRuns(), counted, percent(minPassRate, minPassRate))
                : String.format(Locale.ROOT, "aitest: pass rate %s (%d/%d runs) is below aitest.minPassRate %s - see %s",
                        rateText, summary.passedRuns(), counted, percent(minPassRate, minPassRate), report);
        return new Verdict(passed, message);
    }

    /** One decimal, or two when one would make a rate look equal to the threshold it misses. */
    static String percent(double value, double threshold) {
        String one = String.format(Locale.ROOT, "%.1f%%", value);
        if (value != threshold && one.equals(String.format(Locale.ROOT, "%.1f%%", threshold))) {
            return String.format(Locale.ROOT, "%.2f%%", value);
        }
        return one;
    }

    /**
     * The outcome of the check.
     *
     * @param passed true when the build may go on
     * @param message what to tell the user
     */
    public record Verdict(boolean passed, String message) {
    }
}
