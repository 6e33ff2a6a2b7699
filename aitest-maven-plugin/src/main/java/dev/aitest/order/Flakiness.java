package dev.aitest.order;

import java.util.Locale;

/**
 * Why a flaky test is flaky, from the runs made to find out: the order of an iteration in which it failed run again,
 * the order of one in which it passed run again, and the test run alone.
 *
 * <ul>
 *   <li>{@link Cause#NON_DETERMINISTIC} when a rerun does not repeat its outcome (it flips within the same order) or
 *       it both passed and failed alone;</li>
 *   <li>{@link Cause#ORDER_DEPENDENT} when both reruns repeat their outcomes: its outcome follows the order. Run
 *       alone, a test that passes is a victim (some test before it breaks it: a polluter), one that fails is brittle
 *       (it needs some test to run before it: a state-setter); not run alone, its role is unknown;</li>
 *   <li>{@link Cause#UNKNOWN} when a rerun is missing, with the reason given.</li>
 * </ul>
 *
 * <p>Not used by any goal yet (issue 24).
 */
public final class Flakiness {

    /** The cause of a test's flakiness: {@code flakiness} in results.json. */
    public enum Cause {
        ORDER_DEPENDENT, NON_DETERMINISTIC, UNKNOWN;

        /** Its name in results.json: "order-dependent", "non-deterministic", "unknown". */
        public String json() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** What an order-dependent test needs or suffers from. */
    public enum Role {
        /** It passes alone and fails after a polluter. */
        VICTIM,
        /** It fails alone and passes after a state-setter. */
        BRITTLE
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
    public record Classification(Cause cause, Role role, String reason) {
    }

    private Flakiness() {
    }

    /** The classification of a flaky test from {@code evidence}; {@code missing} says why a rerun was not made. */
    public static Classification of(Evidence evidence, String missing) {
        if (Boolean.FALSE.equals(evidence.failingOrderFails()) || Boolean.FALSE.equals(evidence.passingOrderPasses())) {
            return new Classification(Cause.NON_DETERMINISTIC, null, "it " + (Boolean.FALSE.equals(
                    evidence.failingOrderFails()) ? "passed in the order it had failed in" : "failed in the order it had passed in"));
        }
        if (Boolean.TRUE.equals(evidence.passedAlone()) && Boolean.TRUE.equals(evidence.failedAlone())) {
            return new Classification(Cause.NON_DETERMINISTIC, null, "it both passed and failed alone");
        }
        if (evidence.failingOrderFails() == null || evidence.passingOrderPasses() == null) {
            return new Classification(Cause.UNKNOWN, null, missing == null ? "the orders were not run again" : missing);
        }
        Role role = Boolean.TRUE.equals(evidence.passedAlone()) ? Role.VICTIM
                : Boolean.TRUE.equals(evidence.failedAlone()) ? Role.BRITTLE : null;
        return new Classification(Cause.ORDER_DEPENDENT, role, "its outcome followed the order both times"
                + (role == Role.VICTIM ? "; it passes alone" : role == Role.BRITTLE ? "; it fails alone" : ""));
    }
}
