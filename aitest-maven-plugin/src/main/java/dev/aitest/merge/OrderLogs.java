package dev.aitest.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aitest.model.TestFilter;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The order the tests of an iteration started in, as aitest-runtime wrote it down ({@code aitest.recordOrder}): one
 * file {@code order-<pid>-<random>.txt} per test JVM in the sidecar folder, one line {@code ["classname","name"]} per
 * test. A line that cannot be read (a JVM killed half way through it) ends that JVM's order.
 */
public final class OrderLogs {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OrderLogs() {
    }

    /** Each JVM's tests in the order they started, the files sorted by name; empty when none was written. */
    public static List<List<TestFilter.Test>> read(Path sidecarDirectory) throws IOException {
        List<List<TestFilter.Test>> jvms = new ArrayList<>();
        if (!Files.isDirectory(sidecarDirectory)) {
            return jvms;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(sidecarDirectory, "order-*.txt")) {
            stream.forEach(files::add);
        }
        files.sort(null);
        for (Path file : files) {
            List<TestFilter.Test> tests = new ArrayList<>();
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    TestFilter.Test test = test(line);
                    if (test == null) {
                        break;
                    }
                    tests.add(test);
                }
            }
            jvms.add(tests);
        }
        return jvms;
    }

    private static TestFilter.Test test(String line) {
        try {
            JsonNode node = MAPPER.readTree(line);
            return node != null && node.isArray() && node.size() == 2 && node.get(0).isTextual()
                    && node.get(1).isTextual() ? new TestFilter.Test(node.get(0).asText(), node.get(1).asText()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The tests that ran before {@code test} in its JVM, in their order, one entry per method (a parameterized
     * method's invocations are one entry, named by its method), {@code test}'s own method left out; null when no JVM
     * ran it.
     */
    public static List<TestFilter.Test> before(List<List<TestFilter.Test>> jvms, TestFilter.Test test) {
        for (List<TestFilter.Test> jvm : jvms) {
            int at = jvm.indexOf(test);
            if (at >= 0) {
                return methods(jvm.subList(0, at), test);
            }
        }
        return null;
    }

    /**
     * {@code tests} one entry per method, in the order each first ran, {@code except}'s method left out (null: none).
     */
    public static List<TestFilter.Test> methods(List<TestFilter.Test> tests, TestFilter.Test except) {
        java.util.Set<TestFilter.Test> methods = new java.util.LinkedHashSet<>();
        TestFilter.Test own = except == null ? null : method(except);
        for (TestFilter.Test t : tests) {
            methods.add(method(t));
        }
        methods.remove(own);
        return new ArrayList<>(methods);
    }

    /** The method {@code test} is an invocation of; a test without one stands for its class. */
    static TestFilter.Test method(TestFilter.Test test) {
        String method = TestFilter.method(test.name());
        return new TestFilter.Test(test.className(), method == null ? test.name() : method);
    }
}
