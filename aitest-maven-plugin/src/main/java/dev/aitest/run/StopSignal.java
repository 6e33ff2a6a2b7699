package dev.aitest.run;

/**
 * Whether the JVM is shutting down: Ctrl-C, a CI job cancelled or timed out (SIGINT, SIGTERM). An iteration that
 * ends then was cut short by the stop, not finished.
 */
final class StopSignal {

    private StopSignal() {
    }

    /** True once the JVM has begun to shut down. */
    static boolean stopping() {
        // the JDK has no query for it; it refuses new shutdown hooks once shutdown has begun
        Thread probe = new Thread(() -> { }, "aitest-stop-probe");
        try {
            Runtime.getRuntime().addShutdownHook(probe);
        } catch (IllegalStateException e) {
            return true;
        }
        Runtime.getRuntime().removeShutdownHook(probe);
        return false;
    }
}
