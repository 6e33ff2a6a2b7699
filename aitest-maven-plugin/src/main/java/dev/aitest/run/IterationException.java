package dev.aitest.run;

/** A test run that ended abnormally. */
public final class IterationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean refused;

    /**
     * @param message what Surefire said
     * @param refused true when the runner refused to run the tests (no tests matched, bad configuration);
     *     false when it started and then crashed or timed out
     * @param cause the original exception
     */
    public IterationException(String message, boolean refused, Throwable cause) {
        super(message, cause);
        this.refused = refused;
    }

    public boolean refused() {
        return refused;
    }
}
