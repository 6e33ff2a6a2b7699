package dev.aitest.runtime;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.Supplier;

/**
 * Finds the {@link MinPassRate} in force for a test that starts and records it; both listeners call
 * {@link #testStarted}. Never throws: a listener must not disturb the test run.
 */
final class Thresholds {

    private Thresholds() {
    }

    /**
     * Records the threshold of {@code test}, which starts now: the {@link MinPassRate} of its method, else of its
     * class (or a superclass), else of the classes enclosing an inner class, outward. Does nothing without the
     * sidecar directory or without an annotation; a value outside 0 to 100 writes nothing and prints one line on
     * {@code System.err}.
     *
     * @param method supplies the test's method; it may return null or throw
     * @param testClass supplies the test's class; it may return null or throw
     */
    static void testStarted(TestRef test, Supplier<Method> method, Supplier<Class<?>> testClass) {
        try {
            if (test == null || !AiTest.recording()) {
                return;
            }
            MinPassRate annotation = find(method, testClass);
            if (annotation == null) {
                return;
            }
            double value = annotation.value();
            if (!(value >= 0 && value <= 100)) {
                System.err.println("aitest: @MinPassRate(" + value + ") of test " + test.className() + "#"
                        + test.name() + " ignored: the value must be from 0 to 100");
                return;
            }
            AiTest.recordMinPassRate(test, value);
        } catch (RuntimeException | LinkageError e) {
            // never disturb the test run; the test keeps the plugin's threshold
        }
    }

    private static MinPassRate find(Supplier<Method> method, Supplier<Class<?>> testClass) {
        Method javaMethod = quietly(method);
        MinPassRate annotation = javaMethod == null ? null : javaMethod.getAnnotation(MinPassRate.class);
        // a JUnit Jupiter @Nested class is an inner class: the classes enclosing it apply outward
        for (Class<?> type = quietly(testClass); annotation == null && type != null; type = enclosing(type)) {
            annotation = type.getAnnotation(MinPassRate.class);
        }
        return annotation;
    }

    private static Class<?> enclosing(Class<?> type) {
        return type.isMemberClass() && !Modifier.isStatic(type.getModifiers()) ? type.getEnclosingClass() : null;
    }

    private static <T> T quietly(Supplier<T> supplier) {
        try {
            return supplier.get();
        } catch (RuntimeException | LinkageError e) {
            return null; // e.g. a method the framework names but that cannot be found
        }
    }
}
