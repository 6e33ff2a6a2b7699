package dev.aitest.runtime;

/**
 * A test as Surefire names it in {@code TEST-*.xml}: {@code <testcase classname="..." name="...">}.
 *
 * @param className the {@code classname} attribute
 * @param name the {@code name} attribute
 */
record TestRef(String className, String name) {
}
