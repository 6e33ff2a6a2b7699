package dev.aitest.model;

import java.util.Set;

/**
 * The error runs that stand for the tests an iteration's crash or fork timeout cut short: the one place their type
 * and message are worded, for the aggregation that makes them and for the verdict that recognises them.
 */
public final class CrashRuns {

    /** The type of the error run of a test an iteration's crash cut short. */
    public static final String CRASH_TYPE = "aitest.ForkCrash";
    /** The type of the error run of a test that was running, or never ran, when the fork timeout fired. */
    public static final String TIMEOUT_TYPE = "aitest.ForkTimeout";

    private static final Set<String> TYPES = Set.of(CRASH_TYPE, TIMEOUT_TYPE);

    private CrashRuns() {
    }

    /** The type of such a run: a crash's, or a fork timeout's when {@code timedOut}. */
    public static String type(boolean timedOut) {
        return timedOut ? TIMEOUT_TYPE : CRASH_TYPE;
    }

    /** Its message: "test JVM crashed in iteration 2: ..." or "test JVM timed out in iteration 2: ...". */
    public static String message(int iteration, String crash, boolean timedOut) {
        return "test JVM " + (timedOut ? "timed out" : "crashed") + " in iteration " + iteration + ": " + crash;
    }

    /** Whether a run of {@code type} is one of these: it carries its iteration's crash. */
    public static boolean isCrashRun(String type) {
        return type != null && TYPES.contains(type);
    }
}
