package dev.aitest.model;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tests one iteration runs when it runs not all of them, as Surefire's and Failsafe's {@code test} parameter
 * takes them: {@code com.example.FooTest#a+b,com.example.BarTest#c}, classes and their methods sorted. A test is
 * named by its method: its name up to the first {@code (} or {@code [}, so that every invocation of a parameterized
 * or repeated method runs (the plugins filter by method, not by invocation). A test whose name is its class's (no
 * method) runs its whole class.
 *
 * <p>Adaptive iterations ({@code aitest.adaptive}) run only the tests still unsettled through it.
 *
 * @param value the {@code test} parameter's value; never empty
 */
public record TestFilter(String value) {

    /** One test to run: its class and its name in the reports. */
    public record Test(String className, String name) {
    }

    public TestFilter {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a test filter names at least one test");
        }
    }

    /** The filter that runs {@code tests}; null when there are none (no filter runs nothing). */
    public static TestFilter of(Collection<Test> tests) {
        Map<String, Set<String>> methods = new TreeMap<>();
        for (Test test : tests) {
            String method = method(test.name());
            Set<String> own = methods.computeIfAbsent(test.className(), c -> new TreeSet<>());
            own.add(method == null ? "*" : method);
        }
        if (methods.isEmpty()) {
            return null;
        }
        StringBuilder value = new StringBuilder();
        for (Map.Entry<String, Set<String>> entry : methods.entrySet()) {
            value.append(value.length() == 0 ? "" : ",").append(entry.getKey());
            Set<String> own = entry.getValue();
            if (!own.contains("*")) {
                value.append('#').append(String.join("+", own));
            }
        }
        return new TestFilter(value.toString());
    }

    /** Whether the test {@code className}/{@code name} (as the reports name it) is one this filter runs. */
    public boolean covers(String className, String name) {
        String method = method(name);
        for (String entry : value.split(",")) {
            int hash = entry.indexOf('#');
            if (hash < 0) {
                if (entry.equals(className)) {
                    return true;
                }
            } else if (entry.substring(0, hash).equals(className)
                    && java.util.Arrays.asList(entry.substring(hash + 1).split("\\+")).contains(method)) {
                return true;
            }
        }
        return false;
    }

    /** The method a test's name stands for; null when it names none (blank, or only parameters). */
    public static String method(String name) {
        if (name == null) {
            return null;
        }
        int end = name.length();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '(' || c == '[') {
                end = i;
                break;
            }
        }
        String method = name.substring(0, end).trim();
        return method.isEmpty() ? null : method;
    }
}
