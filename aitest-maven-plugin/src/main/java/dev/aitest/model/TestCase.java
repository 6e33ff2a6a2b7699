package dev.aitest.model;

/**
 * One {@code <testcase>} read from a Surefire XML report.
 *
 * @param className the test class
 * @param name the test method, with any parameter suffix such as {@code param(int)[3]}
 * @param run what happened in that iteration
 */
public record TestCase(String className, String name, Run run) {

    /** The identity of a test across iterations: {@code className#name}. */
    public String id() {
        return className + "#" + name;
    }
}
