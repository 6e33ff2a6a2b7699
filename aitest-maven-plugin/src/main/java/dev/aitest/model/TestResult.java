package dev.aitest.model;

import java.util.List;

/**
 * A test over all iterations.
 *
 * @param id {@code className#name}
 * @param className the test class
 * @param name the test name, parameter suffix included
 * @param outcome passed, failed, flaky or skipped
 * @param passRate passed runs / non-skipped runs x 100, rounded to two decimals; null when every run was skipped
 * @param passedRuns runs that passed
 * @param failedRuns runs that failed or erred
 * @param skippedRuns runs that were skipped
 * @param durationMs total time of all its runs
 * @param iterations one entry per run, in iteration order
 */
public record TestResult(String id, String className, String name, TestOutcome outcome, Double passRate, int passedRuns,
        int failedRuns, int skippedRuns, long durationMs, List<Run> iterations) {
}
