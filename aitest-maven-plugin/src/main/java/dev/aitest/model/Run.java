package dev.aitest.model;

/**
 * One test in one iteration.
 *
 * @param iteration 1-based iteration index
 * @param outcome what happened
 * @param durationMs time Surefire reported for the test
 * @param message failure or error message, else null
 * @param type exception class, else null
 * @param stackTrace trimmed stack trace, else null
 */
public record Run(int iteration, RunOutcome outcome, long durationMs, String message, String type, String stackTrace) {
}
