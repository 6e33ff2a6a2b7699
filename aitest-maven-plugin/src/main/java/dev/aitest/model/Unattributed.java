package dev.aitest.model;

/**
 * Usage the runtime recorded outside any test it could name (a shared thread pool while tests ran in parallel,
 * a {@code @BeforeAll}), or for a test that no Surefire report names. Counted here so that nothing is lost; it is
 * not in any test's or agent's totals, but it is in the summary's.
 *
 * @param records how many records
 * @param tokens their tokens
 * @param costUsd their cost; null when none is known
 */
public record Unattributed(int records, long tokens, Double costUsd) {
}
