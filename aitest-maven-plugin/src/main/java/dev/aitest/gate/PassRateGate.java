package dev.aitest.gate;

import dev.aitest.model.ModuleSummary;
import dev.aitest.model.Results;
import dev.aitest.model.Totals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Decides whether an overall pass rate meets {@code aitest.minPassRate}. */
public final class PassRateGate {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PassRateGate() {
    }

    /**
     * Checks the summary against the threshold. The comparison is exact (passed x 100 against threshold x counted
     * runs, in decimal arithmetic), so no rounding can turn a pass into a failure or a failure into a pass.
     *
     * @param summary the run's totals
     * @param minPassRate the threshold in percent
     * @param report the path to name in the message
     */
    public static Verdict check(Totals summary, double minPassRate, String report) {
        int counted = summary.passedRuns() + summary.failedRuns();
        if (counted == 0) {
            return new Verdict(true, false, String.format(Locale.ROOT,
                    "aitest: no test run counted (%d skipped), so there is no pass rate to check against "
                            + "aitest.minPassRate - see %s", summary.skippedRuns(), report));
        }
        BigDecimal threshold = BigDecimal.valueOf(minPassRate);
        BigDecimal passedTimesHundred = BigDecimal.valueOf(summary.passedRuns()).multiply(HUNDRED);
        boolean passed = passedTimesHundred.compareTo(threshold.multiply(BigDecimal.valueOf(counted))) >= 0;
        String thresholdText = threshold(threshold);
        String rateText = rate(summary.passedRuns(), counted, thresholdText, passed);
        String message = passed
                ? String.format(Locale.ROOT, "aitest: pass rate %s (%d/%d runs) meets aitest.minPassRate %s",
                        rateText, summary.passedRuns(), counted, thresholdText)
                : String.format(Locale.ROOT, "aitest: pass rate %s (%d/%d runs) is below aitest.minPassRate %s - see %s",
                        rateText, summary.passedRuns(), counted, thresholdText, report);
        return new Verdict(passed, true, message);
    }

    /**
     * The verdict of {@code aitest:verify}: against {@code given} when a threshold was given to it, else against the
     * one recorded in results.json (the one the reports show). When the two differ, a note says so and names both,
     * so that the build and the reports never disagree silently. An incomplete run (stopped, killed, or still under
     * way) does not pass unless {@code allowIncomplete}.
     *
     * @param results the results read from results.json
     * @param given the threshold given to aitest:verify, or null when none was
     * @param allowIncomplete {@code aitest.allowIncomplete}: judge the iterations of an incomplete run
     * @param report the path to name in the message
     */
    public static Decision decide(Results results, Double given, boolean allowIncomplete, String report) {
        List<String> notes = new ArrayList<>();
        if (!results.runComplete()) {
            String finished = results.finishedIterations().size() + " of " + results.iterations()
                    + " iterations finished";
            if (!allowIncomplete) {
                return new Decision(new Verdict(false, true, "aitest: " + report + " is incomplete (" + finished
                        + "): the run was stopped or is still under way, and aitest:verify does not pass an "
                        + "incomplete run; run the tests again, or judge the iterations that finished with "
                        + "-Daitest.allowIncomplete=true"), notes);
            }
            notes.add("aitest: judging an incomplete run (" + finished + ") because aitest.allowIncomplete is true");
        }
        double recorded = results.minPassRate();
        double threshold = given == null ? recorded : given;
        Verdict verdict = check(results.summary(), threshold, report);
        if (given != null && BigDecimal.valueOf(given).compareTo(BigDecimal.valueOf(recorded)) != 0) {
            String mine = threshold(BigDecimal.valueOf(given));
            notes.add("aitest: aitest:verify judges with aitest.minPassRate " + mine + ", not with the "
                    + threshold(BigDecimal.valueOf(recorded)) + " that " + report + " and the reports were written "
                    + "with; the verdict below uses " + mine + " (aitest:report -Daitest.minPassRate="
                    + BigDecimal.valueOf(given).stripTrailingZeros().toPlainString()
                    + " writes the reports with it)");
        }
        return new Decision(verdict, notes);
    }

    /**
     * What {@code aitest:verify} decided.
     *
     * @param verdict the verdict
     * @param notes lines to log before it: a threshold other than the recorded one, an incomplete run judged
     */
    public record Decision(Verdict verdict, List<String> notes) {
    }

    /**
     * The verdict of a reactor: each module against its own threshold, never a rate pooled over modules (hundreds of
     * deterministic unit tests in one module would hide an unreliable one). It passes when every module does.
     *
     * @param modules the modules with their totals and thresholds
     * @param report the path to name in the message
     */
    public static Verdict checkModules(List<ModuleSummary> modules, String report) {
        List<String> below = new ArrayList<>();
        boolean counted = false;
        for (ModuleSummary module : modules) {
            Verdict verdict = check(module.summary(), module.minPassRate(), report);
            counted |= verdict.counted();
            if (!verdict.passed()) {
                below.add(module.module() + ": " + brief(verdict.message()));
            }
        }
        return new Verdict(below.isEmpty(), counted, below.isEmpty()
                ? "aitest: every module meets its own aitest.minPassRate (" + modules.size() + " module"
                        + (modules.size() == 1 ? "" : "s") + ")"
                : belowMessage(below, report));
    }

    /**
     * The message that fails a reactor once every module ran: the modules below their own threshold, each with its
     * pass rate and runs.
     *
     * @param below one line per module: "core: pass rate 66.7% (4/6 runs) is below aitest.minPassRate 80.0%"
     */
    public static String belowMessage(List<String> below, String report) {
        return "aitest: " + below.size() + (below.size() == 1 ? " module is" : " modules are") + " below "
                + (below.size() == 1 ? "its" : "their") + " own aitest.minPassRate: " + String.join("; ", below)
                + " - see " + report;
    }

    /** A module's verdict message without the prefix and the file it names. */
    public static String brief(String message) {
        String text = message.startsWith("aitest: ") ? message.substring("aitest: ".length()) : message;
        int see = text.lastIndexOf(" - see ");
        return see < 0 ? text : text.substring(0, see);
    }

    /** The threshold as configured, with at least one decimal: 80 gives 80.0%, 66.64 gives 66.64%. */
    static String threshold(BigDecimal threshold) {
        BigDecimal plain = threshold.stripTrailingZeros();
        return (plain.scale() < 1 ? plain.setScale(1) : plain).toPlainString() + "%";
    }

    /**
     * The rate with one decimal, or with as many more as it takes for the printed rate to compare with the printed
     * threshold the way the real ones do (so 79.999% is never shown as 80.0% next to a threshold of 80.0%).
     */
    static String rate(int passed, int counted, String thresholdText, boolean meets) {
        BigDecimal exact = BigDecimal.valueOf(passed * 100L);
        BigDecimal shownThreshold = new BigDecimal(thresholdText.substring(0, thresholdText.length() - 1));
        BigDecimal shown = null;
        for (int decimals = 1; decimals <= 10; decimals++) {
            shown = exact.divide(BigDecimal.valueOf(counted), decimals, RoundingMode.HALF_UP);
            boolean looksMet = shown.compareTo(shownThreshold) >= 0;
            boolean looksHundred = shown.compareTo(HUNDRED) == 0 && passed < counted;
            if (looksMet == meets && !looksHundred) {
                break;
            }
        }
        return shown.toPlainString() + "%";
    }

    /**
     * The outcome of the check.
     *
     * @param passed true when the build may go on
     * @param counted false when no run counted, so there was no pass rate to check
     * @param message what to tell the user
     */
    public record Verdict(boolean passed, boolean counted, String message) {

        /** PASS, FAIL, or NO RUNS when no run counted. */
        public String label() {
            return !counted ? "NO RUNS" : passed ? "PASS" : "FAIL";
        }

        /** The label with what it means: "PASS (meets the threshold)". */
        public String description() {
            return !counted ? "NO RUNS (no run counted)"
                    : passed ? "PASS (meets the threshold)" : "FAIL (below the threshold)";
        }
    }
}
