package dev.aitest.runtime;

/**
 * Entry point for tests run by {@code aitest-maven-plugin}.
 *
 * <p>The plugin passes the current iteration to every test JVM as the system properties
 * {@code aitest.iteration} (1-based) and {@code aitest.iterations} (N). Outside the plugin both are 1.
 *
 * <pre>{@code
 * if (AiTest.iteration() == AiTest.iterations()) {
 *     // last iteration
 * }
 * }</pre>
 */
public final class AiTest {

    /** System property holding the 1-based index of the current iteration. */
    public static final String ITERATION_PROPERTY = "aitest.iteration";
    /** System property holding the number of iterations N. */
    public static final String ITERATIONS_PROPERTY = "aitest.iterations";

    private AiTest() {
    }

    /**
     * The current iteration, from 1 to {@link #iterations()}; 1 when the test runs outside the plugin.
     *
     * <pre>{@code
     * int i = AiTest.iteration(); // 2 during the second of three iterations
     * }</pre>
     */
    public static int iteration() {
        return positiveInt(ITERATION_PROPERTY);
    }

    /**
     * The number of iterations N of this run; 1 when the test runs outside the plugin.
     *
     * <pre>{@code
     * int n = AiTest.iterations(); // 3 with -Daitest.iterations=3
     * }</pre>
     */
    public static int iterations() {
        return positiveInt(ITERATIONS_PROPERTY);
    }

    static int positiveInt(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            return 1;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            return parsed >= 1 ? parsed : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
