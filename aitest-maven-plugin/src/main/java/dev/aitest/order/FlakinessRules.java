package dev.aitest.order;

import dev.aitest.model.Flakiness;
import java.util.Locale;

/**
 * Why a flaky test is flaky, from the runs made to find out: the order of an iteration in which it failed run again,
 * the order of one in which it passed run again, and the test run alone.
 *
 * <ul>
 *   <li>{@link Flakiness#NON_DETERMINISTIC} when a rerun does not repeat its outcome (it flips within the same order) or
 *       it both passed and failed alone;</li>
 *   <li>{@link Flakiness#ORDER_DEPENDENT} when both reruns repeat their outcomes: its outcome follows the order. Run
 *       alone, a test that passes is a victim (some test before it breaks it: a polluter), one that fails is brittle
 *       (it needs some test to run before it: a state-setter); not run alone, its role is unknown;</li>
 *   <li>{@link Flakiness#UNKNOWN} when a rerun is missing, with the reason given.</li>
 * </ul>
 *
 * <p>{@link Classifier} makes the runs and applies these rules.
 */
public final class FlakinessRules {

    /** What an order-dependent test needs or suffers from. */
    public enum Role {
        /** It passes alone and fails after a polluter. */
        VICTIM,
        /** It fails alone and passes after a state-setter. */
        BRITTLE;

        /** Its name in results.json: "victim", "brittle". */
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The runs made to classify one test; each null when it was not made.
     *
     * @param failingOrderFails whether it failed again in the order of an iteration in which it failed
     * @param passingOrderPasses whether it passed again in the order of an iteration in which it passed
     * @param passedAlone whether it passed in a run of it alone
     * @param failedAlone whether it failed in a run of it alone
     */
    public record Evidence(Boolean failingOrderFails, Boolean passingOrderPasses, Boolean passedAlone,
            Boolean failedAlone) {
    }

    /**
     * A test's classification.
     *
     * @param cause the cause
     * @param role for an order-dependent test run alone, its role; else null
     * @param reason why, in words
     */
    public record Classification(Flakiness cause, Role role, String reason) {
    }

    private FlakinessRules() {
    }

    /** The classification of a flaky test from {@code evidence}; {@code missing} says why a rerun was not made. */
    public static Classification of(Evidence evidence, String missing) {
        if (Boolean.FALSE.equals(evidence.failingOrderFails()) || Boolean.FALSE.equals(evidence.passingOrderPasses())) {
            return new Classification(Flakiness.NON_DETERMINISTIC, null, "it " + (Boolean.FALSE.equals(
                    evidence.failingOrderFails()) ? "passed in the order it had failed in" : "failed in the order it had passed in"));
        }
        if (Boolean.TRUE.equals(evidence.passedAlone()) && Boolean.TRUE.equals(evidence.failedAlone())) {
            return new Classification(Flakiness.NON_DETERMINISTIC, null, "it both passed and failed alone");
        }
        if (evidence.failingOrderFails() == null || evidence.passingOrderPasses() == null) {
            return new Classification(Flakiness.UNKNOWN, null, missing == null ? "the orders were not run again" : missing);
        }
        Role role = Boolean.TRUE.equals(evidence.passedAlone()) ? Role.VICTIM
                : Boolean.TRUE.equals(evidence.failedAlone()) ? Role.BRITTLE : null;
        return new Classification(Flakiness.ORDER_DEPENDENT, role, "its outcome followed the order both times"
                + (role == Role.VICTIM ? "; it passes alone" : role == Role.BRITTLE ? "; it fails alone" : ""));
    }
}
