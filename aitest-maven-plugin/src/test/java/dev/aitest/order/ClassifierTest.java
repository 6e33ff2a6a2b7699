package dev.aitest.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.model.Flakiness;
import dev.aitest.model.FlakinessFinding;
import dev.aitest.model.TestFilter;
import dev.aitest.model.TestKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * The classification against a simulated suite whose rules are known: victims that fail after their polluters,
 * a brittle test that passes only after its state-setter, a victim of two polluters together, and a test that fails
 * in iteration 2 whatever the order. Every rerun is simulated by the same rules, and counted.
 */
class ClassifierTest {

    private static TestFilter.Test t(String id) {
        int hash = id.indexOf('#');
        return new TestFilter.Test(id.substring(0, hash), id.substring(hash + 1));
    }

    /** A suite: for each test, whether it passes after the tests before it, in the iteration given (0: a rerun). */
    private record Suite(Map<String, BiPredicate<Set<String>, Integer>> rules) {

        Map<String, Boolean> run(List<String> order, int iteration) {
            Map<String, Boolean> passed = new LinkedHashMap<>();
            Set<String> before = new java.util.HashSet<>();
            for (String id : order) {
                BiPredicate<Set<String>, Integer> rule = rules.getOrDefault(id, (b, i) -> true);
                passed.put(id, rule.test(before, iteration));
                before.add(id);
            }
            return passed;
        }
    }

    private static final Suite SUITE = new Suite(Map.of(
            "p.Reader#reads", (before, i) -> !before.contains("p.Cache#fills"),
            "p.Counter#startsAtZero", (before, i) -> !before.contains("p.Counter#increments"),
            "p.Uses#readsConfig", (before, i) -> before.contains("p.Config#loads"),
            "p.Pair#v", (before, i) -> !(before.contains("p.Two#a") && before.contains("p.Two#b")),
            "p.Flip#flips", (before, i) -> i != 2));

    /** Reruns by the suite's rules, never in iteration 2; counted. */
    private static final class Simulated implements Classifier.Reruns {
        final Map<Integer, List<String>> orders;
        final List<String> made = new ArrayList<>();

        Simulated(Map<Integer, List<String>> orders) {
            this.orders = orders;
        }

        @Override
        public Map<String, Boolean> replay(int iteration) {
            made.add("replay " + iteration);
            return SUITE.run(orders.get(iteration), 0);
        }

        @Override
        public Boolean listed(List<TestFilter.Test> order) {
            List<String> ids = order.stream().map(x -> x.className() + "#" + x.name()).toList();
            made.add(String.join(",", ids));
            return SUITE.run(ids, 0).get(ids.get(ids.size() - 1));
        }

        @Override
        public String why() {
            return "no reason";
        }
    }

    private static final List<String> ALL = List.of("p.Cache#fills", "p.Reader#reads", "p.Counter#increments",
            "p.Counter#startsAtZero", "p.Config#loads", "p.Uses#readsConfig", "p.Two#a", "p.Two#b", "p.Pair#v",
            "p.Flip#flips", "p.Plain#x");

    /** Three iterations' orders, chosen so that each order-bound test fails in one and passes in another. */
    private static final Map<Integer, List<String>> ORDERS = Map.of(
            1, List.of("p.Reader#reads", "p.Uses#readsConfig", "p.Config#loads", "p.Cache#fills", "p.Counter#startsAtZero",
                    "p.Counter#increments", "p.Pair#v", "p.Two#a", "p.Two#b", "p.Flip#flips", "p.Plain#x"),
            2, List.of("p.Plain#x", "p.Cache#fills", "p.Two#b", "p.Config#loads", "p.Uses#readsConfig", "p.Two#a",
                    "p.Reader#reads", "p.Counter#increments", "p.Counter#startsAtZero", "p.Pair#v", "p.Flip#flips"),
            3, List.of("p.Flip#flips", "p.Plain#x", "p.Two#a", "p.Two#b", "p.Pair#v", "p.Reader#reads",
                    "p.Counter#startsAtZero", "p.Counter#increments", "p.Uses#readsConfig", "p.Config#loads",
                    "p.Cache#fills"));

    /** The flaky tests of the simulated iterations, as the plugin finds them. */
    private static List<Classifier.Subject> subjects() {
        Map<Integer, Map<String, Boolean>> outcomes = new HashMap<>();
        ORDERS.forEach((i, order) -> outcomes.put(i, SUITE.run(order, i)));
        List<Classifier.Subject> subjects = new ArrayList<>();
        for (String id : ALL) {
            Integer failing = null;
            Integer passing = null;
            for (int i = 1; i <= 3; i++) {
                boolean passed = outcomes.get(i).get(id);
                if (!passed && failing == null) {
                    failing = i;
                }
                if (passed && passing == null) {
                    passing = i;
                }
            }
            if (failing != null && passing != null) {
                subjects.add(new Classifier.Subject(t(id), failing, passing, before(failing, id), before(passing, id)));
            }
        }
        return subjects;
    }

    private static List<TestFilter.Test> before(int iteration, String id) {
        List<String> order = ORDERS.get(iteration);
        return order.subList(0, order.indexOf(id)).stream().map(ClassifierTest::t).toList();
    }

    private static final ReproduceCommand REPRODUCE = new ReproduceCommand(TestKind.TEST, null, 42L, 3);

    @Test
    void eachFlakyTestGetsItsCauseAndItsPollutersOrStateSetters() {
        List<Classifier.Subject> subjects = subjects();
        assertEquals(List.of("p.Reader#reads", "p.Counter#startsAtZero", "p.Uses#readsConfig", "p.Pair#v",
                "p.Flip#flips"), subjects.stream().map(Classifier.Subject::id).toList());
        Simulated reruns = new Simulated(ORDERS);

        Classifier.Result result = Classifier.classify(subjects, reruns, 100, REPRODUCE);

        FlakinessFinding reader = result.findings().get("p.Reader#reads");
        assertEquals(Flakiness.ORDER_DEPENDENT, reader.flakiness());
        assertEquals("victim", reader.flakinessEvidence().role());
        assertEquals(List.of("p.Cache#fills"), reader.polluters());
        assertNull(reader.stateSetters());
        assertEquals("mvn test-compile aitest:test -Daitest.iterations=1 -Daitest.order=listed "
                + "-Dtest=p.Cache#fills,p.Reader#reads", reader.reproduce());
        assertEquals(List.of("p.Counter#increments"), result.findings().get("p.Counter#startsAtZero").polluters());

        FlakinessFinding uses = result.findings().get("p.Uses#readsConfig");
        assertEquals(Flakiness.ORDER_DEPENDENT, uses.flakiness());
        assertEquals("brittle", uses.flakinessEvidence().role());
        assertEquals(List.of("p.Config#loads"), uses.stateSetters());
        assertEquals("mvn test-compile aitest:test -Daitest.iterations=1 -Dtest=p.Uses#readsConfig", uses.reproduce());

        FlakinessFinding pair = result.findings().get("p.Pair#v");
        // both, in the order they ran in iteration 2
        assertEquals(List.of("p.Two#b", "p.Two#a"), pair.polluters());
        assertEquals(bruteForce(before(pair.flakinessEvidence().failingIteration(), "p.Pair#v"), "p.Pair#v"),
                pair.polluters());

        FlakinessFinding flip = result.findings().get("p.Flip#flips");
        assertEquals(Flakiness.NON_DETERMINISTIC, flip.flakiness());
        assertEquals("it passed in the order it had failed in", flip.flakinessEvidence().reason());
        assertEquals(2, flip.flakinessEvidence().failingIteration());
        assertEquals(false, flip.flakinessEvidence().failedAgain());
        assertEquals("mvn test-compile aitest:test -Daitest.iterations=3 -Dtest=p.Flip#flips", flip.reproduce());

        assertEquals(4, result.count(Flakiness.ORDER_DEPENDENT));
        assertEquals(1, result.count(Flakiness.NON_DETERMINISTIC));
        // every run made is counted once: the orders of iterations 1 and 2 again (each test's first failing and first
        // passing iteration is one of them), five tests alone, the searches
        assertEquals(reruns.made.size(), result.runs());
        assertEquals(List.of("replay 1", "replay 2"), reruns.made.stream().filter(r -> r.startsWith("replay")).toList());
        assertEquals(result.runs() - 2, result.findings().values().stream()
                .mapToInt(f -> f.flakinessEvidence().runs()).sum());
    }

    /** The smallest subset of {@code candidates} (in their order) after which {@code victim} fails, by trying all. */
    private static List<String> bruteForce(List<TestFilter.Test> candidates, String victim) {
        List<String> ids = candidates.stream().map(x -> x.className() + "#" + x.name()).toList();
        List<String> best = null;
        for (int mask = 0; mask < 1 << ids.size(); mask++) {
            List<String> subset = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    subset.add(ids.get(i));
                }
            }
            List<String> order = new ArrayList<>(subset);
            order.add(victim);
            if (!SUITE.run(order, 0).get(victim) && (best == null || subset.size() < best.size())) {
                best = subset;
            }
        }
        return best;
    }

    @Test
    void aVictimWithThreeTestsBeforeItCostsTheOrdersTheRunAloneThePrefixAndTwoSingles() {
        // Reader fails in iteration 1 after Plain, Cache, Uses; passes in iteration 2 first
        Map<Integer, List<String>> orders = Map.of(
                1, List.of("p.Plain#x", "p.Cache#fills", "p.Config#loads", "p.Reader#reads"),
                2, List.of("p.Reader#reads", "p.Plain#x", "p.Cache#fills", "p.Config#loads"));
        Classifier.Subject reader = new Classifier.Subject(t("p.Reader#reads"), 1, 2,
                List.of(t("p.Plain#x"), t("p.Cache#fills"), t("p.Config#loads")), List.of());
        Simulated reruns = new Simulated(orders);

        Classifier.Result result = Classifier.classify(List.of(reader), reruns, 30, REPRODUCE);

        assertEquals(List.of("replay 1", "replay 2", "p.Reader#reads", "p.Plain#x,p.Cache#fills,p.Config#loads,p.Reader#reads",
                "p.Plain#x,p.Reader#reads", "p.Cache#fills,p.Reader#reads"), reruns.made);
        assertEquals(6, result.runs());
        FlakinessFinding found = result.findings().get("p.Reader#reads");
        assertEquals(4, found.flakinessEvidence().runs());
        assertEquals(List.of("p.Cache#fills"), found.polluters());
        assertEquals("its outcome followed the order both times; it passes alone", found.flakinessEvidence().reason());
    }

    @Test
    void aSpentBudgetLeavesTheCauseUnknownOrThePolluterUnfoundAndSaysSo() {
        Map<Integer, List<String>> orders = Map.of(
                1, List.of("p.Cache#fills", "p.Reader#reads"),
                2, List.of("p.Reader#reads", "p.Cache#fills"));
        Classifier.Subject reader = new Classifier.Subject(t("p.Reader#reads"), 1, 2, List.of(t("p.Cache#fills")),
                List.of());

        FlakinessFinding one = Classifier.classify(List.of(reader), new Simulated(orders), 1, REPRODUCE).findings()
                .get("p.Reader#reads");
        assertEquals(Flakiness.UNKNOWN, one.flakiness());
        assertEquals("the 1 runs of aitest.classifyRuns were spent", one.flakinessEvidence().reason());
        assertEquals("mvn test-compile aitest:test -Daitest.iterations=1 -Daitest.order=random -Daitest.seed=42",
                one.reproduce());

        Classifier.Result three = Classifier.classify(List.of(reader), new Simulated(orders), 3, REPRODUCE);
        FlakinessFinding found = three.findings().get("p.Reader#reads");
        assertEquals(Flakiness.ORDER_DEPENDENT, found.flakiness());
        assertNull(found.polluters());
        assertEquals("its outcome followed the order both times; it passes alone; no polluter found: the 3 runs of "
                + "aitest.classifyRuns were spent", found.flakinessEvidence().reason());
        assertEquals(3, three.runs());
    }

    @Test
    void withoutTheOrderWrittenDownNoPolluterIsSearched() {
        Map<Integer, List<String>> orders = Map.of(
                1, List.of("p.Cache#fills", "p.Reader#reads"),
                2, List.of("p.Reader#reads", "p.Cache#fills"));
        Classifier.Subject reader = new Classifier.Subject(t("p.Reader#reads"), 1, 2, null, null);
        Classifier.Result result = Classifier.classify(List.of(reader), new Simulated(orders), 30, REPRODUCE);
        FlakinessFinding found = result.findings().get("p.Reader#reads");
        assertEquals(Flakiness.ORDER_DEPENDENT, found.flakiness());
        assertTrue(found.flakinessEvidence().reason().endsWith("no polluter found: the order the tests ran in was "
                + "not written down (aitest-runtime is not on the test classpath)"), found.flakinessEvidence().reason());
        assertEquals(3, result.runs());
    }

    @Test
    void theCommandQuotesWhatAShellWouldReadOtherwiseAndNamesTheModuleAndTheGoal() {
        ReproduceCommand it = new ReproduceCommand(TestKind.INTEGRATION_TEST, "com.x:app", -7L, 5);
        FlakinessRules.Classification victim = new FlakinessRules.Classification(Flakiness.ORDER_DEPENDENT,
                FlakinessRules.Role.VICTIM, "r");
        assertEquals("mvn verify -pl com.x:app -Daitest.iterations=1 -Daitest.order=listed "
                + "-Dit.test='p.Outer$Inner#a,p.V#square'", it.command(t("p.V#square(int)[3]"), victim,
                        List.of(t("p.Outer$Inner#a")), null, 2));
        assertEquals("mvn verify -pl com.x:app -Daitest.iterations=2 -Daitest.order=random -Daitest.seed=-7",
                it.command(t("p.V#v"), new FlakinessRules.Classification(Flakiness.UNKNOWN, null, "r"), null, null, 2));
    }
}
