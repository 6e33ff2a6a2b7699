package dev.aitest.model;

/**
 * A Surefire report that could not be read to its end (a fork that died while writing it, a full disk).
 * The test cases read before the damage are kept.
 *
 * @param iteration the iteration the file belongs to
 * @param file the file's path
 * @param error what the XML parser said
 */
public record DamagedFile(int iteration, String file, String error) {
}
