package dev.aitest.history;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aitest.baseline.Baseline;
import dev.aitest.baseline.BaselineFile;
import dev.aitest.model.Criteria;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A history record's file: the baseline file's compact, sorted layout ({@link BaselineFile}: one line per test,
 * the same counts the same bytes) with {@code "format": "aitest-history"} and, after {@code version}, the fields of
 * the build:
 *
 * <pre>
 *   "startedAt": "2026-12-02T18:00:00.123Z",
 *   "commit": "a1b2c3d4e5f6...", "branch": "main",        (each only when known)
 *   "criteria": {"minPassRate": 80.0, "confidence": 0.95, "gate": "observed"},
 *   "usage": {"tokens": 1200, "costUsd": 0.0042},          (each only when recorded)
 *   "thresholds": {"com.x.ChatTest#answers": 90.0},        (the tests' own, by [module|]id[|integration-test])
 *   "agents": {"planner": {"tokens": 800, "costUsd": 0.003}}, (each agent of the leaderboard; cost when known)
 * </pre>
 */
public final class HistoryFile {

    /** The value of {@code format}. */
    public static final String FORMAT = "aitest-history";

    private HistoryFile() {
    }

    /** The text of {@code record}'s file. */
    public static String render(HistoryRecord record) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("startedAt", BaselineFile.quote(String.valueOf(record.startedAt())));
        if (record.source().commit() != null) {
            header.put("commit", BaselineFile.quote(record.source().commit()));
        }
        if (record.source().branch() != null) {
            header.put("branch", BaselineFile.quote(record.source().branch()));
        }
        Criteria c = record.criteria();
        StringBuilder criteria = new StringBuilder("{\"minPassRate\": ").append(c.minPassRate());
        if (c.minTestPassRate() != null) {
            criteria.append(", \"minTestPassRate\": ").append(c.minTestPassRate());
        }
        criteria.append(", \"confidence\": ").append(c.confidenceLevel()).append(", \"gate\": ")
                .append(BaselineFile.quote(c.gateMode())).append('}');
        header.put("criteria", criteria.toString());
        StringBuilder usage = new StringBuilder("{");
        if (record.tokens() != null) {
            usage.append("\"tokens\": ").append(record.tokens());
        }
        if (record.costUsd() != null) {
            usage.append(usage.length() > 1 ? ", " : "").append("\"costUsd\": ").append(record.costUsd());
        }
        header.put("usage", usage.append('}').toString());
        StringBuilder thresholds = new StringBuilder("{");
        record.thresholds().forEach((key, value) -> thresholds.append(thresholds.length() > 1 ? ", " : "")
                .append(BaselineFile.quote(key)).append(": ").append(value));
        header.put("thresholds", thresholds.append('}').toString());
        StringBuilder agents = new StringBuilder("{");
        record.agents().forEach((name, used) -> agents.append(agents.length() > 1 ? ", " : "")
                .append(BaselineFile.quote(name)).append(": {\"tokens\": ").append(used.tokens())
                .append(used.costUsd() == null ? "" : ", \"costUsd\": " + used.costUsd()).append('}'));
        header.put("agents", agents.append('}').toString());
        return BaselineFile.render(record.counts(), FORMAT, header);
    }

    /**
     * The record in {@code file}, every value checked.
     *
     * @throws Baseline.UnusableException naming the file and what is wrong
     */
    public static HistoryRecord read(Path file) throws Baseline.UnusableException {
        JsonNode tree = BaselineFile.tree(file);
        Baseline counts = BaselineFile.read(file, tree, FORMAT);
        JsonNode startedAt = tree.get("startedAt");
        if (startedAt == null || !startedAt.isTextual()) {
            throw Baseline.unusable(file, "startedAt is missing or not text");
        }
        try {
            java.time.Instant.parse(startedAt.textValue());
        } catch (java.time.format.DateTimeParseException e) {
            throw Baseline.unusable(file, "startedAt is \"" + startedAt.textValue() + "\" but must be an ISO-8601 instant");
        }
        JsonNode c = tree.path("criteria");
        if (!c.path("minPassRate").isNumber()) {
            throw Baseline.unusable(file, "criteria.minPassRate is missing or not a number");
        }
        Criteria criteria = new Criteria(c.get("minPassRate").doubleValue(),
                c.path("minTestPassRate").isNumber() ? c.get("minTestPassRate").doubleValue() : null,
                c.path("confidence").isNumber() ? c.get("confidence").doubleValue() : null,
                c.path("gate").isTextual() ? c.get("gate").textValue() : null);
        JsonNode usage = tree.path("usage");
        Long tokens = usage.path("tokens").canConvertToLong() && usage.path("tokens").isIntegralNumber()
                && usage.get("tokens").longValue() >= 0 ? usage.get("tokens").longValue() : null;
        Double cost = cost(usage);
        Map<String, Double> thresholds = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = tree.path("thresholds").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            double value = field.getValue().asDouble(Double.NaN);
            if (!field.getValue().isNumber() || !(value >= 0 && value <= 100)) {
                throw Baseline.unusable(file, "thresholds." + field.getKey() + " is " + field.getValue()
                        + " but must be a number from 0 to 100");
            }
            thresholds.put(field.getKey(), value);
        }
        Map<String, HistoryRecord.AgentUsage> agents = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> named = tree.path("agents").fields();
        while (named.hasNext()) {
            Map.Entry<String, JsonNode> agent = named.next();
            JsonNode used = agent.getValue();
            if (!used.path("tokens").isIntegralNumber() || !used.get("tokens").canConvertToLong()
                    || used.get("tokens").longValue() < 0) {
                throw Baseline.unusable(file, "agents." + agent.getKey() + ".tokens is " + used.get("tokens")
                        + " but must be a whole number of 0 or more");
            }
            agents.put(agent.getKey(), new HistoryRecord.AgentUsage(used.get("tokens").longValue(), cost(used)));
        }
        return new HistoryRecord(startedAt.textValue(), new BuildSource(tree.path("commit").textValue(),
                tree.path("branch").textValue()), criteria, tokens, cost, thresholds, agents, counts);
    }

    /** A usage's {@code costUsd} when it is a finite number of 0 or more, else null (unknown). */
    private static Double cost(JsonNode usage) {
        JsonNode cost = usage.path("costUsd");
        return cost.isNumber() && Double.isFinite(cost.doubleValue()) && cost.doubleValue() >= 0 ? cost.doubleValue()
                : null;
    }
}
