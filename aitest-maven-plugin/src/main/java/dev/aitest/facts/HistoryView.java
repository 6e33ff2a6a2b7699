package dev.aitest.facts;

import dev.aitest.model.HistorySummary;
import dev.aitest.model.Results;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * This run beside the builds before it ({@link HistorySummary}), as the reports say it.
 *
 * @param line "history: 5 builds (the newest 30 kept): 1 got worse, 0 got better, 1 newly flaky, 1 flaky across
 *     builds only (environment)"
 * @param builds one row per build of the window, oldest first
 * @param series the suite's pass rate, tokens and cost per build, to draw; tokens and cost only when recorded
 * @param agents "agent planner: pass rate 100% → 50% → 75%; tokens 107 → 207 → 307; cost $0.50 → ..."
 * @param worse the tests that got worse, each as a line
 * @param newlyFlaky the tests that fail now and passed every run of an earlier build
 * @param environment the tests flaky across builds but stable within each
 * @param better the tests that got better
 */
public record HistoryView(String line, List<BuildRow> builds, List<Series> series, List<String> agents,
        List<Listed> worse, List<Listed> newlyFlaky, List<Listed> environment, List<Listed> better) {

    /**
     * One build.
     *
     * @param label "3" (its place in the window) and, when known, its short commit
     * @param startedAt when it started, readable
     * @param commit its short commit, or ""
     * @param branch its branch, or ""
     * @param rate "10/12 · 83.33%"
     * @param tokens its tokens, or "n/a"
     * @param cost its cost, or "n/a"
     * @param current true for this build
     */
    public record BuildRow(String label, String startedAt, String commit, String branch, String rate, String tokens,
            String cost, boolean current) {
    }

    /**
     * A figure per build, to draw on a scale from 0 to its largest value (0% to 100% for a rate).
     *
     * @param name "pass rate", "tokens", "cost"
     * @param top the value at the top of the scale, as people read it
     * @param points one per build, in its order
     */
    public record Series(String name, String top, List<Point> points) {
    }

    /**
     * One build's value in a series.
     *
     * @param tick its place in the window, 1 first
     * @param percent where it sits on the scale, 0 to 100; null when the build has no value
     * @param value "83.33%", or "none"
     * @param label "build 3 (a1b2c3d): 83.33%"
     */
    public record Point(int tick, Double percent, String value, String label) {
    }

    /**
     * A test of one of the lists.
     *
     * @param id its id, with its module in a reactor
     * @param text what is said of it: "flaky since a1b2c3d, 2 builds ago; pass rate per build 100, 100, 50"
     */
    public record Listed(String id, String text) {
    }

    /** The lookup of {@code results}' per-test history figures by test key; empty without a history. */
    public static Map<String, HistorySummary.Test> byKey(Results results) {
        if (results.history() == null) {
            return Map.of();
        }
        Map<String, HistorySummary.Test> byKey = new HashMap<>(results.history().tests().size() * 2);
        results.history().tests().forEach(t -> byKey.put(t.key(), t));
        return byKey;
    }

    /** The view of {@code results}' history, with each test named as {@code rows} name it; null without one. */
    static HistoryView of(Results results, List<Facts.TestRow> rows, Map<String, HistorySummary.Test> byKey) {
        HistorySummary h = results.history();
        if (h == null) {
            return null;
        }
        List<HistorySummary.Build> builds = h.builds();
        List<BuildRow> buildRows = new ArrayList<>(builds.size());
        for (int b = 0; b < builds.size(); b++) {
            HistorySummary.Build build = builds.get(b);
            buildRows.add(new BuildRow(name(build, b), Facts.readable(build.startedAt()),
                    build.shortCommit() == null ? "" : build.shortCommit(), build.branch() == null ? "" : build.branch(),
                    Rate.of(build.passedRuns(), build.countedRuns(), null, null, null).evidence(),
                    build.tokens() == null ? "n/a" : Formats.tokens(build.tokens()),
                    build.costUsd() == null ? "n/a" : Formats.cost(build.costUsd()), build.current()));
        }
        List<Series> series = new ArrayList<>();
        series.add(series("pass rate", builds, HistorySummary.Build::passRate, Double.valueOf(100),
                value -> plain(value) + "%"));
        if (builds.stream().anyMatch(b -> b.tokens() != null)) {
            series.add(series("tokens", builds, b -> b.tokens() == null ? null : b.tokens().doubleValue(), null,
                    value -> Formats.tokens(value.longValue())));
        }
        if (builds.stream().anyMatch(b -> b.costUsd() != null)) {
            series.add(series("cost", builds, HistorySummary.Build::costUsd, null, Formats::cost));
        }
        List<String> agents = new ArrayList<>();
        for (HistorySummary.Agent agent : h.agents()) {
            agents.add("agent " + agent.agent() + ": pass rate " + joined(agent.passRate(), v -> plain(v) + "%")
                    + "; tokens " + joined(agent.tokens(), Formats::tokens) + "; cost "
                    + joined(agent.costUsd(), Formats::cost));
        }
        List<Listed> worse = new ArrayList<>();
        List<Listed> newly = new ArrayList<>();
        List<Listed> environment = new ArrayList<>();
        List<Listed> better = new ArrayList<>();
        for (Facts.TestRow row : rows) {
            HistorySummary.Test t = byKey.get(row.test().key());
            if (t == null) {
                continue;
            }
            String trend = "pass rate per build " + trend(t);
            if (HistorySummary.Test.WORSE.equals(t.change())) {
                worse.add(new Listed(row.line().id(), change(t) + "; " + trend));
            } else if (HistorySummary.Test.BETTER.equals(t.change())) {
                better.add(new Listed(row.line().id(), change(t) + "; " + trend));
            }
            if (t.newlyFlaky()) {
                newly.add(new Listed(row.line().id(), since(t.since()) + "; " + trend));
            }
            if (Boolean.TRUE.equals(t.environment())) {
                environment.add(new Listed(row.line().id(), "passes or fails whole builds; " + trend));
            }
        }
        String line = "history: " + builds.size() + (builds.size() == 1 ? " build" : " builds") + " (the newest "
                + h.size() + " kept, aitest.historySize): " + h.worse() + " got worse, " + h.better() + " got better, "
                + h.newlyFlaky() + " newly flaky, " + h.environment() + " flaky across builds only (environment)"
                + (h.skippedRecords() == 0 ? "" : "; " + h.skippedRecords() + " record"
                        + (h.skippedRecords() == 1 ? "" : "s") + " of the folder left out");
        return new HistoryView(line, buildRows, series, agents, worse, newly, environment, better);
    }

    /** True when the window holds an earlier build, so that each test has figures across builds. */
    public boolean acrossBuilds() {
        return builds.size() > 1;
    }

    /** "3 (a1b2c3d)": a build's place in the window, 1 the oldest, and its short commit. */
    private static String name(HistorySummary.Build build, int index) {
        return (index + 1) + (build.shortCommit() == null ? "" : " (" + build.shortCommit() + ")");
    }

    /** The series {@code name} of {@code value} per build, on a scale to {@code scale} (null: the largest value). */
    private static Series series(String name, List<HistorySummary.Build> builds,
            Function<HistorySummary.Build, Double> value, Double scale, Function<Double, String> text) {
        double max = scale != null ? scale : builds.stream().map(value).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        List<Point> points = new ArrayList<>(builds.size());
        for (int b = 0; b < builds.size(); b++) {
            Double v = value.apply(builds.get(b));
            String shown = v == null ? "none" : text.apply(v);
            String label = "build " + name(builds.get(b), b) + (builds.get(b).current() ? ", this one" : "") + ": "
                    + shown;
            points.add(new Point(b + 1, v == null ? null : max == 0 ? 0 : Math.min(100, v / max * 100), shown,
                    label));
        }
        return new Series(name, text.apply(max), points);
    }

    /** "100, 100, 50, -, 75": a test's rate per build, oldest first; "-" where it had no counted run. */
    public static String trend(HistorySummary.Test test) {
        return joinedWith(test.trend(), v -> plain(v), ", ");
    }

    /** "flaky since a1b2c3d, 2 builds ago" (or "since this build", "since at least ..."). */
    public static String since(HistorySummary.Since since) {
        String where = since.shortCommit() != null ? since.shortCommit() : Facts.readable(since.startedAt());
        return since.outcome() + (since.atLeast() ? " since at least " : " since ") + (since.buildsAgo() == 0
                ? "this build" : where + ", " + since.buildsAgo() + (since.buildsAgo() == 1 ? " build" : " builds")
                        + " ago");
    }

    /** "got worse (p = 0.0021 after Holm's correction)". */
    public static String change(HistorySummary.Test test) {
        return "got " + test.change() + " between the older and the newer half of the builds (p = "
                + dev.aitest.baseline.BaselineText.p(test.adjustedPValue()) + " after Holm's correction)";
    }

    /** "15/20 · 75% (51-90%) over 5 builds": its runs of the window pooled, the builds taken as clusters. */
    public static String pooled(HistorySummary.Test test) {
        return Rate.of(test.passedRuns(), test.countedRuns(), test.pooledPassRateLow(), test.pooledPassRateHigh(),
                null).evidence() + " over " + test.builds() + (test.builds() == 1 ? " build" : " builds");
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static <T> String joined(List<T> values, Function<T, String> text) {
        return joinedWith(values, text, " \u2192 ");
    }

    private static <T> String joinedWith(List<T> values, Function<T, String> text, String separator) {
        StringBuilder out = new StringBuilder();
        for (T value : values) {
            out.append(out.length() == 0 ? "" : separator).append(value == null ? "-" : text.apply(value));
        }
        return out.toString();
    }
}
