package dev.aitest.run;

import dev.aitest.model.TestFilter;
import java.nio.file.Path;

/**
 * One iteration to run.
 *
 * @param index 1-based index, passed to the tests as {@code aitest.iteration}
 * @param total N, passed to the tests as {@code aitest.iterations}
 * @param reportsDirectory where Surefire writes this iteration's XML
 * @param tempDirectory the test JVMs' {@code java.io.tmpdir}
 * @param sidecarDirectory where aitest-runtime writes what the tests record ({@code aitest.sidecarDir})
 * @param tests the tests it runs, or null for every test the project's configuration runs
 * @param seed the seed of its test order ({@code aitest.order=random}), or null for the project's own order
 */
public record Iteration(int index, int total, Path reportsDirectory, Path tempDirectory, Path sidecarDirectory,
        TestFilter tests, Long seed) {

    /** An iteration in the project's own order. */
    public Iteration(int index, int total, Path reportsDirectory, Path tempDirectory, Path sidecarDirectory,
            TestFilter tests) {
        this(index, total, reportsDirectory, tempDirectory, sidecarDirectory, tests, null);
    }

    /** An iteration of every test. */
    public Iteration(int index, int total, Path reportsDirectory, Path tempDirectory, Path sidecarDirectory) {
        this(index, total, reportsDirectory, tempDirectory, sidecarDirectory, null);
    }
}
