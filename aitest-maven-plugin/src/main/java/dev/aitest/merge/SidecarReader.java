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
        RecordedUsage usage = className == null || name == null ? unattributed
                : byTest.computeIfAbsent(key(className, name), k -> new RecordedUsage());
        String kind = String.valueOf(text(node, "kind"));
        switch (kind) {
            case "usage" -> {
                String model = text(node, "model");
                if (model == null || !node.path("inputTokens").canConvertToLong()
                        || !node.path("outputTokens").canConvertToLong()) {
                    return "a usage record needs model, inputTokens and outputTokens";
                }
                usage.usage(model, node.path("inputTokens").asLong(), node.path("outputTokens").asLong());
            }
            case "cost" -> {
                if (!node.path("usd").isNumber()) {
                    return "a cost record needs usd";
                }
                usage.cost(node.path("usd").asDouble());
            }
            case "agent" -> {
                String agent = text(node, "agent");
                if (agent == null) {
                    return "an agent record needs agent";
                }
                usage.agent(agent);
            }
            case "minPassRate" -> {
                double value = node.path("value").asDouble(Double.NaN);
                if (!node.path("value").isNumber() || !(value >= 0 && value <= 100)) {
                    return "a minPassRate record needs a value from 0 to 100";
                }
                usage.minPassRate(value);
            }
            case "metric" -> {
                String metric = text(node, "metric");
                if (metric == null || !node.path("value").isNumber()) {
                    return "a metric record needs metric and value";
                }
                usage.metric(metric, node.path("value").asDouble());
            }
            default -> {
                return "unknown kind '" + kind + "'";
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
