package dev.aitest.merge;

import dev.aitest.cost.Pricing;
import dev.aitest.model.Money;
import dev.aitest.model.Tokens;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** What {@code aitest-runtime} recorded for one test in one iteration (or for nothing in particular). */
public final class RecordedUsage {

    private final Map<String, long[]> tokensByModel = new LinkedHashMap<>();
    private final Map<String, Double> metrics = new LinkedHashMap<>();
    private double recordedCost;
    private boolean costRecorded;
    private String agent;
    private Double minPassRate;
    private int records;
    private int timedCalls;
    private long latencyMs;

    void usage(String model, long inputTokens, long outputTokens) {
        long[] sums = tokensByModel.computeIfAbsent(model, m -> new long[2]);
        sums[0] = Tokens.add(sums[0], inputTokens);
        sums[1] = Tokens.add(sums[1], outputTokens);
        records++;
    }

    /** A call's latency, recorded with its usage. */
    void latency(long millis) {
        timedCalls++;
        latencyMs = Tokens.add(latencyMs, millis);
    }

    void cost(double usd) {
        recordedCost = Money.add(recordedCost, usd);
        costRecorded = true;
        records++;
    }

    void agent(String name) {
        agent = name;
        records++;
    }

    /** The threshold the test's {@code @MinPassRate} sets; not usage, so not counted as a record. */
    void minPassRate(double percent) {
        minPassRate = percent;
    }

    void metric(String name, double value) {
        metrics.put(name, value);
        records++;
    }

    /** Adds everything {@code other} holds to this one. */
    void addAll(RecordedUsage other) {
        other.tokensByModel.forEach((model, sums) -> {
            long[] mine = tokensByModel.computeIfAbsent(model, m -> new long[2]);
            mine[0] = Tokens.add(mine[0], sums[0]);
            mine[1] = Tokens.add(mine[1], sums[1]);
        });
        metrics.putAll(other.metrics);
        if (other.costRecorded) {
            recordedCost = Money.add(recordedCost, other.recordedCost);
            costRecorded = true;
        }
        agent = other.agent != null ? other.agent : agent;
        minPassRate = other.minPassRate != null ? other.minPassRate : minPassRate;
        records += other.records;
        timedCalls += other.timedCalls;
        latencyMs = Tokens.add(latencyMs, other.latencyMs);
    }

    /** How many calls were recorded with their latency. */
    public int timedCalls() {
        return timedCalls;
    }

    /** The latency of those calls, added up (saturating). */
    public long latencyMs() {
        return latencyMs;
    }

    /** Input and output tokens per model, in the order the models were first used. */
    public Map<String, long[]> tokensByModel() {
        return tokensByModel;
    }

    /** The last value of each metric. */
    public Map<String, Double> metrics() {
        return metrics;
    }

    /** The cost the test recorded itself, or null when it recorded none. */
    public Double recordedCost() {
        return costRecorded ? recordedCost : null;
    }

    /** The threshold the test's {@code @MinPassRate} set, or null. */
    public Double minPassRate() {
        return minPassRate;
    }

    /** The last agent named, or null. */
    public String agent() {
        return agent;
    }

    /**
     * What this usage cost: the cost the test recorded itself, else the cost of its priced models; null when
     * neither is known. Models without a price are added to {@code unpriced}.
     */
    public Double cost(Pricing pricing, Collection<String> unpriced) {
        return costRecorded ? Double.valueOf(recordedCost) : pricing.cost(tokensByModel, unpriced);
    }

    /** How many records were read. */
    public int records() {
        return records;
    }

    /** Input tokens over all models, saturating at {@link Tokens#SATURATED}. */
    public long inputTokens() {
        return tokensByModel.values().stream().mapToLong(s -> s[0]).reduce(0, Tokens::add);
    }

    /** Output tokens over all models, saturating at {@link Tokens#SATURATED}. */
    public long outputTokens() {
        return tokensByModel.values().stream().mapToLong(s -> s[1]).reduce(0, Tokens::add);
    }
}
