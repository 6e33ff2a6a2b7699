package dev.aitest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What the classification runs ({@code aitest.classify}) found about one flaky test. In results.json its fields are
 * written flat in the test, and only for a flaky test that was classified.
 *
 * @param flakiness its cause
 * @param flakinessEvidence the runs the cause follows from, and why in words
 * @param polluters for a victim, the smallest set of tests that, run before it, makes it fail, in the order they ran;
 *     null when none was searched or found
 * @param stateSetters for a brittle test, the smallest set of tests that, run before it, makes it pass; null likewise
 * @param reproduce a command that runs it as it failed
 */
@JsonPropertyOrder({"flakiness", "flakinessEvidence", "polluters", "stateSetters", "reproduce"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FlakinessFinding(Flakiness flakiness, Evidence flakinessEvidence, List<String> polluters,
        List<String> stateSetters, String reproduce) {

    /** A test that was not classified. */
    public static final FlakinessFinding NONE = new FlakinessFinding(null, null, null, null, null);

    public FlakinessFinding {
        polluters = polluters == null ? null : List.copyOf(polluters);
        stateSetters = stateSetters == null ? null : List.copyOf(stateSetters);
    }

    /** Whether the test was classified. */
    public boolean classified() {
        return flakiness != null;
    }

    /**
     * The runs made to classify a test, each null when it was not made.
     *
     * @param reason why its cause is what it is, in words
     * @param role for an order-dependent test: {@code victim} (it passes alone and fails after a polluter) or
     *     {@code brittle} (it fails alone and passes after a state-setter); null when not known
     * @param failingIteration the iteration it failed in whose order was run again
     * @param failedAgain whether it failed again in that order
     * @param passingIteration the iteration it passed in whose order was run again
     * @param passedAgain whether it passed again in that order
     * @param alone how its run alone ended: {@code passed} or {@code failed}
     * @param runs the runs made for it: the orders run again (shared with the other flaky tests of the same
     *     iterations) are not counted, its run alone and its search for polluters or state-setters are
     */
    @JsonPropertyOrder({"reason", "role", "failingIteration", "failedAgain", "passingIteration", "passedAgain",
        "alone", "runs"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Evidence(String reason, String role, Integer failingIteration, Boolean failedAgain,
            Integer passingIteration, Boolean passedAgain, String alone, int runs) {
    }
}
