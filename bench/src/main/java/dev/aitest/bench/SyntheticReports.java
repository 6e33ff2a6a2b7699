package dev.aitest.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes Surefire-style {@code TEST-*.xml} reports for a synthetic suite: {@code tests} tests in classes of 50,
 * {@code iterations} folders, a share of failing runs with realistic stack traces and captured output.
 */
final class SyntheticReports {

    static final int TESTS_PER_CLASS = 50;

    private SyntheticReports() {
    }

    /** Writes {@code iteration-1..n} folders under {@code root}; the same seed gives the same files. */
    static void generate(Path root, int tests, int iterations, double failureShare, long seed) throws IOException {
        Random random = new Random(seed);
        int classes = (tests + TESTS_PER_CLASS - 1) / TESTS_PER_CLASS;
        for (int i = 1; i <= iterations; i++) {
            Path dir = Files.createDirectories(root.resolve("iteration-" + i));
            for (int c = 0; c < classes; c++) {
                String className = "com.example.shop.service" + c % 20 + ".Feature" + c + "Test";
                Path file = dir.resolve("TEST-" + className + ".xml");
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite xmlns:xsi=\"http://www.w3.org/2001/"
                            + "XMLSchema-instance\" version=\"3.0.2\" name=\"" + className + "\" time=\"1.234\" tests=\""
                            + TESTS_PER_CLASS + "\" errors=\"0\" skipped=\"0\" failures=\"0\">\n  <properties>\n"
                            + "    <property name=\"java.version\" value=\"17.0.15\"/>\n"
                            + "    <property name=\"aitest.iteration\" value=\"" + i + "\"/>\n  </properties>\n");
                    for (int t = 0; t < TESTS_PER_CLASS && c * TESTS_PER_CLASS + t < tests; t++) {
                        String name = t % 10 == 9 ? "answers(String)[" + t + "]" : "handlesCase" + t;
                        String time = String.format(Locale.ROOT, "%.3f", random.nextInt(400) / 1000.0);
                        if (random.nextDouble() < failureShare) {
                            out.write(failing(className, name, time, random));
                        } else {
                            out.write("  <testcase name=\"" + name + "\" classname=\"" + className + "\" time=\"" + time
                                    + "\"/>\n");
                        }
                    }
                    out.write("</testsuite>\n");
                }
            }
        }
    }

    private static String failing(String className, String name, String time, Random random) {
        boolean error = random.nextInt(4) == 0;
        String type = error ? "java.net.SocketTimeoutException" : "org.opentest4j.AssertionFailedError";
        String message = error ? "Read timed out after " + (1000 + random.nextInt(9000)) + " ms"
                : "expected: &lt;" + random.nextInt(100) + "&gt; but was: &lt;" + random.nextInt(100) + "&gt;";
        StringBuilder trace = new StringBuilder(type).append(": ").append(message).append('\n');
        String method = name.replaceAll("[^A-Za-z0-9]", "");
        trace.append("\tat ").append(className).append('.').append(method).append('(')
                .append(className.substring(className.lastIndexOf('.') + 1)).append(".java:").append(40 + random.nextInt(60))
                .append(")\n");
        String[] frames = {
            "java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
            "java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke(NativeMethodAccessorImpl.java:77)",
            "java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
            "java.base/java.lang.reflect.Method.invoke(Method.java:569)",
            "org.junit.platform.commons.util.ReflectionUtils.invokeMethod(ReflectionUtils.java:767)",
            "org.junit.jupiter.engine.execution.MethodInvocation.proceed(MethodInvocation.java:60)",
            "org.junit.jupiter.engine.execution.InvocationInterceptorChain$ValidatingInvocation.proceed(InvocationInterceptorChain.java:131)",
            "org.junit.jupiter.engine.extension.TimeoutExtension.intercept(TimeoutExtension.java:156)",
            "org.junit.jupiter.engine.descriptor.TestMethodTestDescriptor.invokeTestMethod(TestMethodTestDescriptor.java:217)",
            "org.junit.platform.engine.support.hierarchical.ThrowableCollector.execute(ThrowableCollector.java:73)",
            "org.junit.platform.engine.support.hierarchical.NodeTestTask.executeRecursively(NodeTestTask.java:151)",
            "java.base/java.util.ArrayList.forEach(ArrayList.java:1511)",
        };
        for (int f = 0; f < 36; f++) {
            trace.append("\tat ").append(frames[f % frames.length]).append('\n');
        }
        return "  <testcase name=\"" + name + "\" classname=\"" + className + "\" time=\"" + time + "\">\n    <"
                + (error ? "error" : "failure") + " message=\"" + message + "\" type=\"" + type + "\"><![CDATA["
                + trace + "]]></" + (error ? "error" : "failure") + ">\n    <system-out><![CDATA["
                + "calling the model...\n".repeat(20) + "]]></system-out>\n  </testcase>\n";
    }
}
