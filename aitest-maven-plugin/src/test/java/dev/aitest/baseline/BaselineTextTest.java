package dev.aitest.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aitest.model.BaselineChange;
import dev.aitest.model.BaselineOverall;
import dev.aitest.model.BaselineRuns;
import dev.aitest.model.TestChange;
import org.junit.jupiter.api.Test;

class BaselineTextTest {

    @Test
    void theOverallDifferenceHasItsSignIntervalAndVerdict() {
        assertEquals("-13 points (95% CI -20 to -5) over 5 tests: worse beyond noise", BaselineText.overall(
                new BaselineOverall(-12.5, -20.14, -4.86, 5, true, false), 0.95));
        assertEquals("+3 points (99% CI -8 to +14) over 9 tests: within noise", BaselineText.overall(
                new BaselineOverall(3.0, -8.1, 13.9, 9, false, false), 0.99));
        // an upper bound of -0.3 is not shown as 0, nor 0.04 as 0, on an interval wide enough for no decimals
        assertEquals("-20 points (95% CI -40 to -0.3) over 4 tests: worse beyond noise", BaselineText.overall(
                new BaselineOverall(-20.0, -40.0, -0.3, 4, true, false), 0.95));
        assertEquals("+20 points (95% CI +0.04 to +40) over 4 tests: better beyond noise", BaselineText.overall(
                new BaselineOverall(20.0, 0.04, 40.0, 4, false, true), 0.95));
        assertEquals("-100.0 points over 1 test (one test gives no interval)", BaselineText.overall(
                new BaselineOverall(-100.0, null, null, 1, false, false), 0.95));
        assertEquals("no test ran both now and in the baseline", BaselineText.overall(
                new BaselineOverall(null, null, null, 0, false, false), 0.95));
    }

    @Test
    void aTestReadsWithItsRunsThenAndNowAndItsPValues() {
        assertEquals("core a.B#c 5/5 \u00B7 100% then, 0/5 \u00B7 0% now (p 0.004, adjusted 0.012)", BaselineText.test(
                new TestChange("a.B#c", "core", null, BaselineChange.REGRESSED, BaselineRuns.of(5, 5),
                        BaselineRuns.of(0, 5), 1 / 252.0, 3 / 252.0)));
        assertEquals("a.B#n not run then, 2/3 \u00B7 67% now", BaselineText.test(new TestChange("a.B#n", null, null,
                BaselineChange.NEW, null, BaselineRuns.of(2, 3), null, null)));
        assertEquals("0.00012", BaselineText.p(0.000123456));
        assertEquals("0.5", BaselineText.p(0.5000000001));
        assertEquals("1", BaselineText.p(1.0));
        assertEquals("0", BaselineText.p(0.0));
    }
}
