package dev.aitest.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aitest.order.Flakiness.Cause;
import dev.aitest.order.Flakiness.Evidence;
import dev.aitest.order.Flakiness.Role;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every combination of the four reruns (made and passing, made and failing, not made), against the rules written out. */
class FlakinessTest {

    private static final List<Boolean> VALUES = Arrays.asList(Boolean.TRUE, Boolean.FALSE, null);

    @Test
    void everyCombinationOfEvidenceIsClassifiedByTheRules() {
        int checked = 0;
        for (Boolean failingOrderFails : VALUES) {
            for (Boolean passingOrderPasses : VALUES) {
                for (Boolean passedAlone : VALUES) {
                    for (Boolean failedAlone : VALUES) {
                        Flakiness.Classification c = Flakiness.of(
                                new Evidence(failingOrderFails, passingOrderPasses, passedAlone, failedAlone), null);
                        boolean flipsInOrder = failingOrderFails == Boolean.FALSE || passingOrderPasses == Boolean.FALSE;
                        boolean flipsAlone = passedAlone == Boolean.TRUE && failedAlone == Boolean.TRUE;
                        Cause expected = flipsInOrder || flipsAlone ? Cause.NON_DETERMINISTIC
                                : failingOrderFails == null || passingOrderPasses == null ? Cause.UNKNOWN
                                : Cause.ORDER_DEPENDENT;
                        assertEquals(expected, c.cause(), failingOrderFails + " " + passingOrderPasses + " "
                                + passedAlone + " " + failedAlone);
                        Role role = expected != Cause.ORDER_DEPENDENT ? null
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
                Flakiness.of(new Evidence(false, true, null, null), null).reason());
        assertEquals("its outcome followed the order both times; it passes alone",
                Flakiness.of(new Evidence(true, true, true, false), null).reason());
        assertEquals("no iteration passed, so no passing order to run again",
                Flakiness.of(new Evidence(true, null, null, null), "no iteration passed, so no passing order to run again")
                        .reason());
        assertEquals("order-dependent", Cause.ORDER_DEPENDENT.json());
    }
}
