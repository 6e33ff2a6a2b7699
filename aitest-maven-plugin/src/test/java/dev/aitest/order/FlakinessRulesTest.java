package dev.aitest.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aitest.model.Flakiness;
import dev.aitest.order.FlakinessRules.Evidence;
import dev.aitest.order.FlakinessRules.Role;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every combination of the four reruns (made and passing, made and failing, not made), against the rules written out. */
class FlakinessRulesTest {

    private static final List<Boolean> VALUES = Arrays.asList(Boolean.TRUE, Boolean.FALSE, null);

    @Test
    void everyCombinationOfEvidenceIsClassifiedByTheRules() {
        int checked = 0;
        for (Boolean failingOrderFails : VALUES) {
            for (Boolean passingOrderPasses : VALUES) {
                for (Boolean passedAlone : VALUES) {
                    for (Boolean failedAlone : VALUES) {
                        FlakinessRules.Classification c = FlakinessRules.of(
                                new Evidence(failingOrderFails, passingOrderPasses, passedAlone, failedAlone), null);
                        boolean flipsInOrder = failingOrderFails == Boolean.FALSE || passingOrderPasses == Boolean.FALSE;
                        boolean flipsAlone = passedAlone == Boolean.TRUE && failedAlone == Boolean.TRUE;
                        Flakiness expected = flipsInOrder || flipsAlone ? Flakiness.NON_DETERMINISTIC
                                : failingOrderFails == null || passingOrderPasses == null ? Flakiness.UNKNOWN
                                : Flakiness.ORDER_DEPENDENT;
                        assertEquals(expected, c.cause(), failingOrderFails + " " + passingOrderPasses + " "
                                + passedAlone + " " + failedAlone);
                        Role role = expected != Flakiness.ORDER_DEPENDENT ? null
                                : passedAlone == Boolean.TRUE ? Role.VICTIM
                                : failedAlone == Boolean.TRUE ? Role.BRITTLE : null;
                        assertEquals(role, c.role());
                        checked++;
                    }
                }
            }
        }
        assertEquals(81, checked);
    }

    @Test
    void theReasonSaysWhy() {
        assertEquals("it passed in the order it had failed in",
                FlakinessRules.of(new Evidence(false, true, null, null), null).reason());
        assertEquals("its outcome followed the order both times; it passes alone",
                FlakinessRules.of(new Evidence(true, true, true, false), null).reason());
        assertEquals("no iteration passed, so no passing order to run again",
                FlakinessRules.of(new Evidence(true, null, null, null), "no iteration passed, so no passing order to run again")
                        .reason());
        assertEquals("order-dependent", Flakiness.ORDER_DEPENDENT.json());
    }
}
