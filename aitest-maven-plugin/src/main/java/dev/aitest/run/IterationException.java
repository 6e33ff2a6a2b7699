package dev.aitest.run;

/** A test run that did not end normally: refused, crashed or timed out. */
public final class IterationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** How the run ended. */
    public enum Ending {
        /** The runner refused to run the tests (no test matched, bad configuration). */
        REFUSED,
        /** The runner started and then crashed (a JVM that died, {@code System.exit}). */
        CRASHED,
        /** The project's fork timeout ({@code forkedProcessTimeoutInSeconds}) fired. */
        TIMED_OUT
    }

    private final Ending ending;
    private final int forkTimeoutSeconds;

    /**
     * @param message what the runner said
     * @param refused true when the runner refused to run the tests; false when it started and then crashed
     * @param cause the original exception
     */
    public IterationException(String message, boolean refused, Throwable cause) {
        this(message, refused ? Ending.REFUSED : Ending.CRASHED, 0, cause);
    }

    /**
     * @param message what the runner said
     * @param ending how the run ended
     * @param forkTimeoutSeconds for {@link Ending#TIMED_OUT}, the timeout the project sets, else 0
     * @param cause the original exception
     */
    public IterationException(String message, Ending ending, int forkTimeoutSeconds, Throwable cause) {
        super(message, cause);
        this.ending = ending;
        this.forkTimeoutSeconds = forkTimeoutSeconds;
    }

    public boolean refused() {
        return ending == Ending.REFUSED;
    }

    public Ending ending() {
        return ending;
    }

    /** The fork timeout of a run that timed out, in seconds; 0 otherwise. */
    public int forkTimeoutSeconds() {
        return forkTimeoutSeconds;
    }
}
