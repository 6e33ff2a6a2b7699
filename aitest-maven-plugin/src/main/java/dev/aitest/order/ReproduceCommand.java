package dev.aitest.order;

import dev.aitest.model.Flakiness;
import dev.aitest.model.TestFilter;
import dev.aitest.model.TestKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The command that runs a flaky test as it failed, for a user to paste: the plugin's own goal, for a victim with
 * {@code -Daitest.order=listed} and {@code -Dtest} (or {@code -Dit.test}) naming its polluters and then it; for a
 * brittle test, it alone; for a non-deterministic test, it alone as many times as the run had iterations; otherwise
 * the run's seed and the iterations up to the one it failed in, whose order that seed gives again.
 *
 * @param kind the kind of the tests (the goal and the property of the plugin that runs them)
 * @param module the module's {@code groupId:artifactId} in a reactor ({@code -pl}); null for a single project
 * @param runSeed the run's seed
 * @param iterations the run's iterations
 */
public record ReproduceCommand(TestKind kind, String module, long runSeed, int iterations) {

    /** What a shell takes without quotes. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.,#+:=/-]+");

    /** The command for {@code test}, classified as {@code c} with its polluters or state-setters (each null: none). */
    public String command(TestFilter.Test test, FlakinessRules.Classification c, List<TestFilter.Test> polluters,
            List<TestFilter.Test> setters, int failingIteration) {
        if (c.role() == FlakinessRules.Role.VICTIM && polluters != null) {
            List<TestFilter.Test> order = new ArrayList<>(polluters);
            order.add(test);
            return goal(1) + " -Daitest.order=listed " + tests(order);
        }
        if (c.role() == FlakinessRules.Role.BRITTLE || c.cause() == Flakiness.NON_DETERMINISTIC) {
            return goal(c.cause() == Flakiness.NON_DETERMINISTIC ? iterations : 1) + " " + tests(List.of(test));
        }
        return goal(failingIteration) + " -Daitest.order=random -Daitest.seed=" + runSeed;
    }

    private String goal(int runs) {
        String goal = kind == TestKind.TEST ? "mvn test-compile aitest:test" : "mvn verify";
        return goal + (module == null ? "" : " -pl " + quoted(module)) + " -Daitest.iterations=" + runs;
    }

    /** {@code -Dtest=A#m,B#n}: one entry per test, in order, each named by its method. */
    private String tests(List<TestFilter.Test> tests) {
        List<String> entries = new ArrayList<>();
        for (TestFilter.Test t : tests) {
            String method = TestFilter.method(t.name());
            entries.add(method == null ? t.className() : t.className() + "#" + method);
        }
        return "-D" + (kind == TestKind.TEST ? "test" : "it.test") + "=" + quoted(String.join(",", entries));
    }

    /** {@code value}, in single quotes when a shell would read it otherwise. */
    static String quoted(String value) {
        return PLAIN.matcher(value).matches() ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}
