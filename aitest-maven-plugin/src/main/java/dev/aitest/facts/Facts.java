package dev.aitest.facts;

import dev.aitest.gate.PassRateGate;
import dev.aitest.merge.FailureSignatures;
import dev.aitest.model.AgentStats;
import dev.aitest.model.AiSummary;
import dev.aitest.model.IterationSummary;
import dev.aitest.model.ModuleSummary;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.StoppedEarly;
import dev.aitest.model.TestOutcome;
import dev.aitest.model.TestResult;
import dev.aitest.model.Totals;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one view of {@link Results} that people read: the verdict, the figures as they are written, the failed and
 * flaky tests, the failure signatures, the leaderboard, the chart and the notes. The console, report.html, report.md
 * and the AI summary's input all read their numbers and words from here, so they can never disagree with each other
 * or with results.json. Values are plain text; each renderer escapes them for its format.
 *
 * @param results the results this view is of
 * @param title the project's name
 * @param coordinates groupId:artifactId:version, or null
 * @param startedAt when the run started, readable
 * @param iterations N
 * @param verdict the verdict against the threshold recorded in the results
 * @param passRate the overall pass rate, e.g. "71.43 %"
 * @param runsText passed of counted runs, e.g. "15/21 runs"
 * @param threshold aitest.minPassRate, e.g. "80 %"
 * @param summary the counts
 * @param duration wall time of the run
 * @param tokens total tokens, or null when none were recorded
 * @param cost total cost, or null when unknown
 * @param agents every agent, ranked as in results.json
 * @param failed the failed tests
 * @param flaky the flaky tests, lowest pass rate first
 * @param failureGroups failed runs grouped by signature, the largest groups first
 * @param chart the pass rate per iteration
 * @param notes warnings worth showing: damaged files, unpriced models, unattributed usage
 * @param ai what stands for the AI summary: its provenance, or the one line shown instead
 * @param incomplete what the results lack when the run did not end (stopped, killed, or under way), else null
 * @param stoppedEarly why a budget started no further iteration, else null
 */
public record Facts(Results results, String title, String coordinates, String startedAt, int iterations,
        PassRateGate.Verdict verdict, String passRate, String runsText, String threshold, Totals summary,
        String duration, String tokens, String cost, List<AgentRow> agents, List<TestLine> failed,
        List<TestLine> flaky, List<FailureSignatures.Group> failureGroups, Chart chart, List<String> notes, AiNote ai,
        String incomplete, String stoppedEarly) {

    /** The line shown where the AI summary would be when no model is configured. */
    public static final String AI_OFF_NOTE = "Set aitest.summaryModel to add an AI-written summary.";

    /**
     * What stands for the AI summary.
     *
     * @param markdown the summary as the model's processed Markdown (not yet sanitised for a format), or null
     * @param provenance who wrote it and when, its tokens and cost, what the budget left out, what was removed;
     *     null without a summary
     * @param note the one line shown instead of a summary, or null when there is one
     */
    public record AiNote(String markdown, String provenance, String note) {

        /** True when there is a summary to show. */
        public boolean present() {
            return markdown != null;
        }
    }

    /**
     * An agent of the leaderboard.
     *
     * @param rank 1-based position
     * @param agent name
     * @param passRate its pass rate
     * @param ratio passed of counted runs
     * @param passedText "7 of 9 counted runs"
     * @param runs all its runs
     * @param tests distinct tests
     * @param tokens its tokens
     * @param cost its cost, or null when unknown
     */
    public record AgentRow(int rank, String agent, String passRate, String ratio, String passedText, int runs,
            int tests, String tokens, String cost) {
    }

    /**
     * A test as the reports name it.
     *
     * @param id className#name
     * @param module its module in a reactor aggregate, else null
     * @param outcome passed, failed, flaky or skipped
     * @param ratio passed of counted runs, "2/3"
     * @param passRate its pass rate, "66.67 %"
     * @param passedText "2 of 3 counted runs"
     * @param tokens its tokens, or null when none were recorded
     * @param cost its cost, or null when unknown
     * @param firstFailure the first line of the message (else the type) of its first failed run, cut at
     *     {@value Formats#LINE} characters, or null
     * @param outcomes one letter per run: P passed, F failed, E error, S skipped
     */
    public record TestLine(String id, String module, String outcome, String ratio, String passRate, String passedText, String tokens,
            String cost, String firstFailure, String outcomes) {
    }

    /**
     * The pass rate per iteration as points of an SVG polyline.
     *
     * @param width drawing width
     * @param height drawing height
     * @param polyline the polyline's points attribute
     * @param points one point per iteration
     */
    public record Chart(int width, int height, String polyline, List<Point> points) {
    }

    /**
     * One iteration in the chart.
     *
     * @param iteration index
     * @param x horizontal position
     * @param y vertical position
     * @param label tooltip text
     * @param crashed true when the iteration's test JVM crashed
     */
    public record Point(int iteration, double x, double y, String label, boolean crashed) {
    }

    /**
     * A module of a reactor aggregate.
     *
     * @param module its artifactId
     * @param verdict PASS, FAIL or NO RUNS, against its own threshold
     * @param passed true when it meets its threshold
     * @param passRate its pass rate
     * @param runsText passed of counted runs
     * @param threshold its own aitest.minPassRate
     * @param summary its counts
     * @param incomplete true when its run did not end
     */
    public record ModuleRow(String module, String verdict, boolean passed, String passRate, String runsText,
            String threshold, Totals summary, boolean incomplete) {
    }

    /** The view of {@code results}. */
    public static Facts of(Results results) {
        Totals s = results.summary();
        PassRateGate.Verdict verdict = results.modules().isEmpty()
                ? PassRateGate.check(s, results.minPassRate(), "results.json")
                : PassRateGate.checkModules(results.modules(), "results.json");
        ProjectInfo project = results.project();
        String title = project == null ? "aitest report" : project.name();
        String coordinates = project == null ? null
                : project.groupId() + ":" + project.artifactId() + ":" + project.version();
        List<TestLine> failed = new ArrayList<>();
        List<TestLine> flaky = new ArrayList<>();
        for (TestResult test : results.tests()) {
            if (test.outcome() == TestOutcome.FAILED) {
                failed.add(line(test));
            } else if (test.outcome() == TestOutcome.FLAKY) {
                flaky.add(line(test));
            }
        }
        return new Facts(results, title, coordinates, readable(results.startedAt()), results.iterations(), verdict,
                Formats.percent(s.passRate()), s.passedRuns() + "/" + (s.passedRuns() + s.failedRuns()) + " runs",
                threshold(results), s, Formats.duration(results.durationMs()),
                s.tokens() == null ? null : Formats.tokens(s.tokens()),
                s.costUsd() == null ? null : Formats.cost(s.costUsd()), agents(results.agents()), failed, flaky,
                FailureSignatures.group(results.tests()), chart(results.iterationSummaries()), notes(results),
                ai(results.aiSummary()), incomplete(results), stoppedEarly(results));
    }

    /** "STOPPED EARLY: ..." when a budget started no further iteration, else null. */
    static String stoppedEarly(Results results) {
        StoppedEarly stop = results.stoppedEarly();
        if (stop == null) {
            return null;
        }
        String why = StoppedEarly.COST.equals(stop.reason())
                ? "the cost recorded, " + Formats.cost(stop.costUsd()) + ", reached aitest.maxCostUsd "
                        + Formats.cost(stop.maxCostUsd())
                : "the next iteration, expected to take " + Formats.duration(stop.nextIterationMs() == null ? 0
                        : stop.nextIterationMs()) + ", would have ended past aitest.maxDuration "
                        + Formats.duration(stop.maxDurationMs() == null ? 0 : stop.maxDurationMs());
        return "STOPPED EARLY: " + why + " after iteration " + stop.afterIteration() + "; the verdict is on the "
                + stop.afterIteration() + " of " + results.iterations() + " iterations that ran.";
    }

    /** "INCOMPLETE: ..." for a run that did not end, else null. */
    static String incomplete(Results results) {
        if (results.runComplete()) {
            return null;
        }
        List<Integer> finished = results.finishedIterations();
        return "INCOMPLETE: the run did not end (it was stopped, or is still under way); these results hold the "
                + finished.size() + " of " + results.iterations() + " iterations that finished"
                + (finished.isEmpty() ? "" : " (" + String.join(", ", finished.stream().map(String::valueOf).toList())
                        + ")")
                + ". aitest:verify does not pass them unless aitest.allowIncomplete is true.";
    }

    /** The threshold as the header says it: the one, or "each module's own" in an aggregate whose modules differ. */
    private static String threshold(Results results) {
        List<Double> thresholds = results.modules().stream().map(ModuleSummary::minPassRate).distinct().toList();
        return thresholds.size() > 1 ? "each module's own"
                : Formats.threshold(thresholds.isEmpty() ? results.minPassRate() : thresholds.get(0));
    }

    /** The modules of a reactor aggregate, in the reactor's order; empty for a module's own results. */
    public List<ModuleRow> modules() {
        List<ModuleRow> rows = new ArrayList<>();
        for (ModuleSummary module : results.modules()) {
            Totals t = module.summary();
            PassRateGate.Verdict verdict = PassRateGate.check(t, module.minPassRate(), "results.json");
            rows.add(new ModuleRow(module.module(), verdict.label(), verdict.passed(), Formats.percent(t.passRate()),
                    t.passedRuns() + "/" + (t.passedRuns() + t.failedRuns()) + " runs",
                    Formats.threshold(module.minPassRate()), t, !module.complete()));
        }
        return rows;
    }

    /** The kinds of tests the results hold ({@code test}, {@code integration-test}), in that order. */
    public List<String> kinds() {
        return results.tests().stream().map(t -> t.kind()).distinct().sorted().map(k -> k.json()).toList();
    }

    /** The agents when there are two or more to compare; empty otherwise. */
    public List<AgentRow> leaderboard() {
        return agents.size() < 2 ? List.of() : agents;
    }

    /** How {@code test} is named and counted in the reports. */
    public static TestLine line(TestResult test) {
        String firstFailure = null;
        StringBuilder outcomes = new StringBuilder();
        for (Run run : test.iterations()) {
            outcomes.append(switch (run.outcome()) {
                case PASSED -> 'P';
                case FAILED -> 'F';
                case ERROR -> 'E';
                case SKIPPED -> 'S';
            });
            if (firstFailure == null && run.outcome().isFailure()) {
                firstFailure = run.message() == null ? run.type() : run.message();
            }
        }
        return new TestLine(test.id(), test.module(), test.outcome().json(), Formats.ratio(test.passedRuns(), test.failedRuns()),
                Formats.percent(test.passRate()), Formats.passedOfCounted(test.passedRuns(), test.failedRuns()),
                test.tokens() == null ? null : Formats.tokens(test.tokens()),
                test.costUsd() == null ? null : Formats.cost(test.costUsd()), Formats.firstLine(firstFailure),
                outcomes.toString());
    }

    static AiNote ai(AiSummary summary) {
        if (summary == null) {
            return new AiNote(null, null, AI_OFF_NOTE);
        }
        if (!summary.ok()) {
            return new AiNote(null, null, "No AI summary: " + summary.error() + ". The overview below is "
                    + "computed from the results alone.");
        }
        StringBuilder p = new StringBuilder("Written by ").append(summary.model());
        p.append(" on ").append(readable(summary.generatedAt())).append(", from the results in this report; every "
                + "number in it was put there by aitest, not typed by the model. ");
        if (summary.inputTokens() != null || summary.outputTokens() != null) {
            p.append(Formats.tokens(summary.inputTokens())).append(" input and ")
                    .append(Formats.tokens(summary.outputTokens())).append(" output tokens, ");
        }
        p.append(summary.costUsd() == null ? "cost unknown (no price for this model)" : Formats.cost(summary.costUsd()))
                .append('.');
        if (summary.reused()) {
            p.append(" Reused from an earlier run with the same results, model and prompt: no new request, no new cost.");
        }
        if (!summary.leftOut().isEmpty()) {
            p.append(" Left out of the model's input to fit aitest.summaryMaxInputTokens: ")
                    .append(String.join("; ", summary.leftOut())).append('.');
        } else if (summary.compact()) {
            p.append(" Compact input: passing tests were sent by name only.");
        }
        if (summary.numbersRemoved() > 0) {
            p.append(' ').append(summary.numbersRemoved()).append(summary.numbersRemoved() == 1 ? " number" : " numbers")
                    .append(" the model typed itself next to %, $ or \"tokens\" removed.");
        }
        if (summary.unknownPlaceholders() > 0) {
            p.append(' ').append(summary.unknownPlaceholders()).append(" placeholder(s) naming no fact removed.");
        }
        if (summary.prompt() != null && !"built-in".equals(summary.prompt())) {
            p.append(" Prompt: ").append(summary.prompt()).append('.');
        }
        p.append(" Check it before acting on it.");
        return new AiNote(summary.markdown(), p.toString(), null);
    }

    /** 2026-11-27 05:19:09 UTC; an unreadable timestamp as it is. */
    static String readable(String instant) {
        try {
            return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
                    .format(Instant.parse(instant).atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException | NullPointerException e) {
            return String.valueOf(instant);
        }
    }

    private static List<AgentRow> agents(List<AgentStats> agents) {
        List<AgentRow> rows = new ArrayList<>();
        for (AgentStats a : agents) {
            rows.add(new AgentRow(rows.size() + 1, a.agent(), Formats.percent(a.passRate()),
                    Formats.ratio(a.passedRuns(), a.failedRuns()), Formats.passedOfCounted(a.passedRuns(), a.failedRuns()),
                    a.runs(), a.tests(), Formats.tokens(a.tokens()), a.costUsd() == null ? null : Formats.cost(a.costUsd())));
        }
        return List.copyOf(rows);
    }

    static Chart chart(List<IterationSummary> iterations) {
        int width = 640;
        int height = 160;
        int left = 40;
        int right = 16;
        int top = 12;
        int bottom = 28;
        List<Point> points = new ArrayList<>();
        StringBuilder polyline = new StringBuilder();
        int n = iterations.size();
        for (int i = 0; i < n; i++) {
            IterationSummary it = iterations.get(i);
            double x = n == 1 ? left + (width - left - right) / 2.0 : left + i * (double) (width - left - right) / (n - 1);
            double rate = it.passRate() == null ? 0 : it.passRate();
            double y = top + (100 - rate) * (height - top - bottom) / 100.0;
            String label = String.format(Locale.ROOT, "iteration %d: %s (%d passed, %d failed, %d skipped)%s",
                    it.iteration(), Formats.percent(it.passRate()), it.passed(), it.failed(), it.skipped(),
                    it.crash() == null ? "" : " - test JVM crashed: " + it.crash());
            points.add(new Point(it.iteration(), round(x), round(y), label, it.crash() != null));
            if (it.passRate() != null) {
                polyline.append(polyline.length() == 0 ? "" : " ").append(round(x)).append(',').append(round(y));
            }
        }
        return new Chart(width, height, polyline.toString(), points);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static List<String> notes(Results results) {
        List<String> notes = new ArrayList<>();
        results.damagedFiles().forEach(d -> notes.add("Damaged file in iteration " + d.iteration() + ": " + d.file()
                + " (" + d.error() + "); everything readable in it was kept."));
        if (!results.unpricedModels().isEmpty()) {
            notes.add("No price for " + String.join(", ", results.unpricedModels())
                    + ": their cost is left out, not guessed (add them with aitest.pricingFile).");
        }
        if (results.unattributed() != null) {
            notes.add(results.unattributed().records() + " usage record(s) could not be tied to a test ("
                    + Formats.tokens(results.unattributed().tokens()) + " tokens); they count in the totals only.");
        }
        return notes;
    }
}
