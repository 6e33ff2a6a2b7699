package dev.aitest.facts;

import dev.aitest.baseline.BaselineText;
import dev.aitest.model.BaselineComparison;
import dev.aitest.model.BaselineCounts;
import dev.aitest.model.BaselineOverall;
import dev.aitest.model.BaselineSource;
import dev.aitest.model.Results;
import java.util.List;

/**
 * The comparison with the baseline, as the reports show it.
 *
 * @param source the baseline's path, and its iterations
 * @param overall "-12.5 points (95% CI -20.1 to -4.9) over 3 tests: worse beyond noise"
 * @param regressed true when the overall rate is worse beyond noise
 * @param improved true when it is better beyond noise
 * @param counts "1 regressed, 1 improved, 0 changed, 3 unchanged, 1 new, 0 removed"
 * @param rows every test that is not unchanged, regressed ones first
 * @param agents "agent bot: -10 points (...): within noise", per agent
 */
public record BaselineView(String source, String overall, boolean regressed, boolean improved, String counts,
        List<Row> rows, List<String> agents) {

    /**
     * A test compared with the baseline.
     *
     * @param id className#name
     * @param module its module in an aggregate, else null
     * @param change regressed, improved, changed, new or removed
     * @param then its runs in the baseline, "5/5 · 100%", or "not run"
     * @param now its runs now
     * @param p the one-sided Fisher exact p-value, or "" when there is none
     * @param adjusted that p-value after Holm's correction, or ""
     * @param line all of it in one line
     */
    public record Row(String id, String module, String change, String then, String now, String p, String adjusted,
            String line) {
    }

    /** The regressed rows. */
    public List<Row> regressedRows() {
        return rows.stream().filter(r -> r.change().equals("regressed")).toList();
    }

    /** The comparison {@code results} hold, or null when they hold none. */
    static BaselineView of(Results results) {
        BaselineComparison comparison = results.baseline();
        if (comparison == null) {
            return null;
        }
        BaselineCounts c = comparison.counts();
        double level = comparison.confidence(results.criteria().confidenceLevel());
        List<Row> rows = comparison.tests().stream().map(t -> new Row(t.id(), t.module(), t.change().json(),
                BaselineText.runs(t.before()), BaselineText.runs(t.after()),
                t.pValue() == null ? "" : BaselineText.p(t.pValue()),
                t.adjustedPValue() == null ? "" : BaselineText.p(t.adjustedPValue()), BaselineText.test(t))).toList();
        List<String> agents = comparison.agents().stream().filter(a -> a.matchedTests() > 0)
                .map(a -> "agent " + a.agent() + ": " + BaselineText.overall(new BaselineOverall(a.difference(),
                        a.differenceLow(), a.differenceHigh(), a.matchedTests(), a.regressed(), a.improved()),
                        level)).toList();
        BaselineSource source = comparison.source();
        return new BaselineView(source.path() + " (" + source.iterations() + " iteration"
                + (source.iterations() == 1 ? "" : "s") + (source.startedAt() == null ? "" : ", run "
                        + Facts.readable(source.startedAt())) + ")",
                BaselineText.overall(comparison.overall(), level), comparison.overall().regressed(),
                comparison.overall().improved(), c.regressed() + " regressed, " + c.improved() + " improved, "
                        + c.changed() + " changed, " + c.unchanged() + " unchanged, " + c.newTests() + " new, "
                        + c.removed() + " removed", rows, agents);
    }
}
