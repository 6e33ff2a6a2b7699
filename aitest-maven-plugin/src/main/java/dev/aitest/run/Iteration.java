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
 * @param listed the tests in the order they are to run in ({@code aitest.order=listed}, the runs that classify a
 *     flaky test), each named by its method; null for none
 */
public record Iteration(int index, int total, Path reportsDirectory, Path tempDirectory, Path sidecarDirectory,
        TestFilter tests, Long seed, java.util.List<TestFilter.Test> listed) {

    public Iteration {
        listed = listed == null ? null : java.util.List.copyOf(listed);
    }

    /** An iteration in the shuffled order of {@code seed} (null: the project's own). */
    public Iteration(int index, int total, Path reportsDirectory, Path tempDirectory, Path sidecarDirectory,
            TestFilter tests, Long seed) {
        this(index, total, reportsDirectory, tempDirectory, sidecarDirectory, tests, seed, null);
    }

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
