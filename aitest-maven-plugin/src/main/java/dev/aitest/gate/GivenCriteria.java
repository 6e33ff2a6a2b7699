package dev.aitest.gate;

import dev.aitest.model.Results;
import dev.aitest.stats.RateText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The criteria given to a goal: each null when it was not given, and the one recorded in results.json holds.
 *
 * @param minPassRate {@code aitest.minPassRate}
 * @param minTestPassRate {@code aitest.minTestPassRate}
 * @param confidence {@code aitest.confidence}
 * @param gate {@code aitest.gate}
 */
public record GivenCriteria(Double minPassRate, Double minTestPassRate, Double confidence, String gate) {

    /** Nothing given. */
    public static final GivenCriteria NONE = new GivenCriteria(null, null, null, null);

    /**
     * {@code results} with these criteria over the recorded ones, without their AI summary, not judged (for a
     * publisher, which judges what it publishes); the same results when none differs.
     */
    public Results on(Results results) {
        if (changes(results).isEmpty()) {
            return results;
        }
        return results.toBuilder().minPassRate(minPassRate == null ? results.criteria().minPassRate() : minPassRate)
                .criteria(minTestPassRate == null ? results.criteria().minTestPassRate() : minTestPassRate,
                        confidence == null ? results.criteria().confidenceLevel() : confidence,
                        gate == null ? results.criteria().gateMode() : gate).aiSummary(null).build();
    }

    /** {@code results} with these criteria over the recorded ones, judged anew when any differs. */
    public Results over(Results results) {
        Results given = on(results);
        return given == results ? results : RateStatistics.apply(given);
    }

    /** "aitest.minPassRate 90.0% (not 80.0%)" for each given criterion that differs from the recorded one. */
    List<String> changes(Results results) {
        List<String> changes = new ArrayList<>();
        if (minPassRate != null && BigDecimal.valueOf(minPassRate).compareTo(BigDecimal.valueOf(results.criteria().minPassRate()))
                != 0) {
            changes.add("aitest.minPassRate " + RateText.threshold(minPassRate) + " (not "
                    + RateText.threshold(results.criteria().minPassRate()) + ")");
        }
        if (minTestPassRate != null && !minTestPassRate.equals(results.criteria().minTestPassRate())) {
            changes.add("aitest.minTestPassRate " + RateText.threshold(minTestPassRate) + " (not "
                    + (results.criteria().minTestPassRate() == null ? "none"
                            : RateText.threshold(results.criteria().minTestPassRate())) + ")");
        }
        if (confidence != null && confidence != results.criteria().confidenceLevel()) {
            changes.add("aitest.confidence " + confidence + " (not " + results.criteria().confidenceLevel() + ")");
        }
        if (gate != null && !gate.equalsIgnoreCase(results.criteria().gateMode())) {
            changes.add("aitest.gate " + gate + " (not " + results.criteria().gateMode() + ")");
        }
        return changes;
    }
}
