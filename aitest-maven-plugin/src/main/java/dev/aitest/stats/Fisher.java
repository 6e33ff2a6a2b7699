package dev.aitest.stats;

import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.FisherExactTest;

/**
 * Exact tests for comparing a test's pass counts now against a baseline: one-sided Fisher exact tests on the 2x2
 * table [[passedNow, failedNow], [passedThen, failedThen]]. With all margins fixed, passedNow follows the
 * hypergeometric distribution: P(X = x) = C(passed, x) C(failed, now - x) / C(total, now), where passed and failed
 * are the column totals, now = passedNow + failedNow and total the sum of all four cells.
 */
public final class Fisher {

    private static final FisherExactTest LOWER = FisherExactTest.withDefaults().with(AlternativeHypothesis.LESS_THAN);
    private static final FisherExactTest HIGHER =
            FisherExactTest.withDefaults().with(AlternativeHypothesis.GREATER_THAN);

    private Fisher() {
    }

    /**
     * One-sided p-value that the pass rate NOW is LOWER than THEN: P(X &lt;= passedNow) under the hypergeometric null.
     * 1 when either row is empty (no runs now, or none then): there is nothing to compare.
     *
     * @throws IllegalArgumentException when a count is negative
     */
    public static double worse(int passedNow, int failedNow, int passedThen, int failedThen) {
        return pValue(LOWER, passedNow, failedNow, passedThen, failedThen);
    }

    /**
     * One-sided p-value that the pass rate NOW is HIGHER than THEN: P(X >= passedNow) under the hypergeometric null.
     * 1 when either row is empty (no runs now, or none then): there is nothing to compare.
     *
     * @throws IllegalArgumentException when a count is negative
     */
    public static double better(int passedNow, int failedNow, int passedThen, int failedThen) {
        return pValue(HIGHER, passedNow, failedNow, passedThen, failedThen);
    }

    private static double pValue(FisherExactTest test, int passedNow, int failedNow, int passedThen,
            int failedThen) {
        if (passedNow < 0 || failedNow < 0 || passedThen < 0 || failedThen < 0) {
            throw new IllegalArgumentException("negative count in [[" + passedNow + ", " + failedNow + "], ["
                    + passedThen + ", " + failedThen + "]]");
        }
        if (passedNow + failedNow == 0 || passedThen + failedThen == 0) {
            return 1;
        }
        return test.test(new int[][] {{passedNow, failedNow}, {passedThen, failedThen}}).getPValue();
    }
}
