package dev.aitest.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateTextTest {

    @ParameterizedTest(name = "[{0}, {1}] -> {2} decimals")
    @CsvSource({"20.76, 93.86, 0", "0, 10, 0", "40, 49.99, 1", "95.5, 96.5, 1", "99.1, 99.9, 2", "50, 50, 2"})
    void theIntervalsWidthSetsTheDecimals(double low, double high, int decimals) {
        assertEquals(decimals, RateText.decimals(low, high));
    }

    @ParameterizedTest(name = "{0} runs -> {1} decimals")
    @CsvSource({"1, 0", "99, 0", "100, 1", "999, 1", "1000, 2", "250000, 2"})
    void withoutAnIntervalTheRunsSetTheDecimals(int counted, int decimals) {
        assertEquals(decimals, RateText.decimals(counted));
    }

    @ParameterizedTest(name = "{0}/{1} at {2} decimals next to {3} -> {4}")
    @CsvSource(nullValues = "none", value = {
        "2, 3, 0, none, 67%",
        "0, 3, 0, none, 0%",
        "3, 3, 0, none, 100%",
        "1, 1, 0, none, 100%",
        "15, 21, 1, none, 71.4%",
        // never 100% unless all passed, never 0% unless none did
        "1999, 2000, 0, none, 99.95%",
        "1, 1000, 0, none, 0.1%",
        "199, 200, 0, none, 99.5%",
        // next to a threshold, the text compares with it as the rate does
        "796, 1000, 0, 80, 79.6%",
        "7999, 10000, 1, 80, 79.99%",
        "800, 1000, 0, 80, 80%",
        "3331, 5000, 0, 66.64, 66.6%",
        "161, 250, 0, 64.4, 64.4%",
        "0, 5, 0, 0, 0%",
    })
    void theRateNeverReadsOtherwiseThanItIs(int passed, int counted, int decimals, Double threshold, String text) {
        assertEquals(text, RateText.rate(passed, counted, decimals, threshold));
    }

    @Test
    void noCountedRunHasNoRate() {
        assertEquals("n/a", RateText.rate(0, 0, 0, 80.0));
        assertEquals("0/0 \u00B7 n/a", RateText.evidence(0, 0, null, null, 80.0));
    }

    @ParameterizedTest(name = "[{0}, {1}] next to {3} -> {4}")
    @CsvSource(nullValues = "none", value = {
        "20.76, 93.86, 0, none, 21-94%",
        "0.0, 56.15, 0, none, 0-56%",
        "43.85, 100.0, 0, none, 44-100%",
        "74.12, 77.96, 1, none, 74.1-78.0%",
        "99.21, 99.87, 2, none, 99.21-99.87%",
        // a bound rounds to the threshold's side of it: 79.6 is below 80, so it is not written as 80
        "79.6, 95.0, 0, 80, 79.6-95%",
        "60.0, 79.6, 0, 80, 60-79.6%",
        "79.96, 95.0, 0, 80, 79.96-95%",
        "80.4, 95.0, 0, 80, 80-95%",
    })
    void boundsAreRoundedToTheirSideOfTheThreshold(double low, double high, int decimals, Double threshold,
            String text) {
        assertEquals(text, RateText.interval(low, high, decimals, threshold));
    }

    @Test
    void evidenceIsRunsRateAndInterval() {
        assertEquals("2/3 \u00B7 67% (21-94%)", RateText.evidence(2, 3, 20.76, 93.86, null));
        assertEquals("74/100 \u00B7 74% (64-82%)", RateText.evidence(74, 100, 64.42, 81.7, null));
        assertEquals("741/1000 \u00B7 74.1% (71.3-76.7%)", RateText.evidence(741, 1000, 71.29, 76.73, 80.0));
        assertEquals("5/7 \u00B7 71%", RateText.evidence(5, 7, null, null, null));
    }

    @Test
    void thresholdsAreWrittenAsConfigured() {
        assertEquals("80%", RateText.threshold(80));
        assertEquals("66.5%", RateText.threshold(66.5));
        assertEquals("0.07%", RateText.threshold(0.07));
        assertEquals("100%", RateText.threshold(100.0));
    }

    /** Over many random counts and thresholds, the rate shown compares with the threshold shown as the exact one. */
    @Test
    void aShownRateAlwaysSitsOnTheSideOfTheThresholdTheExactRateIsOn() {
        Random random = new Random(20261130);
        for (int i = 0; i < 20_000; i++) {
            int counted = 1 + random.nextInt(random.nextBoolean() ? 30 : 100_000);
            int passed = random.nextInt(counted + 1);
            double threshold = BigDecimal.valueOf(random.nextInt(10_001), 2).doubleValue();
            String shown = RateText.rate(passed, counted, random.nextInt(3), threshold);
            double value = Double.parseDouble(shown.substring(0, shown.length() - 1));
            boolean meets = passed * 100.0 * 100 >= Math.round(threshold * 100) * (double) counted;
            assertEquals(meets, value >= threshold, passed + "/" + counted + " vs " + threshold + ": " + shown);
            assertEquals(passed == counted, value == 100, shown);
            assertEquals(passed == 0, value == 0, shown);
        }
    }
}
