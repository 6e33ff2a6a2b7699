package dev.aitest.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Costs and tokens as the reports write them: never zero when they are not, never a wrapped or endless number. */
class FormatsTest {

    @Test
    void aCostIsNeverShownAsZeroWhenItIsNot() {
        assertEquals("$0.000001", Formats.cost(0.000001));
        assertEquals("$0.0000014", Formats.cost(0.0000014));
        assertEquals("$0.000049", Formats.cost(0.000049));
        assertEquals("$0.0001", Formats.cost(0.00005));
        assertEquals("$0.0000", Formats.cost(0.0));
        assertEquals("$0.0400", Formats.cost(0.04));
        assertEquals("$12.35", Formats.cost(12.345));
        assertEquals("n/a", Formats.cost(null));
    }

    @Test
    void hugeAndSaturatedSumsSayWhatTheyAre() {
        assertEquals("$1.0000e+12", Formats.cost(1e12));
        assertEquals("$1.0000e+308", Formats.cost(1e308));
        assertEquals("at least $1.7977e+308", Formats.cost(Double.MAX_VALUE));
        assertEquals("at least 9,223,372,036,854,775,807", Formats.tokens(Long.MAX_VALUE));
        assertEquals("9,223,372,036,854,775,806", Formats.tokens(Long.MAX_VALUE - 1));
    }

    @Test
    void decimalsAreWhatStringFormatWrites() {
        java.util.Random random = new java.util.Random(20);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> random.nextInt(1_000_000) / 1000.0;
                case 2 -> (random.nextInt(20_000) + 0.5) / 100.0;
                default -> random.nextDouble() * Math.pow(10, random.nextInt(12));
            };
            for (int places = 1; places <= 4; places++) {
                assertEquals(String.format(java.util.Locale.ROOT, "%." + places + "f", value),
                        Formats.decimals(value, places), value + " with " + places + " decimals");
            }
        }
        assertEquals("0.2", Formats.decimals(0.15, 1));
        assertEquals("0.00", Formats.decimals(0.0, 2));
        assertEquals("1.0", Formats.decimals(1.0, 1));
        assertEquals("59.9 s", Formats.duration(59_949));
        assertEquals("60.0 s", Formats.duration(59_950));
    }

    @Test
    void aBudgetKeepsEveryDigitItWasGivenWith() {
        assertEquals("$0.000001", Formats.budget(0.000001));
        assertEquals("$0.035", Formats.budget(0.035));
        assertEquals("$2.5", Formats.budget(2.50));
    }
}
