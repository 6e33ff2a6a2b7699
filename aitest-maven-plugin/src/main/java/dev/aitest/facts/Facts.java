package dev.aitest.facts;

import dev.aitest.gate.Verdict;
import dev.aitest.gate.GateMode;
import dev.aitest.gate.PassRateGate;
import dev.aitest.merge.FailureSignatures;
import dev.aitest.model.AgentStats;
import dev.aitest.model.AiSummary;
import dev.aitest.model.IterationTotals;
import dev.aitest.model.ModuleTotals;
import dev.aitest.model.ProjectInfo;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.AdaptiveSummary;
import dev.aitest.model.ClassificationSummary;
import dev.aitest.model.FlakinessFinding;
import dev.aitest.model.HistorySummary;
import dev.aitest.model.RunCause;
import dev.aitest.model.StoppedEarly;
import dev.aitest.model.TestOutcome;
import dev.aitest.model.TestResult;
import dev.aitest.model.Totals;
import dev.aitest.stats.RateText;
import dev.aitest.stats.Settle;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * @param verdict the verdict under the criteria recorded in the results: the overall rate against
 *     aitest.minPassRate (in an aggregate, each module against its own) and every test against its own threshold
 * @param rate the overall pass rate with its interval, e.g. "15/21 · 71% (50-86%)"
 * @param threshold aitest.minPassRate, e.g. "80%"
 * @param confidence the interval's confidence level, e.g. "95%"
 * @param conclusion whether the interval settles the overall rate against aitest.minPassRate, and how many more
 *     iterations would if it does not; null with no counted run, and in an aggregate (each module is judged alone)
 * @param totals the counts
 * @param duration wall time of the run
 * @param tokens total tokens, or null when none were recorded
 * @param cost total cost, or null when unknown
 * @param agents every agent, ranked as in results.json
 * @param failed the failed tests
 * @param flaky the flaky tests, lowest pass rate first
 * @param belowThreshold the tests below their own threshold (aitest.minTestPassRate or @MinPassRate), most
 *     serious first
 * @param failureGroups failed runs grouped by signature, the largest groups first
 * @param chart the pass rate per iteration
 * @param reliability pass^k against k, overall and per agent; empty with fewer than two iterations
 * @param notes warnings worth showing: damaged files, unpriced models, unattributed usage
 * @param ai what stands for the AI summary: its provenance, or the one line shown instead
 * @param incomplete what the results lack when the run did not end (stopped, killed, or under way), else null
 * @param stoppedEarly why a budget started no further iteration, else null
 * @param adaptive what an adaptive run ran and saved ("adaptive: 114 of 200 runs (43% saved) ..."), else null
 * @param providerErrors how many runs the provider failed, of which kinds, and how they count ("provider errors: 3
 *     runs (2 rate limit, 1 timeout), counted as failures; ..."), else null
 * @param partial "PART OF A RUN: ..." when the results hold one shard of a sharded run, or a merge that lacks
 *     iterations; else null
 * @param baseline the comparison with the baseline, or null when the results hold none
 * @param rows every test with its line and its figures, in the order of the results: computed once, read by every
 *     output that lists all tests
 * @param crashes one "CRASHED: ..." line per iteration whose test run ended abnormally (a JVM that crashed, exited
 *     or was halted, a fork timeout), saying what the runs count of it; empty when none did
 * @param classification why the flaky tests are flaky ({@code aitest.classify}), else null
 */
public record Facts(Results results, String title, String coordinates, String startedAt, int iterations,
        Verdict verdict, Rate rate, String threshold, String confidence, Conclusion conclusion,
        Totals totals, String duration, String tokens, String cost, List<AgentRow> agents, List<TestLine> failed,
        List<TestLine> flaky, List<TestLine> belowThreshold, List<FailureSignatures.Group> failureGroups, Chart chart,
        List<KChart> reliability, List<String> notes, AiNote ai, String incomplete, String stoppedEarly, String adaptive,
        String providerErrors, String partial, BaselineView baseline, List<String> crashes, List<TestRow> rows,
        Classification classification, HistoryView history) {

    /**
     * Why the flaky tests are flaky, as every output says it.
     *
     * @param line "classification: 4 flaky tests in 19 runs of their own (at most 30, aitest.classifyRuns; in no pass
     *     rate): 3 order-dependent, 1 non-deterministic"
     * @param tests one entry per classified test, by id
     */
    public record Classification(String line, List<FlakyCause> tests) {
    }

    /**
     * One classified flaky test.
     *
     * @param id its id (with its module in a reactor)
     * @param cause "order-dependent (victim)", "non-deterministic", "unknown"
     * @param detail "fails after a.B#c", "passes only after a.B#c", or the reason in words
     * @param reproduce the command that runs it as it failed
     */
    public record FlakyCause(String id, String cause, String detail, String reproduce) {
    }

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
     * @param rate its pass rate with its interval
     * @param standing "leader", "tied with the leader within noise" or "behind the leader"
     * @param runs all its runs
     * @param tests distinct tests
     * @param tokens its tokens
     * @param cost its cost, or null when unknown
     * @param latency the mean latency of its timed calls, or null when none was timed
     */
    public record AgentRow(int rank, String agent, Rate rate, String standing, int runs, int tests, String tokens,
            String cost, String latency) {
    }

    /**
     * A test as the reports name it.
     *
     * @param id className#name
     * @param module its module in a reactor aggregate, else null
     * @param outcome passed, failed, flaky or skipped
     * @param rate its pass rate with its interval, "2/3 · 67% (21-94%)"
     * @param threshold its own threshold and where it comes from, "80% (@MinPassRate)", or null when it has none
     * @param meetsThreshold whether it meets its own threshold under aitest.gate, or null when it has none
     * @param conclusion whether its interval settles it against its own threshold, or null when it has none
     * @param tokens its tokens, or null when none were recorded
     * @param cost its cost, or null when unknown
     * @param firstFailure the first line of the message (else the type) of its first failed run, cut at
     *     {@value Formats#LINE} characters, or null
     * @param outcomes one letter per run: P passed, F failed, E error, S skipped
     */
    public record TestLine(String id, String module, String outcome, Rate rate, String threshold,
            Boolean meetsThreshold, String conclusion, String tokens, String cost, String firstFailure, String outcomes) {
    }

    /**
     * A test with what every output says of it.
     *
     * @param test the test
     * @param line how the reports name and count it
     * @param figures its figures ({@link TestFigures#of(TestResult, TestLine)})
     */
    public record TestRow(TestResult test, TestLine line, List<TestFigures.Figure> figures) {

        /** Its figures that {@code output} shows, in their order. */
        public List<TestFigures.Figure> figures(TestFigures.Output output) {
            List<TestFigures.Figure> shown = new ArrayList<>(figures.size());
            for (TestFigures.Figure figure : figures) {
                if (figure.in(output)) {
                    shown.add(figure);
                }
            }
            return shown;
        }
    }

    /**
     * Whether an interval settles a rate against a threshold.
     *
     * @param conclusive true when the interval lies wholly at or above the threshold, or wholly below it
     * @param text what that means, in words: "conclusive: the whole 95% interval is below aitest.minPassRate 80%",
     *     or "not conclusive: ...; about 12 more iterations would settle it, if the rate held"
     * @param line the console's line when it is not conclusive, else null: "74.1% (95% CI 70.2-77.8%) does not settle
     *     aitest.minPassRate 80%: about 3 more iterations would, if the rate held"
     */
    public record Conclusion(boolean conclusive, String text, String line) {
    }

    /**
     * pass^k against k for one series (the suite, or one agent); the HTML report draws it.
     *
     * @param agent the agent's name, or null for all tests
     * @param points one point per k
     */
    public record KChart(String agent, List<KPoint> points) {

        /** "all tests", or "agent " and its name. */
        public String label() {
            return agent == null ? "all tests" : "agent " + agent;
        }
    }

    /**
     * One k of a {@link KChart}.
     *
     * @param k the number of tries
     * @param percent pass^k in percent
     * @param value pass^k, "42.5%"
     * @param label tooltip text: "pass^3 = 42.5%: the chance that 3 tries of a test all pass"
     */
    public record KPoint(int k, double percent, String value, String label) {

        /** Whether a table of few columns lists this k: every k up to 10 of them, else 1, 2, 3, 5, 10 and the last. */
        public boolean listed(int last) {
            return last <= 10 || k <= 3 || k == 5 || k == 10 || k == last;
        }
    }

    /**
     * The pass rate per iteration; the HTML report draws it.
     *
     * @param points one point per iteration
     */
    public record Chart(List<Point> points) {
    }

    /**
     * One iteration in the chart.
     *
     * @param iteration index
     * @param passRate its pass rate in percent, or null when it counted no run
     * @param label tooltip text
     * @param crashed true when the iteration's test JVM crashed
     */
    public record Point(int iteration, Double passRate, String label, boolean crashed) {
    }

    /**
     * A module of a reactor aggregate.
     *
     * @param module its artifactId
     * @param verdict PASS, FAIL or NO RUNS, against its own threshold
     * @param passed true when it meets its threshold
     * @param rate its pass rate with its interval
     * @param threshold its own aitest.minPassRate
     * @param totals its counts
     * @param incomplete true when its run did not end
     */
    public record ModuleRow(String module, String verdict, boolean passed, Rate rate, String threshold,
            Totals totals, boolean incomplete) {
    }

    /** The view of {@code results}. */
    public static Facts of(Results results) {
        Totals s = results.totals();
        Verdict verdict = PassRateGate.judge(results, "results.json");
        ProjectInfo project = results.run().project();
        String title = project == null ? "aitest report" : project.name();
        String coordinates = project == null ? null
                : project.groupId() + ":" + project.artifactId() + ":" + project.version();
        // each test on its own, on every core: a big suite has tens of thousands
        Map<String, HistorySummary.Test> history = HistoryView.byKey(results);
        List<TestRow> rows = results.tests().parallelStream().map(test -> {
            TestLine line = line(test, results.modules());
            return new TestRow(test, line, TestFigures.of(test, line, results, history));
        }).toList();
        Map<TestResult, TestLine> lines = new IdentityHashMap<>();
        List<TestLine> failed = new ArrayList<>();
        List<TestLine> flaky = new ArrayList<>();
        for (TestRow row : rows) {
            lines.put(row.test(), row.line());
            if (row.test().outcome() == TestOutcome.FAILED) {
                failed.add(row.line());
            } else if (row.test().outcome() == TestOutcome.FLAKY) {
                flaky.add(row.line());
            }
        }
        List<TestLine> below = PassRateGate.belowThreshold(results.tests()).stream()
                .map(lines::get).toList();
        Double threshold = results.modules().isEmpty() ? results.criteria().minPassRate() : null;
        String partial = PassRateGate.partial(results);
        return new Facts(results, title, coordinates, readable(results.run().startedAt()), results.run().iterations(), verdict,
                rateOf(s, threshold), threshold(results), confidenceOf(results), conclusionOf(results), s,
                Formats.duration(results.run().durationMs()), s.usage().tokens() == null ? null : Formats.tokens(s.usage().tokens()),
                s.usage().costUsd() == null ? null : Formats.cost(s.usage().costUsd()), agents(results.agents()), failed, flaky, below,
                FailureSignatures.group(results.tests()), chart(results.iterationTotals()), reliabilityOf(results),
                notes(results), ai(results.aiSummary()), incomplete(results), stoppedEarly(results),
                adaptive(results), providerErrors(results), partial == null ? null : "PART OF A RUN: " + partial + "; the figures are of these iterations alone.",
                BaselineView.of(results), crashes(results), rows, classification(results, rows),
                HistoryView.of(results, rows, history));
    }

    /** Why the flaky tests are flaky; null when none was classified. */
    static Classification classification(Results results, List<TestRow> rows) {
        ClassificationSummary c = results.classification();
        if (c == null) {
            return null;
        }
        List<FlakyCause> tests = new ArrayList<>();
        for (TestRow row : rows) {
            FlakinessFinding f = row.test().finding();
            if (f.classified()) {
                tests.add(new FlakyCause(row.line().id(), cause(f), detail(f), f.reproduce()));
            }
        }
        int flaky = c.orderDependent() + c.nonDeterministic() + c.unknown();
        List<String> parts = new ArrayList<>();
        if (c.orderDependent() > 0) {
            parts.add(c.orderDependent() + " order-dependent");
        }
        if (c.nonDeterministic() > 0) {
            parts.add(c.nonDeterministic() + " non-deterministic");
        }
        if (c.unknown() > 0) {
            parts.add(c.unknown() + " unknown");
        }
        String line = "classification: " + (flaky == 0 ? "no flaky test to classify"
                : flaky + (flaky == 1 ? " flaky test in " : " flaky tests in ") + c.runs()
                        + (c.runs() == 1 ? " run" : " runs") + " of their own (at most " + c.maxRuns()
                        + ", aitest.classifyRuns; in no pass rate): " + String.join(", ", parts));
        return new Classification(line, tests);
    }

    /** "order-dependent (victim)". */
    public static String cause(FlakinessFinding f) {
        return f.flakiness().json() + (f.flakinessEvidence() == null || f.flakinessEvidence().role() == null ? ""
                : " (" + f.flakinessEvidence().role() + ")");
    }

    /** "fails after a.B#c", "passes only after a.B#c", else the reason. */
    public static String detail(FlakinessFinding f) {
        if (f.polluters() != null) {
            return "fails after " + String.join(", then ", f.polluters());
        }
        if (f.stateSetters() != null) {
            return "passes only after " + String.join(", then ", f.stateSetters());
        }
        return f.flakinessEvidence() == null ? null : f.flakinessEvidence().reason();
    }

    /**
     * "CRASHED: iteration 2 of 3: ..." for each iteration whose test run ended abnormally: the one place a crash is
     * put into words, so that the console, report.html and report.md all show every one, with what it cost: the
     * error runs of the tests it cut short, or, when every test had reported before the JVM died, that no run
     * counts it and the run does not pass.
     */
    static List<String> crashes(Results results) {
        Map<Integer, Integer> counted = PassRateGate.crashRuns(results);
        List<String> lines = new ArrayList<>();
        for (IterationTotals it : results.iterationTotals()) {
            if (it.crash() == null) {
                continue;
            }
            int runs = counted.getOrDefault(it.iteration(), 0);
            String head = "CRASHED: iteration " + it.iteration() + " of " + results.run().iterations()
                    + ": the test JVM ended abnormally (" + it.crash() + ")";
            lines.add(runs > 0
                    ? head + "; " + runs + " test run" + (runs == 1 ? " it did not finish is" : "s it did not finish are")
                            + " recorded as " + (runs == 1 ? "an error" : "errors") + " and counted."
                    : head + " after every test it ran had reported; no test run counts it, so the run does not pass, "
                            + "as plain Surefire fails such a build.");
        }
        return List.copyOf(lines);
    }

    /** The rate of {@code totals} with its interval, next to {@code threshold} (or none). */
    static Rate rateOf(Totals totals, Double threshold) {
        return Rate.of(totals.counts().passedRuns(), totals.countedRuns(), totals.statistics().passRateLow(), totals.statistics().passRateHigh(),
                threshold);
    }

    /** "95%", the confidence level of the intervals. */
    static String confidenceOf(Results results) {
        return RateText.level(results.criteria().confidenceLevel());
    }

    /** Whether the overall interval settles the rate against aitest.minPassRate; null in an aggregate or with no runs. */
    static Conclusion conclusionOf(Results results) {
        Totals s = results.totals();
        if (!results.modules().isEmpty() || s.statistics().conclusive() == null || s.statistics().passRateLow() == null) {
            return null;
        }
        String threshold = "aitest.minPassRate " + RateText.threshold(results.criteria().minPassRate());
        String interval = "the whole " + confidenceOf(results) + " interval is ";
        if (s.statistics().conclusive()) {
            return new Conclusion(true, "conclusive: " + interval + (s.statistics().passRateLow() >= results.criteria().minPassRate()
                    ? "at or above " : "below ") + threshold, null);
        }
        Rate rate = rateOf(s, results.criteria().minPassRate());
        String more = s.statistics().iterationsToSettle() == null
                ? s.counts().passedRuns() * 100.0 == results.criteria().minPassRate() * s.countedRuns()
                        ? "no number of further iterations would, as the rate equals the threshold"
                        : "more than " + Formats.count(Settle.MAX_MORE) + " further iterations would be needed, if the "
                                + "rate held"
                : "about " + s.statistics().iterationsToSettle() + " more iteration" + (s.statistics().iterationsToSettle() == 1 ? "" : "s")
                        + " would, if the rate held";
        String line = rate.rate() + " (" + confidenceOf(results) + " CI " + rate.interval() + ") does not settle "
                + threshold + ": " + more;
        return new Conclusion(false, "not conclusive: the " + confidenceOf(results) + " interval " + rate.interval()
                + " holds " + threshold + "; " + more.replace(" would,", " would settle it,"), line);
    }

    /** "STOPPED EARLY: ..." when a budget started no further iteration, else null. */
    static String stoppedEarly(Results results) {
        StoppedEarly stop = results.progress().stoppedEarly();
        if (stop == null) {
            return null;
        }
        String why = StoppedEarly.COST.equals(stop.reason())
                ? "the cost recorded, " + Formats.cost(stop.costUsd()) + ", reached aitest.maxCostUsd "
                        + (stop.maxCostUsd() == null ? "n/a" : Formats.budget(stop.maxCostUsd()))
                : "the next iteration, expected to take " + Formats.duration(stop.nextIterationMs() == null ? 0
                        : stop.nextIterationMs()) + ", would have ended past aitest.maxDuration "
                        + Formats.duration(stop.maxDurationMs() == null ? 0 : stop.maxDurationMs());
        return "STOPPED EARLY: " + why + " after iteration " + stop.afterIteration() + "; the verdict is on the "
                + stop.afterIteration() + " of " + results.run().iterations() + " iterations that ran.";
    }

    /**
     * "adaptive: 114 of 200 runs (43% saved, about $0.91); 9 tests settled (7 determined, 2 conclusive), 1 unsettled
     * at the maximum: a.B#c; the overall rate counts iterations 1-5, in which every test ran" for an adaptive run,
     * else null.
     */
    static String adaptive(Results results) {
        AdaptiveSummary a = results.adaptive();
        if (a == null) {
            return null;
        }
        StringBuilder line = new StringBuilder("adaptive: ").append(Formats.count(a.runs())).append(" of ")
                .append(Formats.count(a.fixedRuns())).append(" runs (").append(Formats.decimals(a.savedPercent(), 0))
                .append("% saved").append(a.costSavedUsd() == null ? "" : ", about " + Formats.cost(a.costSavedUsd()))
                .append("); ");
        int settled = a.determined() + a.conclusive();
        line.append(settled).append(settled == 1 ? " test" : " tests").append(" settled (").append(a.determined())
                .append(" determined, ").append(a.conclusive()).append(" conclusive)");
        if (!a.unsettled().isEmpty()) {
            List<String> shown = a.unsettled().subList(0, Math.min(5, a.unsettled().size()));
            line.append(", ").append(a.unsettled().size()).append(" unsettled at the maximum: ")
                    .append(String.join(", ", shown)).append(a.unsettled().size() > shown.size()
                            ? " and " + (a.unsettled().size() - shown.size()) + " more" : "");
        }
        for (AdaptiveSummary.Overall o : a.overall()) {
            line.append("; the overall rate").append(a.overall().size() > 1 ? " of " + (o.module() == null ? ""
                    : o.module() + " ") + o.kind().json() : "")
                    .append(o.settledBy() == null ? " did not settle and counts iterations 1-" + o.iterations()
                            : " settled (" + o.settledBy().json() + ") after iteration " + o.settledAt()
                                    + " and counts iterations 1-" + o.iterations() + ", in which every test ran");
        }
        return line.toString();
    }

    /** The kinds of provider failure in the order they are told: {@link RunCause#providerError} values. */
    private static final List<String> PROVIDER_KINDS = List.of("rate-limit", "server-error", "timeout", "connection");

    /**
     * "provider errors: 3 runs (2 rate limit, 1 timeout), counted as failures; -Daitest.providerErrors=exclude leaves
     * them out of the pass rates", or "..., left out of every pass rate (aitest.providerErrors=exclude)"; null when
     * the provider failed no run.
     */
    static String providerErrors(Results results) {
        if (results.totals().counts().providerErrors() == 0) {
            return null;
        }
        Map<String, Integer> byKind = new java.util.TreeMap<>(java.util.Comparator.comparingInt(
                (String kind) -> PROVIDER_KINDS.indexOf(kind) < 0 ? PROVIDER_KINDS.size() : PROVIDER_KINDS.indexOf(kind))
                .thenComparing(kind -> kind));
        int runs = 0;
        for (TestResult test : results.tests()) {
            if (test.counts().providerErrors() == 0) {
                continue;
            }
            for (Run run : test.iterations()) {
                if (run.origin().fromProvider()) {
                    runs++;
                    byKind.merge(run.origin().providerError() == null ? "other" : run.origin().providerError(), 1,
                            Integer::sum);
                }
            }
        }
        List<String> kinds = new ArrayList<>();
        byKind.forEach((kind, count) -> kinds.add(count + " " + kind.replace('-', ' ')));
        return "provider errors: " + runs + (runs == 1 ? " run (" : " runs (") + String.join(", ", kinds) + "), "
                + (results.criteria().excludesProviderErrors()
                        ? "left out of every pass rate (aitest.providerErrors=exclude)"
                        : "counted as failures; -Daitest.providerErrors=exclude leaves them out of the pass rates");
    }

    /** "provider: rate limit (HTTP 429)" for a run the provider failed, with "excluded" when left out; else null. */
    public static String cause(Run run) {
        RunCause cause = run.origin();
        if (!cause.fromProvider()) {
            return null;
        }
        return "provider: " + (cause.providerError() == null ? "error" : cause.providerError().replace('-', ' '))
                + (cause.httpStatus() == null ? "" : " (HTTP " + cause.httpStatus() + ")")
                + (cause.leftOut() ? ", left out of the pass rates" : "");
    }

    /** "INCOMPLETE: ..." for a run that did not end, else null. */
    static String incomplete(Results results) {
        if (results.progress().runComplete()) {
            return null;
        }
        List<Integer> finished = results.progress().finishedIterations();
        return "INCOMPLETE: the run did not end (it was stopped, or is still under way); these results hold the "
                + finished.size() + " of " + results.run().iterations() + " iterations that finished"
                + (finished.isEmpty() ? "" : " (" + String.join(", ", finished.stream().map(String::valueOf).toList())
                        + ")")
                + ". aitest:verify does not pass them unless aitest.allowIncomplete is true.";
    }

    /** The threshold as the header says it: the one, or "each module's own" in an aggregate whose modules differ. */
    private static String threshold(Results results) {
        List<Double> thresholds = results.modules().stream().map(ModuleTotals::minPassRate).distinct().toList();
        return thresholds.size() > 1 ? "each module's own"
                : RateText.threshold(thresholds.isEmpty() ? results.criteria().minPassRate() : thresholds.get(0));
    }

    /** The modules of a reactor aggregate, in the reactor's order; empty for a module's own results. */
    public List<ModuleRow> modules() {
        List<ModuleRow> rows = new ArrayList<>();
        for (ModuleTotals module : results.modules()) {
            Totals t = module.totals();
            Verdict verdict = PassRateGate.check(t, module.minPassRate(), gate(), results.criteria().confidenceLevel(),
                    "results.json");
            rows.add(new ModuleRow(ModuleTotals.shown(module.module(), module.moduleId(), results.modules()),
                    verdict.label(), verdict.passed(), rateOf(t, module.minPassRate()),
                    RateText.threshold(module.minPassRate()), t, !module.complete()));
        }
        return rows;
    }

    /** The kinds of tests the results hold ({@code test}, {@code integration-test}), in that order. */
    public List<String> kinds() {
        return results.tests().stream().map(t -> t.identity().kind()).distinct().sorted().map(k -> k.json()).toList();
    }

    /** The agents when there are two or more to compare; empty otherwise. */
    public List<AgentRow> leaderboard() {
        return agents.size() < 2 ? List.of() : agents;
    }

    private GateMode gate() {
        return GateMode.of(results);
    }

    /** The pass rate of {@code test} with its interval, next to its own threshold. */
    public static Rate rate(TestResult test) {
        return Rate.of(test.counts().passedRuns(), test.countedRuns(), test.statistics().passRateLow(), test.statistics().passRateHigh(),
                test.statistics().minPassRate());
    }

    /** How {@code test} is named and counted in the reports. */
    public static TestLine line(TestResult test) {
        return line(test, List.of());
    }

    /**
     * How {@code test} is named and counted in the reports of results with {@code modules}: its module by artifactId,
     * or by {@code groupId:artifactId} when another module has the same artifactId.
     */
    public static TestLine line(TestResult test, List<ModuleTotals> modules) {
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
        Double threshold = test.statistics().minPassRate();
        String settle = null;
        if (threshold != null && test.statistics().conclusive() != null) {
            settle = test.statistics().conclusive() ? "conclusive"
                    : "not conclusive: " + (test.statistics().iterationsToSettle() == null ? "no number of further runs settles it"
                            : "about " + test.statistics().iterationsToSettle() + " more run" + (test.statistics().iterationsToSettle() == 1
                                    ? "" : "s") + " would settle it, if its rate held");
        }
        return new TestLine(test.id(), ModuleTotals.shown(test.identity().module(), test.identity().moduleId(), modules),
                test.outcome().json(), rate(test),
                threshold == null ? null : RateText.threshold(threshold) + " (" + test.statistics().thresholdFrom() + ")",
                test.statistics().meetsThreshold(), settle, test.usage().tokens() == null ? null : Formats.tokens(test.usage().tokens()),
                test.usage().costUsd() == null ? null : Formats.cost(test.usage().costUsd()), Formats.firstLine(firstFailure),
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
            String standing = rows.isEmpty() ? "leader" : a.behindLeader() == null ? "not compared (no counted run)"
                    : a.behindLeader() ? "behind the leader" : "tied with the leader within noise";
            rows.add(new AgentRow(rows.size() + 1, a.agent(), Rate.of(a.passedRuns(), a.passedRuns() + a.failedRuns(),
                    a.passRateLow(), a.passRateHigh(), null), standing, a.runs(), a.tests(), Formats.tokens(a.tokens()),
                    a.costUsd() == null ? null : Formats.cost(a.costUsd()),
                    a.meanLatencyMs() == null ? null : Formats.duration(a.meanLatencyMs())));
        }
        return List.copyOf(rows);
    }

    static Chart chart(List<IterationTotals> iterations) {
        List<Point> points = new ArrayList<>();
        for (IterationTotals it : iterations) {
            String label = String.format(Locale.ROOT, "iteration %d: %s (%d passed, %d failed, %d skipped)%s",
                    it.iteration(), Rate.of(it.passed(), it.passed() + it.failed(), null, null, null).rate(),
                    it.passed(), it.failed(), it.skipped(),
                    it.crash() == null ? "" : " - test JVM crashed: " + it.crash());
            points.add(new Point(it.iteration(), it.passRate(), label, it.crash() != null));
        }
        return new Chart(points);
    }

    /** pass^k against k, for the suite and then each agent, when there were two iterations or more. */
    static List<KChart> reliabilityOf(Results results) {
        if (results.run().iterations() < 2) {
            return List.of();
        }
        List<KChart> charts = new ArrayList<>();
        if (!results.totals().statistics().passHatK().isEmpty()) {
            charts.add(kChart(null, results.totals().statistics().passHatK()));
        }
        if (results.agents().size() > 1) {
            results.agents().stream().filter(a -> !a.passHatK().isEmpty())
                    .forEach(a -> charts.add(kChart(a.agent(), a.passHatK())));
        }
        return charts;
    }

    private static KChart kChart(String agent, Map<String, Double> byK) {
        List<KPoint> points = new ArrayList<>();
        for (Map.Entry<String, Double> entry : byK.entrySet()) {
            int k = Integer.parseInt(entry.getKey());
            String shown = Formats.decimals(entry.getValue(), 1) + "%";
            points.add(new KPoint(k, entry.getValue(), shown, "pass^" + k + " = " + shown + ": the chance that " + k
                    + (k == 1 ? " try of a test passes" : " tries of a test all pass")));
        }
        return new KChart(agent, points);
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
