package dev.aitest.order;

import dev.aitest.model.Flakiness;
import dev.aitest.model.FlakinessFinding;
import dev.aitest.model.TestFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Classifies the flaky tests of a run with shuffled orders ({@code aitest.order=random}, {@code aitest.classify}),
 * by runs of its own that count in no pass rate, at most {@code aitest.classifyRuns} of them:
 * <ol>
 *   <li>the order of an iteration in which a flaky test failed, and of one in which it passed, each run again once
 *       (the first of each; a run of an order serves every flaky test that failed or passed in it);</li>
 *   <li>each flaky test run alone;</li>
 *   <li>{@link FlakinessRules} decides its cause from those;</li>
 *   <li>for an order-dependent victim, its polluters: {@link DeltaDebugging} over the tests that ran before it in its
 *       JVM in the order it failed in, each subset run in that order with the victim last; for a brittle test, its
 *       state-setters the same way over the tests before it in the order it passed in.</li>
 * </ol>
 */
public final class Classifier {

    /** The runs the classification makes; each is one run of the test plugin. */
    public interface Reruns {

        /**
         * Runs the order of iteration {@code iteration} again: how each test ended, passed (true) or failed (false),
         * by id; null when the run could not be made ({@link #why} says why).
         */
        Map<String, Boolean> replay(int iteration);

        /**
         * Runs {@code order} in that order: whether its last test passed (true) or failed (false); null when there is
         * no answer (the run could not be made, the last test did not run, the tests ran in another order: {@link #why}
         * says which).
         */
        Boolean listed(List<TestFilter.Test> order);

        /** Why the last run gave no answer. */
        String why();
    }

    /**
     * A flaky test to classify.
     *
     * @param test the test, as the reports name it
     * @param failingIteration the first iteration it failed in
     * @param passingIteration the first iteration it passed in
     * @param beforeInFailing the tests that ran before it in its JVM in {@code failingIteration}, in their order, one
     *     entry per method; null when the order was not written down
     * @param beforeInPassing the same in {@code passingIteration}
     */
    public record Subject(TestFilter.Test test, int failingIteration, int passingIteration,
            List<TestFilter.Test> beforeInFailing, List<TestFilter.Test> beforeInPassing) {

        String id() {
            return test.className() + "#" + test.name();
        }
    }

    /**
     * What the classification found.
     *
     * @param findings by test id
     * @param runs the runs it made
     */
    public record Result(Map<String, FlakinessFinding> findings, int runs) {

        /** How many of the findings have {@code cause}. */
        public int count(Flakiness cause) {
            return (int) findings.values().stream().filter(f -> f.flakiness() == cause).count();
        }
    }

    /** No answer from a run: the search stops. */
    private static final class NoAnswer extends RuntimeException {
        NoAnswer(String why) {
            super(why, null, false, false);
        }
    }

    private final Reruns reruns;
    private final int maxRuns;
    private final ReproduceCommand reproduce;
    private int runs;

    private Classifier(Reruns reruns, int maxRuns, ReproduceCommand reproduce) {
        this.reruns = reruns;
        this.maxRuns = maxRuns;
        this.reproduce = reproduce;
    }

    /** Classifies {@code subjects} with at most {@code maxRuns} runs of {@code reruns}. */
    public static Result classify(List<Subject> subjects, Reruns reruns, int maxRuns, ReproduceCommand reproduce) {
        Classifier classifier = new Classifier(reruns, maxRuns, reproduce);
        Map<String, FlakinessFinding> findings = new TreeMap<>();
        if (subjects.isEmpty()) {
            return new Result(findings, 0);
        }
        TreeSet<Integer> orders = new TreeSet<>();
        for (Subject subject : subjects) {
            orders.add(subject.failingIteration());
            orders.add(subject.passingIteration());
        }
        Map<Integer, Map<String, Boolean>> replays = new TreeMap<>();
        Map<Integer, String> missing = new TreeMap<>();
        for (int iteration : orders) {
            boolean allowed = classifier.spend();
            Map<String, Boolean> replay = allowed ? reruns.replay(iteration) : null;
            if (replay == null) {
                missing.put(iteration, !allowed ? classifier.budgetText()
                        : "iteration " + iteration + "'s order could not be run again: " + reruns.why());
            } else {
                replays.put(iteration, replay);
            }
        }
        for (Subject subject : subjects) {
            findings.put(subject.id(), classifier.classify(subject, replays, missing));
        }
        return new Result(findings, classifier.runs);
    }

    /** Takes one run of the budget; false when it is spent. */
    private boolean spend() {
        if (runs >= maxRuns) {
            return false;
        }
        runs++;
        return true;
    }

    private String budgetText() {
        return "the " + maxRuns + " runs of aitest.classifyRuns were spent";
    }

    private FlakinessFinding classify(Subject subject, Map<Integer, Map<String, Boolean>> replays,
            Map<Integer, String> missing) {
        int before = runs;
        Boolean failedAgain = outcome(replays.get(subject.failingIteration()), subject.id(), true);
        Boolean passedAgain = outcome(replays.get(subject.passingIteration()), subject.id(), false);
        boolean aloneAllowed = spend();
        Boolean alone = aloneAllowed ? reruns.listed(List.of(subject.test())) : null;
        String why = missing.containsKey(subject.failingIteration()) ? missing.get(subject.failingIteration())
                : missing.containsKey(subject.passingIteration()) ? missing.get(subject.passingIteration())
                : failedAgain == null || passedAgain == null ? "it did not run when its iterations' orders ran again"
                : null;
        FlakinessRules.Classification c = FlakinessRules.of(new FlakinessRules.Evidence(failedAgain, passedAgain,
                alone, alone == null ? null : !alone), why);
        String reason = c.reason();
        List<TestFilter.Test> polluters = null;
        List<TestFilter.Test> setters = null;
        if (c.role() == FlakinessRules.Role.VICTIM) {
            Search found = search(subject.beforeInFailing(), subject.test(), true);
            polluters = found.tests;
            reason += found.note("polluter");
        } else if (c.role() == FlakinessRules.Role.BRITTLE) {
            Search found = search(subject.beforeInPassing(), subject.test(), false);
            setters = found.tests;
            reason += found.note("state-setter");
        } else if (c.cause() == Flakiness.ORDER_DEPENDENT && alone == null) {
            reason += "; it was not run alone (" + (aloneAllowed ? reruns.why() : budgetText()) + ")";
        }
        FlakinessFinding.Evidence evidence = new FlakinessFinding.Evidence(reason,
                c.role() == null ? null : c.role().json(), subject.failingIteration(), failedAgain,
                subject.passingIteration(), passedAgain, alone == null ? null : alone ? "passed" : "failed",
                runs - before);
        return new FlakinessFinding(c.cause(), evidence, ids(polluters), ids(setters),
                reproduce.command(subject.test(), c, polluters, setters, subject.failingIteration()));
    }

    /** Whether the test failed (or passed) again in a replay; null when it did not run there. */
    private static Boolean outcome(Map<String, Boolean> replay, String id, boolean failed) {
        Boolean passed = replay == null ? null : replay.get(id);
        return passed == null ? null : failed != passed;
    }

    /** The result of a search: the tests found (null: none), and why none. */
    private record Search(List<TestFilter.Test> tests, String why) {

        String note(String what) {
            return tests != null ? "" : "; no " + what + " found: " + why;
        }
    }

    /**
     * The smallest set of {@code candidates} that, run before {@code test}, makes it fail ({@code fail}) or pass.
     */
    private Search search(List<TestFilter.Test> candidates, TestFilter.Test test, boolean fail) {
        if (candidates == null) {
            return new Search(null, "the order the tests ran in was not written down (aitest-runtime is not on the "
                    + "test classpath)");
        }
        try {
            List<TestFilter.Test> found = DeltaDebugging.minimize(candidates, subset -> {
                if (subset.isEmpty()) {
                    // it ran alone already: a victim passed, a brittle test failed
                    return false;
                }
                if (!spend()) {
                    throw new NoAnswer(budgetText());
                }
                List<TestFilter.Test> order = new ArrayList<>(subset);
                order.add(test);
                Boolean passed = reruns.listed(order);
                if (passed == null) {
                    throw new NoAnswer(reruns.why());
                }
                return fail != passed;
            });
            if (found == null) {
                return new Search(null, "the tests that ran before it, run again in their order, did not make it "
                        + (fail ? "fail" : "pass"));
            }
            return new Search(found, null);
        } catch (NoAnswer e) {
            return new Search(null, e.getMessage());
        }
    }

    private static List<String> ids(List<TestFilter.Test> tests) {
        return tests == null ? null : tests.stream().map(t -> t.className() + "#" + t.name()).toList();
    }
}
