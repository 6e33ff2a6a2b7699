package dev.aitest.model;

/**
 * The tools that produced a run.
 *
 * @param mavenVersion Maven's version
 * @param surefireVersion the Surefire that ran the iterations
 * @param javaVersion the Java that ran Maven
 */
public record Environment(String mavenVersion, String surefireVersion, String javaVersion) {
}
