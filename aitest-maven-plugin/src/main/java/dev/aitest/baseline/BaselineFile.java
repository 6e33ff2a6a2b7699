package dev.aitest.baseline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Results;
import dev.aitest.model.TestKind;
import dev.aitest.store.AtomicFiles;
import dev.aitest.store.JsonProblems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compact baseline file that {@code aitest:baseline} writes: the pass counts of every test of a run, small
 * enough to commit and stable under version control. It is JSON, laid out by hand so that a diff shows one line per
 * changed test:
 *
 * <pre>
 * {
 *   "format": "aitest-baseline",
 *   "version": 1,
 *   "project": {"groupId": "com.example", "artifactId": "demo", "version": "1.0.0", "name": "demo"},
 *   "iterations": 5,
 *   "summary": {"tests": 3, "passed": 1, "failed": 0, "flaky": 1, "skipped": 1, "runs": 15, ...},
 *   "testFields": ["passedRuns", "countedRuns", "agent"],
 *   "classes": [
 *     {"class": "com.example.SupportAgentTest", "tests": {
 *       "answersFaqs(String)[1]": [4, 5, "support"],
 *       "greetsTheCustomer": [5, 5]
 *     }},
 *     {"module": "core", "class": "com.example.ParserIT", "kind": "integration-test", "tests": {
 *       "parses": [0, 0]
 *     }}
 *   ]
 * }
 * </pre>
 *
 * <ul>
 *   <li>Tests are grouped by class: a test's id is {@code class#name}, and the class is written once for all its
 *       tests, which keeps 10,000 tests well under 1 MB even with long package names. Each test is one line,
 *       {@code "name": [passedRuns, countedRuns]}, with the agent as a third element when every run named the same
 *       one; {@code testFields} says so in the file itself and is not read.</li>
 *   <li>Groups are sorted by module (none first), class, then kind (unit tests first); tests within a group by
 *       name. {@code module} is written only in a reactor aggregate, {@code kind} only for integration tests.</li>
 *   <li>Nothing that changes when the counts do not: no timestamp (the run's {@code startedAt} is left out), no
 *       duration, no version of aitest, no path. The same counts give the same bytes, with {@code \n} line ends and
 *       a final newline, whatever the machine.</li>
 *   <li>{@code summary} holds the run's counts (no durations or statistics); it is informational and not checked
 *       against the tests, so that a line may be removed by hand.</li>
 * </ul>
 */
public final class BaselineFile {

    /** The value of {@code format}. */
    public static final String FORMAT = "aitest-baseline";
    /** The version of the layout this aitest writes and reads. */
    public static final int VERSION = 1;

    private static final String SHAPE = "[passedRuns, countedRuns] or [passedRuns, countedRuns, \"agent\"], whole "
            + "numbers with 0 <= passedRuns <= countedRuns";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private static final Comparator<String> NULL_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private BaselineFile() {
    }

    /** A class of one module and kind: the tests written under one header line. */
    private record Group(String module, String className, TestKind kind) {
        static final Comparator<Group> ORDER = Comparator.comparing(Group::module, NULL_FIRST)
                .thenComparing(Group::className).thenComparing(Group::kind);
    }

    /**
     * Writes the baseline of {@code results} to {@code file}, replacing it only once the new content is complete.
     *
     * @throws IllegalArgumentException when a test's id is not {@code className#name}, or two tests share module,
     *     kind and id
     */
    public static void write(Results results, Path file) throws IOException {
        String text = render(Baseline.of(results, file.toString()));
        AtomicFiles.write(file, out -> out.write(text));
    }

    /**
     * The text of the baseline file of {@code baseline}; its path and startedAt are not part of it.
     *
     * @throws IllegalArgumentException when a test's id is not {@code className#name}, or two tests share module,
     *     kind and id
     */
    public static String render(Baseline baseline) {
        return render(baseline, FORMAT, Map.of());
    }

    /**
     * The text of a file of {@code format} in this layout: {@code header}'s fields (each value already JSON, in
     * its order) after {@code version}, then the baseline's; the history's records are written so.
     */
    public static String render(Baseline baseline, String format, Map<String, String> header) {
        Map<Group, TreeMap<String, Baseline.Entry>> groups = new TreeMap<>(Group.ORDER);
        for (Baseline.Entry test : baseline.tests()) {
            int hash = test.id().indexOf('#');
            if (hash < 0) {
                throw new IllegalArgumentException("test id " + test.id() + " is not className#name");
            }
            Group group = new Group(test.module(), test.id().substring(0, hash), test.kind());
            if (groups.computeIfAbsent(group, g -> new TreeMap<>()).put(test.id().substring(hash + 1), test) != null) {
                throw new IllegalArgumentException(test.describe() + " is listed twice");
            }
        }
        StringBuilder out = new StringBuilder(512 + 40 * baseline.tests().size());
        out.append("{\n");
        field(out, "format", quote(format));
        field(out, "version", Integer.toString(VERSION));
        header.forEach((name, json) -> field(out, name, json));
        ProjectInfo project = baseline.project();
        if (project != null) {
            Map<String, String> fields = new LinkedHashMap<>();
            putText(fields, "groupId", project.groupId());
            putText(fields, "artifactId", project.artifactId());
            putText(fields, "version", project.version());
            putText(fields, "name", project.name());
            field(out, "project", object(fields));
        }
        field(out, "iterations", Integer.toString(baseline.iterations()));
        Baseline.Counts s = baseline.counts();
        if (s != null) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("tests", Integer.toString(s.tests()));
            fields.put("passed", Integer.toString(s.passed()));
            fields.put("failed", Integer.toString(s.failed()));
            fields.put("flaky", Integer.toString(s.flaky()));
            fields.put("skipped", Integer.toString(s.skipped()));
            fields.put("runs", Integer.toString(s.runs()));
            fields.put("passedRuns", Integer.toString(s.passedRuns()));
            fields.put("failedRuns", Integer.toString(s.failedRuns()));
            fields.put("skippedRuns", Integer.toString(s.skippedRuns()));
            if (s.passRate() != null) {
                fields.put("passRate", Double.toString(s.passRate()));
            }
            field(out, "summary", object(fields));
        }
        field(out, "testFields", "[\"passedRuns\", \"countedRuns\", \"agent\"]");
        out.append("  \"classes\": [");
        boolean firstGroup = true;
        for (Map.Entry<Group, TreeMap<String, Baseline.Entry>> group : groups.entrySet()) {
            out.append(firstGroup ? "\n" : ",\n").append("    {");
            firstGroup = false;
            Group key = group.getKey();
            if (key.module() != null) {
                out.append("\"module\": ").append(quote(key.module())).append(", ");
            }
            out.append("\"class\": ").append(quote(key.className())).append(", ");
            if (key.kind() != TestKind.TEST) {
                out.append("\"kind\": ").append(quote(key.kind().json())).append(", ");
            }
            out.append("\"tests\": {");
            boolean firstTest = true;
            for (Map.Entry<String, Baseline.Entry> test : group.getValue().entrySet()) {
                Baseline.Entry entry = test.getValue();
                out.append(firstTest ? "\n" : ",\n").append("      ").append(quote(test.getKey())).append(": [")
                        .append(entry.passedRuns()).append(", ").append(entry.countedRuns());
                if (entry.agent() != null) {
                    out.append(", ").append(quote(entry.agent()));
                }
                out.append(']');
                firstTest = false;
            }
            out.append("\n    }}");
        }
        out.append(groups.isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String json) {
        out.append("  ").append(quote(name)).append(": ").append(json).append(",\n");
    }

    private static void putText(Map<String, String> fields, String name, String value) {
        if (value != null) {
            fields.put(name, quote(value));
        }
    }

    /** {@code {"a": 1, "b": "x"}}: the values are JSON already. */
    private static String object(Map<String, String> fields) {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((name, json) -> out.append(out.length() == 1 ? "" : ", ").append(quote(name)).append(": ")
                .append(json));
        return out.append('}').toString();
    }

    /** {@code text} as a JSON string. */
    public static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }

    /**
     * Reads a baseline file whose {@code format} field was found, checking every value.
     *
     * @throws Baseline.UnusableException naming the file, the value and the fix
     */
    static Baseline read(Path file) throws Baseline.UnusableException {
        return read(file, FORMAT);
    }

    /** Reads a file of {@code format} in this layout ({@link #render(Baseline, String, Map)}), checking every value. */
    public static Baseline read(Path file, String format) throws Baseline.UnusableException {
        return read(file, tree(file), format);
    }

    /** The JSON of {@code file}. */
    public static JsonNode tree(Path file) throws Baseline.UnusableException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            String message = String.valueOf(e.getOriginalMessage());
            throw Baseline.unusable(file, message.startsWith("Duplicate field")
                    ? "it has a field twice (" + message + (e.getLocation() == null ? ""
                            : " at line " + e.getLocation().getLineNr()) + ")"
                    : JsonProblems.notJson(e));
        } catch (IOException e) {
            throw Baseline.cannotRead(file, e);
        }
        if (tree == null || !tree.isObject()) {
            throw Baseline.unusable(file, "it is not a JSON object");
        }
        return tree;
    }

    /** Reads {@code tree}, the JSON of {@code file}, as a file of {@code expected}, checking every value. */
    public static Baseline read(Path file, JsonNode tree, String expected) throws Baseline.UnusableException {
        JsonNode format = tree.get("format");
        if (format == null || !expected.equals(format.textValue())) {
            throw Baseline.unusable(file, "format is " + JsonProblems.shown(format) + " but must be \"" + expected
                    + "\"");
        }
        JsonNode version = tree.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            throw Baseline.unusable(file, "version is " + JsonProblems.shown(version) + " but must be " + VERSION);
        }
        if (version.intValue() > VERSION) {
            throw new Baseline.UnusableException(file + " is a baseline file of format version " + version.intValue()
                    + ", and this aitest reads version " + VERSION + " only; compare with the newer aitest that wrote"
                    + " it, or write the baseline anew with this aitest's aitest:baseline");
        }
        JsonNode iterations = tree.get("iterations");
        if (iterations == null || !iterations.isIntegralNumber() || !iterations.canConvertToInt()
                || iterations.intValue() < 0) {
            throw Baseline.unusable(file, "iterations is " + JsonProblems.shown(iterations)
                    + " but must be a whole number of 0 or more");
        }
        ProjectInfo project = optionalObject(file, tree, "project", ProjectInfo.class);
        Baseline.Counts summary = optionalObject(file, tree, "summary", Baseline.Counts.class);
        JsonNode classes = tree.get("classes");
        if (classes == null || !classes.isArray()) {
            throw Baseline.unusable(file, "classes is " + JsonProblems.shown(classes) + " but must be a list");
        }
        List<Baseline.Entry> tests = new ArrayList<>();
        Map<String, Integer> groupOf = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            JsonNode group = classes.get(i);
            String where = "classes[" + i + "]";
            if (!group.isObject()) {
                throw Baseline.unusable(file, where + " is " + JsonProblems.shown(group) + " but must be an object");
            }
            String module = text(file, group, where, "module", false);
            String className = text(file, group, where, "class", true);
            String kindName = text(file, group, where, "kind", false);
            if (kindName != null && !kindName.equals(TestKind.TEST.json())
                    && !kindName.equals(TestKind.INTEGRATION_TEST.json())) {
                throw Baseline.unusable(file, where + ".kind is " + JsonProblems.shown(group.get("kind"))
                        + " but must be \"" + TestKind.INTEGRATION_TEST.json() + "\", \"" + TestKind.TEST.json()
                        + "\" or absent");
            }
            TestKind kind = TestKind.of(kindName);
            JsonNode names = group.get("tests");
            if (names == null || !names.isObject()) {
                throw Baseline.unusable(file, where + ".tests is " + JsonProblems.shown(names)
                        + " but must be an object");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = names.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String id = className + "#" + field.getKey();
                JsonNode counts = field.getValue();
                if (!wellFormed(counts)) {
                    throw Baseline.unusable(file, id + " in " + where + " is " + JsonProblems.shown(counts)
                            + " but must be " + SHAPE);
                }
                Baseline.Entry entry = new Baseline.Entry(id, module, kind,
                        counts.size() == 3 ? counts.get(2).textValue() : null, counts.get(0).intValue(),
                        counts.get(1).intValue());
                Integer earlier = groupOf.putIfAbsent(entry.key(), i);
                if (earlier != null) {
                    throw Baseline.unusable(file, entry.describe() + " is listed twice (in classes[" + earlier
                            + "] and " + where + ")");
                }
                tests.add(entry);
            }
        }
        return new Baseline(file.toString(), null, iterations.intValue(), project, summary, tests);
    }

    private static boolean wellFormed(JsonNode counts) {
        if (!counts.isArray() || counts.size() < 2 || counts.size() > 3) {
            return false;
        }
        JsonNode passed = counts.get(0);
        JsonNode counted = counts.get(1);
        if (!passed.isIntegralNumber() || !passed.canConvertToInt() || !counted.isIntegralNumber()
                || !counted.canConvertToInt()) {
            return false;
        }
        if (passed.intValue() < 0 || passed.intValue() > counted.intValue()) {
            return false;
        }
        return counts.size() == 2 || counts.get(2).isTextual();
    }

    /** A text field of {@code node}: null when absent (and optional). */
    private static String text(Path file, JsonNode node, String where, String name, boolean required)
            throws Baseline.UnusableException {
        JsonNode value = node.get(name);
        if (value == null && !required) {
            return null;
        }
        if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
            throw Baseline.unusable(file, where + "." + name + " is " + JsonProblems.shown(value)
                    + " but must be text" + (required ? "" : " or absent"));
        }
        return value.textValue();
    }

    /** An object field of the top level read as {@code type}: null when absent. */
    private static <T> T optionalObject(Path file, JsonNode tree, String name, Class<T> type)
            throws Baseline.UnusableException {
        JsonNode value = tree.get(name);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw Baseline.unusable(file, name + " is " + JsonProblems.shown(value) + " but must be an object");
        }
        try {
            return MAPPER.treeToValue(value, type);
        } catch (JsonProcessingException e) {
            throw Baseline.unusable(file, e instanceof JsonMappingException mapping
                    ? name + "." + JsonProblems.wrongValue(mapping, value)
                    : name + " is " + JsonProblems.shown(value) + " but must be an object");
        }
    }
}
