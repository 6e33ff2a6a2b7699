package dev.aitest.baseline;

import dev.aitest.model.BaselineChange;
import dev.aitest.model.BaselineComparison;
import dev.aitest.model.BaselineOverall;
import dev.aitest.model.BaselineRuns;
import dev.aitest.model.TestChange;
import dev.aitest.model.Results;
import dev.aitest.stats.RateText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * How a comparison with the baseline reads, the same in the verdict, on the console and in the reports: the overall
 * difference in percentage points with its interval, and a test's runs then and now with its p-values.
 */
public final class BaselineText {

    private BaselineText() {
    }

    /**
     * "-12.5 points (95% CI -20.1 to -4.9) over 3 tests: worse beyond noise", or "no test ran both now and in the
     * baseline" when nothing was matched.
     *
     * @param confidence the confidence level of the interval
     */
    public static String overall(BaselineOverall overall, double confidence) {
        if (overall.difference() == null) {
            return "no test ran both now and in the baseline";
        }
        String tests = " over " + overall.matchedTests() + " test" + (overall.matchedTests() == 1 ? "" : "s");
        if (overall.differenceLow() == null || overall.differenceHigh() == null) {
            return points(overall.difference(), 1) + tests + " (one test gives no interval)";
        }
        int decimals = RateText.decimals(overall.differenceLow(), overall.differenceHigh());
        return points(overall.difference(), decimals) + " (" + RateText.level(confidence) + " CI "
                + signed(overall.differenceLow(), decimals) + " to " + signed(overall.differenceHigh(), decimals) + ")"
                + tests + ": " + verdict(overall);
    }

    /**
     * "the comparison with the baseline main/results.json was made at 95% confidence when results.json was written
     * and is used as it is; aitest:report -Daitest.baseline=main/results.json -Daitest.confidence=0.99 compares
     * again", when the results are judged at another level than their stored comparison was made at; null when they
     * hold no comparison or it is at their level.
     *
     * @param results the results as judged now
     * @param report the results.json to name
     */
    public static String otherLevel(Results results, String report) {
        BaselineComparison comparison = results.baseline();
        if (comparison == null || comparison.confidence(results.criteria().confidenceLevel()) == results.criteria().confidenceLevel()) {
            return null;
        }
        return "the comparison with the baseline " + comparison.source().path() + " was made at "
                + RateText.level(comparison.confidence(results.criteria().confidenceLevel())) + " confidence when " + report
                + " was written and is used as it is; aitest:report -Daitest.baseline=" + comparison.source().path()
                + " -Daitest.confidence=" + BigDecimal.valueOf(results.criteria().confidenceLevel()).stripTrailingZeros()
                        .toPlainString() + " compares again";
    }

    /** "worse beyond noise", "better beyond noise" or "within noise". */
    public static String verdict(BaselineOverall overall) {
        return overall.regressed() ? "worse beyond noise" : overall.improved() ? "better beyond noise" : "within noise";
    }

    /** "it.AgentTest#answers 5/5 · 100% then, 0/5 · 0% now (p 0.004, adjusted 0.012)". */
    public static String test(TestChange test) {
        String name = (test.module() == null ? "" : test.module() + " ") + test.id();
        return name + " " + runs(test.before()) + " then, " + runs(test.after()) + " now"
                + (test.pValue() == null ? "" : " (p " + p(test.pValue()) + ", adjusted " + p(test.adjustedPValue())
                        + ")");
    }

    /** "5/5 · 100%", or "not run" for a side without the test. */
    public static String runs(BaselineRuns runs) {
        return runs == null ? "not run" : RateText.evidence(runs.passedRuns(), runs.countedRuns(), null, null, null);
    }

    /** The regressed tests, the most significant first. */
    public static List<TestChange> regressed(BaselineComparison comparison) {
        return comparison.tests().stream().filter(t -> t.change() == BaselineChange.REGRESSED).toList();
    }

    /** A p-value with two significant digits: 0.0040, 0.012, 0.5, 1. */
    public static String p(Double value) {
        if (value == null) {
            return "n/a";
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(2, RoundingMode.HALF_UP)).stripTrailingZeros()
                .toPlainString();
    }

    private static String points(double value, int decimals) {
        return signed(value, decimals) + " points";
    }

    /** The value with a sign, with more decimals when rounding would put it on the other side of 0 (or on it). */
    private static String signed(double value, int decimals) {
        BigDecimal exact = BigDecimal.valueOf(value);
        BigDecimal shown = exact.setScale(Math.min(decimals, 2), RoundingMode.HALF_UP);
        for (int d = shown.scale() + 1; d <= 2 && shown.signum() != exact.signum(); d++) {
            shown = exact.setScale(d, RoundingMode.HALF_UP);
        }
        return (shown.signum() > 0 ? "+" : "") + shown.toPlainString();
    }

}
