package dev.aitest.run;

/** Runs the project's tests once. The plugin runs them through the project's own Surefire. */
public interface IterationRunner {

    /**
     * Runs every test once for {@code iteration}. Returns normally when the tests ran, whatever their outcome.
     *
     * @throws IterationException when the run ended abnormally or was refused
     */
    void run(Iteration iteration) throws IterationException;
}
