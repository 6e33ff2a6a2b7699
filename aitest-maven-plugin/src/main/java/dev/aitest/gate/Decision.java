package dev.aitest.gate;

import dev.aitest.baseline.BaselineText;
import dev.aitest.model.BaselineComparison;
import dev.aitest.model.Results;
import dev.aitest.model.TestChange;
import dev.aitest.stats.RateText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code aitest:verify} decided.
 *
 * @param verdict the verdict
 * @param notes lines to log before it: criteria other than the recorded ones, an incomplete run judged
 */
public record Decision(Verdict verdict, List<String> notes) {

    /**
     * The verdict of {@code aitest:verify}: with the criteria given to it, else with those recorded in results.json
     * (the ones the reports show). When a given one differs, a note names both, so that the build and the reports
     * never disagree silently. An incomplete run (stopped, killed, or still under way) does not pass unless
     * {@code allowIncomplete}.
     *
     * @param results the results read from results.json
     * @param given the criteria given to aitest:verify
     * @param allowIncomplete {@code aitest.allowIncomplete}: judge the iterations of an incomplete run
     * @param report the path to name in the message
     */
    public static Decision of(Results results, GivenCriteria given, boolean allowIncomplete, String report) {
        return of(results, given, allowIncomplete, false, report);
    }

    /**
     * {@link #of(Results, GivenCriteria, boolean, String)}, and with {@code failOnRegression}
     * ({@code aitest.failOnRegression}) also failing when the comparison with the baseline that results.json holds
     * found the overall rate worse beyond noise or a test regressed; without it, regressions are a note.
     */
    public static Decision of(Results results, GivenCriteria given, boolean allowIncomplete, boolean failOnRegression,
            String report) {
        List<String> notes = new ArrayList<>();
        if (!results.progress().runComplete()) {
            String finished = results.progress().finishedIterations().size() + " of " + results.run().iterations()
                    + " iterations finished";
            if (!allowIncomplete) {
                return new Decision(new Verdict(false, true, report + " is incomplete (" + finished
                        + "): the run was stopped or is still under way, and aitest:verify does not pass an "
                        + "incomplete run; run the tests again, or judge the iterations that finished with "
                        + "-Daitest.allowIncomplete=true", null), notes);
            }
            notes.add("aitest: judging an incomplete run (" + finished + ") because aitest.allowIncomplete is true");
        }
        String partial = PassRateGate.partial(results);
        if (partial != null) {
            notes.add("aitest: " + partial + ": this verdict judges only part of the run");
        }
        List<String> changes = given.changes(results);
        if (changes.size() == 1 && given.minPassRate() != null && changes.get(0).startsWith("aitest.minPassRate ")) {
            String mine = RateText.threshold(given.minPassRate());
            notes.add("aitest: aitest:verify judges with aitest.minPassRate " + mine + ", not with the "
                    + RateText.threshold(results.criteria().minPassRate()) + " that " + report + " and the reports were "
                    + "written with; the verdict below uses " + mine + " (aitest:report -Daitest.minPassRate="
                    + BigDecimal.valueOf(given.minPassRate()).stripTrailingZeros().toPlainString()
                    + " writes the reports with it)");
        } else if (!changes.isEmpty()) {
            notes.add("aitest: aitest:verify judges with " + String.join(", ", changes) + ", not with what " + report
                    + " and the reports were written with; the verdict below uses them (aitest:report with the same "
                    + "properties writes the reports with them)");
        }
        // every statistic and verdict from the counts, which reading checked against the per-run entries: an edited
        // interval, meetsThreshold or conclusive in the file decides nothing
        Results on = given.on(results);
        Results judged = RateStatistics.apply(on);
        if (on == results) {
            List<String> edited = RateStatistics.differences(results, judged);
            if (!edited.isEmpty()) {
                notes.add("aitest: " + report + " records figures its runs do not give: "
                        + String.join("; ", edited.subList(0, Math.min(PassRateGate.MAX_TESTS_NAMED, edited.size())))
                        + (edited.size() > PassRateGate.MAX_TESTS_NAMED ? "; and " + (edited.size() - PassRateGate.MAX_TESTS_NAMED) + " more" : "")
                        + "; it was edited or written by another version, and the verdict below is computed from "
                        + "its runs");
            }
        }
        String otherLevel = BaselineText.otherLevel(judged, report);
        if (otherLevel != null) {
            notes.add("aitest: " + otherLevel);
        }
        Verdict verdict = PassRateGate.judge(judged, report);
        String regressions = regressions(results);
        if (regressions == null) {
            return new Decision(verdict, notes);
        }
        if (!failOnRegression) {
            notes.add("aitest: " + regressions + " (aitest.failOnRegression=true fails the build on this)");
            return new Decision(verdict, notes);
        }
        return new Decision(verdict.passed() ? new Verdict(false, verdict.counted(), regressions, report)
                : verdict.and(regressions), notes);
    }

    /**
     * "against the baseline aitest-baseline.json, the pass rate is -40 points (...): worse beyond noise; 1 test
     * regressed: ...", naming up to {@value PassRateGate#MAX_TESTS_NAMED} regressed tests; null when the results hold no
     * comparison or it found no regression.
     */
    static String regressions(Results results) {
        BaselineComparison comparison = results.baseline();
        if (comparison == null) {
            return null;
        }
        List<TestChange> regressed = BaselineText.regressed(comparison);
        if (regressed.isEmpty() && !comparison.overall().regressed()) {
            return null;
        }
        StringBuilder text = new StringBuilder("against the baseline ").append(comparison.source().path());
        if (comparison.overall().regressed()) {
            text.append(", the pass rate is ").append(BaselineText.overall(comparison.overall(),
                    comparison.confidence(results.criteria().confidenceLevel())));
        }
        if (!regressed.isEmpty()) {
            text.append(comparison.overall().regressed() ? "; " : ", ").append(regressed.size())
                    .append(regressed.size() == 1 ? " test regressed: " : " tests regressed: ");
            List<String> named = regressed.subList(0, Math.min(PassRateGate.MAX_TESTS_NAMED, regressed.size())).stream()
                    .map(BaselineText::test).toList();
            text.append(String.join("; ", named));
            if (regressed.size() > PassRateGate.MAX_TESTS_NAMED) {
                text.append("; and ").append(regressed.size() - PassRateGate.MAX_TESTS_NAMED).append(" more");
            }
        }
        return text.toString();
    }
}
