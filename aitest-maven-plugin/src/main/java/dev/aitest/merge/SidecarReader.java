package dev.aitest.merge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aitest.cost.Pricing;
import dev.aitest.model.DamagedFile;
import dev.aitest.model.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON Lines files {@code aitest-runtime} writes into an iteration's sidecar folder (one file per test
 * JVM). A line that cannot be read (the last one of a JVM that died while writing it) is skipped and the file is
 * reported as damaged; every other line is kept.
 */
public final class SidecarReader {

    /** Made on first use: most iterations of most projects have no sidecars, and a mapper takes a while to make. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /**
     * What one iteration's sidecars hold.
     *
     * @param byTest usage per test, keyed by {@link #key(String, String)}
     * @param unattributed usage recorded outside any test
     * @param damaged files with unreadable lines
     */
    public record Sidecars(Map<String, RecordedUsage> byTest, RecordedUsage unattributed, List<DamagedFile> damaged) {

        /** No sidecars at all. */
        public static Sidecars none() {
            return new Sidecars(Map.of(), new RecordedUsage(), List.of());
        }

        /** What everything recorded in the iteration cost, priced as the merge prices it; null when unknown. */
        public Double cost(Pricing pricing) {
            Double total = unattributed.cost(pricing, new java.util.ArrayList<>());
            for (RecordedUsage usage : byTest.values()) {
                total = Money.add(total, usage.cost(pricing, new java.util.ArrayList<>()));
            }
            return total;
        }
    }

    /**
     * The key that ties a record to a Surefire test case: {@code className#name} without empty parameter lists
     * ({@code "()"}), since Surefire and JUnit differ on them for tests without parameters.
     */
    public static String key(String className, String name) {
        return className + "#" + name.replace("()", "");
    }

    /** Reads every {@code *.jsonl} file directly in {@code directory}; nothing when it does not exist. */
    public Sidecars read(Path directory, int iteration) throws IOException {
        if (!Files.isDirectory(directory)) {
            return Sidecars.none();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.jsonl")) {
            stream.forEach(files::add);
        }
        files.sort(null);
        Map<String, RecordedUsage> byTest = new HashMap<>();
        RecordedUsage unattributed = new RecordedUsage();
        List<DamagedFile> damaged = new ArrayList<>();
        for (Path file : files) {
            String error = readFile(file, byTest, unattributed);
            if (error != null) {
                damaged.add(new DamagedFile(iteration, file.toString(), error));
            }
        }
        return new Sidecars(byTest, unattributed, damaged);
    }

    private static String readFile(Path file, Map<String, RecordedUsage> byTest, RecordedUsage unattributed)
            throws IOException {
        String firstError = null;
        int badLines = 0;
        int lineNumber = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String error = readLine(line, byTest, unattributed);
                if (error != null) {
                    badLines++;
                    firstError = firstError == null ? "line " + lineNumber + ": " + error : firstError;
                }
            }
        }
        return badLines == 0 ? null : badLines + " unreadable line(s), first " + firstError;
    }

    private static String readLine(String line, Map<String, RecordedUsage> byTest, RecordedUsage unattributed) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return "not JSON (" + e.getOriginalMessage() + ")";
        }
        if (node == null || !node.isObject()) {
            return "not a JSON object";
        }
        String className = text(node, "className");
        String name = text(node, "name");
        String kind = String.valueOf(text(node, "kind"));
        String refused = refused(node, kind);
        if (refused != null) {
            return refused;
        }
        RecordedUsage usage = className == null || name == null ? unattributed
                : byTest.computeIfAbsent(key(className, name), k -> new RecordedUsage());
        switch (kind) {
            case "usage" -> {
                usage.usage(text(node, "model"), node.get("inputTokens").longValue(),
                        node.get("outputTokens").longValue());
                if (node.hasNonNull("latencyMs")) {
                    usage.latency(node.get("latencyMs").longValue());
                }
            }
            case "cost" -> usage.cost(node.get("usd").doubleValue());
            case "agent" -> usage.agent(text(node, "agent"));
            case "minPassRate" -> usage.minPassRate(node.get("value").doubleValue());
            default -> usage.metric(text(node, "metric"), node.get("value").doubleValue());
        }
        return null;
    }

    /**
     * Why the record of {@code kind} in {@code node} is refused ({@link RecordRules}: what the runtime would not have
     * written), or null when it may be read.
     */
    private static String refused(JsonNode node, String kind) {
        String why = switch (kind) {
            case "usage" -> first(RecordRules.text(node, "model"), RecordRules.tokens(node, "inputTokens"),
                    RecordRules.millis(node, "latencyMs"),
                    RecordRules.tokens(node, "outputTokens"));
            case "cost" -> RecordRules.cost(node, "usd");
            case "agent" -> RecordRules.text(node, "agent");
            case "minPassRate" -> RecordRules.percent(node, "value");
            case "metric" -> first(RecordRules.text(node, "metric"), RecordRules.finite(node, "value"));
            default -> "unknown kind '" + kind + "'";
        };
        return why == null || why.startsWith("unknown kind") ? why : "a " + kind + " record the runtime refuses: " + why;
    }

    private static String first(String... reasons) {
        for (String reason : reasons) {
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
