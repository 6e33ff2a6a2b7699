package dev.aitest.merge;

import dev.aitest.model.Run;
import dev.aitest.model.TestResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups failed runs by a normalised signature: the exception's simple name and the first line of its message with
 * numbers, ids and hashes replaced, so that "expected: &lt;3&gt; but was: &lt;4&gt;" and "expected: &lt;7&gt; but was: &lt;1&gt;" fall
 * together.
 */
public final class FailureSignatures {

    /** Characters kept of a normalised message. */
    public static final int MAX_LENGTH = 160;
    /** Characters kept of a group's example message. */
    public static final int MAX_EXAMPLE = 1_000;

    private static final Pattern UUID = Pattern.compile(
            "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");
    private static final Pattern HEX = Pattern.compile("\\b(0x[0-9a-fA-F]+|[0-9a-fA-F]*\\d[0-9a-fA-F]*[a-fA-F][0-9a-fA-F]*)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FailureSignatures() {
    }

    /**
     * One group of failures.
     *
     * @param signature the normalised signature
     * @param example the message of the first failure in the group, cut at {@value #MAX_EXAMPLE} characters
     * @param runs failed runs in the group
     * @param tests ids of the tests with a failure in the group, in order of appearance
     */
    public record Group(String signature, String example, int runs, List<String> tests) {
    }

    /** The signature of one failure. */
    public static String signature(String type, String message) {
        String text = message == null ? "" : message.strip().lines().findFirst().orElse("");
        text = UUID.matcher(text).replaceAll("<id>");
        text = HEX.matcher(text).replaceAll("<id>");
        text = NUMBER.matcher(text).replaceAll("<n>");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH) + "...";
        }
        String simpleType = type == null ? null : type.substring(type.lastIndexOf('.') + 1);
        if (simpleType == null || simpleType.isEmpty()) {
            return text.isEmpty() ? "(no message)" : text;
        }
        return text.isEmpty() ? simpleType : simpleType + ": " + text;
    }

    /** Every failed or erred run of {@code tests}, grouped; the largest groups first, then by signature. */
    public static List<Group> group(List<TestResult> tests) {
        Map<String, Builder> groups = new LinkedHashMap<>();
        for (TestResult test : tests) {
            for (Run run : test.iterations()) {
                if (run.outcome().isFailure()) {
                    String signature = signature(run.type(), run.message());
                    groups.computeIfAbsent(signature, s -> new Builder(run.message())).add(test.id());
                }
            }
        }
        List<Group> result = new ArrayList<>();
        groups.forEach((signature, b) -> result.add(new Group(signature, b.example, b.runs, List.copyOf(b.tests))));
        result.sort(Comparator.comparingInt(Group::runs).reversed().thenComparing(Group::signature));
        return result;
    }

    private static final class Builder {
        final String example;
        final Set<String> tests = new LinkedHashSet<>();
        int runs;

        Builder(String example) {
            this.example = example == null || example.length() <= MAX_EXAMPLE ? example
                    : example.substring(0, MAX_EXAMPLE) + "\u2026";
        }

        void add(String test) {
            tests.add(test);
            runs++;
        }
    }
}
