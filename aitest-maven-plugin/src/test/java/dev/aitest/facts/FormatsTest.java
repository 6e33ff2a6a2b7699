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
    void aBudgetKeepsEveryDigitItWasGivenWith() {
        assertEquals("$0.000001", Formats.budget(0.000001));
        assertEquals("$0.035", Formats.budget(0.035));
        assertEquals("$2.5", Formats.budget(2.50));
    }
}
