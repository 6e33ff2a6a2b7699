package dev.aitest.facts;

import dev.aitest.model.HistorySummary;
import dev.aitest.model.TestResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one list of per-test figures. Each is defined once: its machine key (the JUnit XML property, as results.json
 * names it), its name for people (the AI input's fact, the report's column), its label, how its value and its text
 * are formatted, when it applies, and which outputs show it. Every output that shows per-test figures iterates this
 * list ({@link #of}) instead of picking figures itself; a new per-test figure is one more entry here.
 */
public final class TestFigures {

    /** An output that iterates the figures. */
    public enum Output {
        /** report.html's test table: a sortable column. */
        HTML,
        /** The JUnit XML: a testsuite property {@code aitest.<test>.<key>}, and a phrase of the test's system-out. */
        JUNIT,
        /** The AI input: a fact {@code test.<n>.<name>} of the test. */
        AI
    }

    /**
     * One figure of one test, formatted.
     *
     * @param key the machine name: the JUnit XML property's last part
     * @param name the name for people: the AI fact's last part, the report's column key
     * @param label the report's column heading
     * @param value the machine-readable value
     * @param text the value as people read it
     * @param phrase how the JUnit system-out line says it; null for nothing
     * @param sort the number the report sorts the column by; null sorts first
     * @param outputs where it is shown
     * @param points values from 0 to 100 that report.html draws as a sparkline (null: none), the text its title;
     *     a null value is a gap
     */
    public record Figure(String key, String name, String label, String value, String text, String phrase,
            Double sort, Set<Output> outputs, List<Double> points) {

        /** Whether {@code output} shows it. */
        public boolean in(Output output) {
            return outputs.contains(output);
        }
    }

    /** A test as the figures read it: its results, its formatted line, and its figures across builds (or null). */
    private record Subject(TestResult test, Facts.TestLine line, HistorySummary.Test history) {
    }

    /** How one figure is got from a test. */
    private record Definition(String key, String name, String label, Set<Output> outputs,
            Function<Subject, String> value, Function<Subject, String> text, Function<Subject, String> phrase,
            Function<Subject, Double> sort, Function<Subject, List<Double>> points) {

        Definition(String key, String name, String label, Set<Output> outputs, Function<Subject, String> value,
                Function<Subject, String> text, Function<Subject, String> phrase, Function<Subject, Double> sort) {
            this(key, name, label, outputs, value, text, phrase, sort, null);
        }
    }

    private static final Set<Output> JUNIT = EnumSet.of(Output.JUNIT);
    private static final Set<Output> AI = EnumSet.of(Output.AI);

    /** Every per-test figure, in the order every output lists them. */
    private static final List<Definition> FIGURES = List.of(
            new Definition("passRate", "passRate", "Pass rate", EnumSet.of(Output.JUNIT, Output.AI),
                    s -> s.test.statistics().passRate() == null ? null : twoDecimals(s.test.statistics().passRate()),
                    s -> s.line.rate().rate(), s -> null, s -> s.test.statistics().passRate()),
            new Definition("passRateLow", "passRateLow", "Interval low", JUNIT,
                    s -> s.test.statistics().passRateLow() == null ? null
                            : twoDecimals(s.test.statistics().passRateLow()),
                    null, s -> null, null),
            new Definition("passRateHigh", "passRateHigh", "Interval high", JUNIT,
                    s -> s.test.statistics().passRateHigh() == null ? null
                            : twoDecimals(s.test.statistics().passRateHigh()),
                    null, s -> null, null),
            new Definition("interval", "interval", "Interval", AI, s -> s.line.rate().interval(), null, s -> null,
                    null),
            new Definition("runs", "passed", "Runs", EnumSet.of(Output.JUNIT, Output.AI), s -> s.line.rate().runs(),
                    s -> s.line.rate().runs() + " counted runs",
                    s -> s.test.statistics().passRate() == null ? "no counted run"
                            : s.line.rate().runs() + " runs passed (" + s.line.rate().rate()
                                    + (s.line.rate().interval() == null ? "" : ", interval "
                                            + s.line.rate().interval()) + ")",
                    null),
            new Definition("minPassRate", "threshold", "Threshold", EnumSet.of(Output.JUNIT, Output.AI),
                    s -> s.test.statistics().minPassRate() == null ? null : plain(s.test.statistics().minPassRate()),
                    s -> s.line.threshold(),
                    s -> s.test.statistics().meetsThreshold() == null ? null : "threshold " + s.line.threshold()
                            + (s.test.statistics().meetsThreshold() ? " met" : " not met"),
                    null),
            new Definition("meetsThreshold", "meetsThreshold", "Meets threshold", AI,
                    s -> s.line.threshold() == null ? null : Boolean.TRUE.equals(s.line.meetsThreshold()) ? "yes" : "no",
                    null, s -> null, null),
            new Definition("settle", "settle", "Settled", AI,
                    s -> s.line.threshold() == null ? null : s.line.conclusion(), null, s -> null, null),
            new Definition("iterations", "iterations", "Iterations", JUNIT,
                    s -> spaced(s.line.outcomes()), null, s -> "iterations " + spaced(s.line.outcomes()), null),
            new Definition("durationMs", "duration", "Duration", EnumSet.of(Output.HTML),
                    s -> Long.toString(s.test.usage().durationMs()), s -> Formats.duration(s.test.usage().durationMs()),
                    s -> null, s -> (double) s.test.usage().durationMs()),
            new Definition("tokens", "tokens", "Tokens", EnumSet.allOf(Output.class),
                    s -> s.test.usage().tokens() == null ? null : s.test.usage().tokens().toString(),
                    s -> s.line.tokens(), s -> s.line.tokens() + " tokens",
                    s -> s.test.usage().tokens() == null ? null : s.test.usage().tokens().doubleValue()),
            new Definition("costUsd", "cost", "Cost", EnumSet.allOf(Output.class),
                    s -> s.test.usage().costUsd() == null ? null : plain(s.test.usage().costUsd()),
                    s -> s.line.cost(), s -> s.line.cost(), s -> s.test.usage().costUsd()),
            new Definition("meanLatencyMs", "latency", "Latency", EnumSet.allOf(Output.class),
                    s -> s.test.usage().meanLatencyMs() == null ? null : s.test.usage().meanLatencyMs().toString(),
                    s -> Formats.duration(s.test.usage().meanLatencyMs()) + " a call",
                    s -> "mean latency " + Formats.duration(s.test.usage().meanLatencyMs()) + " a call",
                    s -> s.test.usage().meanLatencyMs().doubleValue()),
            new Definition("providerErrorRuns", "providerErrors", "Provider errors", EnumSet.of(Output.JUNIT, Output.AI),
                    s -> s.test.counts().providerErrors() == 0 ? null
                            : Integer.toString(s.test.counts().providerErrors()),
                    s -> s.test.counts().providerErrors() + " runs failed by the provider"
                            + (s.test.counts().excluded() > 0 ? ", left out of the pass rate" : ", counted as failures"),
                    s -> s.test.counts().providerErrors() + " runs failed by the provider"
                            + (s.test.counts().excluded() > 0 ? " (left out of the pass rate)" : ""),
                    null),
            new Definition("firstFailedIteration", "firstFailedIteration", "First failure",
                    EnumSet.allOf(Output.class),
                    s -> s.test.firstFailedIteration() == null ? null : s.test.firstFailedIteration().toString(),
                    null, s -> null,
                    s -> s.test.firstFailedIteration() == null ? null : s.test.firstFailedIteration().doubleValue()));

    /** The figures only an adaptive run's tests have ({@code aitest.adaptive}), after every other. */
    private static final List<Definition> ADAPTIVE = List.of(
            new Definition("runsMade", "runsMade", "Runs", EnumSet.allOf(Output.class),
                    s -> Integer.toString(s.test.iterations().size()), null,
                    s -> s.test.iterations().size() + (s.test.iterations().size() == 1 ? " run made" : " runs made"),
                    s -> (double) s.test.iterations().size()),
            new Definition("settledAt", "settled", "Settled", EnumSet.allOf(Output.class),
                    s -> s.test.settled().stopped() ? s.test.settled().settledAt().toString() : null,
                    s -> s.test.settled().settledBy().json() + " after " + s.test.settled().settledAt(),
                    s -> "settled (" + s.test.settled().settledBy().json() + ") after iteration "
                            + s.test.settled().settledAt(),
                    s -> s.test.settled().settledAt().doubleValue()),
            new Definition("settledBy", "settledBy", "Settled by", JUNIT,
                    s -> s.test.settled().stopped() ? s.test.settled().settledBy().json() : null, null, s -> null,
                    null));

    /** The figures only the tests a classification found the cause of have ({@code aitest.classify}), after every other. */
    private static final List<Definition> CLASSIFIED = List.of(
            new Definition("flakiness", "cause", "Cause", EnumSet.allOf(Output.class),
                    s -> s.test.finding().classified() ? s.test.finding().flakiness().json() : null,
                    s -> Facts.cause(s.test.finding()), s -> "flaky: " + Facts.cause(s.test.finding()),
                    s -> (double) s.test.finding().flakiness().ordinal()),
            new Definition("flakinessReason", "causeEvidence", "Why", AI,
                    s -> s.test.finding().classified() ? Facts.detail(s.test.finding()) : null, null, s -> null,
                    null),
            new Definition("polluters", "polluters", "Polluters", JUNIT,
                    s -> s.test.finding().polluters() == null ? null : String.join(",", s.test.finding().polluters()),
                    null, s -> Facts.detail(s.test.finding()), null),
            new Definition("stateSetters", "stateSetters", "State-setters", JUNIT,
                    s -> s.test.finding().stateSetters() == null ? null
                            : String.join(",", s.test.finding().stateSetters()),
                    null, s -> Facts.detail(s.test.finding()), null),
            new Definition("reproduce", "reproduce", "Reproduce", EnumSet.of(Output.JUNIT, Output.AI),
                    s -> s.test.finding().reproduce(), null, s -> "reproduce: " + s.test.finding().reproduce(),
                    null));

    /** The figures of a test beside the builds before it ({@code aitest.history}), after every other. */
    private static final List<Definition> HISTORY = List.of(
            new Definition("trend", "trend", "Trend", EnumSet.allOf(Output.class),
                    s -> s.history == null ? null : HistoryView.trend(s.history),
                    s -> "pass rate per build, oldest first: " + HistoryView.trend(s.history) + "; "
                            + HistoryView.pooled(s.history),
                    s -> "pass rate per build " + HistoryView.trend(s.history),
                    s -> s.history.pooledPassRate(), s -> s.history.trend()),
            new Definition("pooledPassRate", "pooledRate", "Over builds", JUNIT,
                    s -> s.history == null || s.history.pooledPassRate() == null ? null
                            : twoDecimals(s.history.pooledPassRate()),
                    s -> HistoryView.pooled(s.history), s -> null, null),
            new Definition("since", "since", "Since", EnumSet.allOf(Output.class),
                    s -> s.history == null || s.history.since() == null ? null
                            : s.history.since().shortCommit() != null ? s.history.since().shortCommit()
                                    : s.history.since().startedAt(),
                    s -> HistoryView.since(s.history.since()), s -> HistoryView.since(s.history.since()),
                    s -> (double) s.history.since().buildsAgo()),
            new Definition("historyChange", "historyChange", "Over time", EnumSet.allOf(Output.class),
                    s -> s.history == null ? null : s.history.change(),
                    s -> HistoryView.change(s.history), s -> HistoryView.change(s.history),
                    s -> HistorySummary.Test.WORSE.equals(s.history.change()) ? 0.0 : 1.0),
            new Definition("environmentFlaky", "environment", "Environment", EnumSet.allOf(Output.class),
                    s -> s.history == null || s.history.environment() == null ? null : "true",
                    s -> "flaky across builds, stable within each", s -> "flaky across builds, stable within each",
                    s -> 1.0));

    private TestFigures() {
    }

    /**
     * The figures of {@code test} of {@code results}: with those of its kind of run (adaptive, classified) and, when
     * the results have a history, its figures across builds from {@code history} (by test key).
     */
    public static List<Figure> of(TestResult test, Facts.TestLine line, dev.aitest.model.Results results,
            Map<String, HistorySummary.Test> history) {
        return of(test, line, definitions(results), history.get(test.key()));
    }

    /** The columns of {@code output} for the tests of {@code results}. */
    public static List<String[]> columns(Output output, dev.aitest.model.Results results) {
        return columns(output, definitions(results));
    }

    /**
     * The figures that apply to {@code test} (whose line is {@code line}), in the list's order; a figure without a
     * value does not apply and is left out.
     */
    public static List<Figure> of(TestResult test, Facts.TestLine line) {
        return of(test, line, false);
    }

    /** The figures of {@code test}, with those of a test of an adaptive run when {@code adaptive}. */
    public static List<Figure> of(TestResult test, Facts.TestLine line, boolean adaptive) {
        return of(test, line, definitions(adaptive, false, false), null);
    }

    private static List<Figure> of(TestResult test, Facts.TestLine line, List<Definition> definitions,
            HistorySummary.Test history) {
        Subject subject = new Subject(test, line, history);
        List<Figure> figures = new ArrayList<>(definitions.size());
        for (Definition d : definitions) {
            String value = d.value.apply(subject);
            if (value == null) {
                continue;
            }
            String text = d.text == null ? value : d.text.apply(subject);
            figures.add(new Figure(d.key, d.name, d.label, value, text == null ? value : text, d.phrase.apply(subject),
                    d.sort == null ? null : d.sort.apply(subject), d.outputs,
                    d.points == null ? null : d.points.apply(subject)));
        }
        return figures;
    }

    /** The figures of {@code test}. */
    public static List<Figure> of(TestResult test) {
        return of(test, Facts.line(test));
    }

    /** The report's figure columns, in order: name and label of each figure the HTML output shows. */
    public static List<String[]> columns(Output output) {
        return columns(output, false);
    }

    /** The columns of {@code output}, with those of an adaptive run's tests when {@code adaptive}. */
    public static List<String[]> columns(Output output, boolean adaptive) {
        return columns(output, definitions(adaptive, false, false));
    }

    private static List<String[]> columns(Output output, List<Definition> definitions) {
        List<String[]> columns = new ArrayList<>();
        for (Definition d : definitions) {
            if (d.outputs.contains(output)) {
                columns.add(new String[] {d.name, d.label});
            }
        }
        return columns;
    }

    private static List<Definition> definitions(dev.aitest.model.Results results) {
        return definitions(results.adaptive() != null, results.classification() != null,
                results.history() != null && !results.history().tests().isEmpty());
    }

    private static List<Definition> definitions(boolean adaptive, boolean classified, boolean history) {
        if (!adaptive && !classified && !history) {
            return FIGURES;
        }
        List<Definition> all = new ArrayList<>(FIGURES);
        if (adaptive) {
            all.addAll(ADAPTIVE);
        }
        if (classified) {
            all.addAll(CLASSIFIED);
        }
        if (history) {
            all.addAll(HISTORY);
        }
        return all;
    }

    /** "P F P" of "PFP". */
    private static String spaced(String letters) {
        StringBuilder spaced = new StringBuilder(letters.length() * 2);
        for (int i = 0; i < letters.length(); i++) {
            spaced.append(i == 0 ? "" : " ").append(letters.charAt(i));
        }
        return spaced.toString();
    }

    private static String twoDecimals(double value) {
        return Formats.decimals(value, 2);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
