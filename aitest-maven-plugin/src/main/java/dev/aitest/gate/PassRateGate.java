package dev.aitest.gate;

import dev.aitest.baseline.BaselineText;
import dev.aitest.model.CrashRuns;
import dev.aitest.model.BaselineComparison;
import dev.aitest.model.TestChange;
import dev.aitest.model.IterationTotals;
import dev.aitest.model.ModuleTotals;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.TestResult;
import dev.aitest.model.Totals;
import dev.aitest.stats.RateText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Decides whether an overall pass rate meets {@code aitest.minPassRate}. */
public final class PassRateGate {


    private PassRateGate() {
    }

    /** Tests below their own threshold named in a verdict at most; the others are counted. */
    public static final int MAX_TESTS_NAMED = 20;

    /**
     * Checks the summary against the threshold, observing the rate. The comparison is exact (passed x 100 against
     * threshold x counted runs, in decimal arithmetic), so no rounding can turn a pass into a failure or a failure into
     * a pass.
     *
     * @param summary the run's totals
     * @param minPassRate the threshold in percent
     * @param report the path to name in the message
     */
    public static Verdict check(Totals summary, double minPassRate, String report) {
        return check(summary, minPassRate, GateMode.OBSERVED, dev.aitest.model.Criteria.DEFAULT_CONFIDENCE, report);
    }

    /**
     * Checks the summary against the threshold under {@code gate}: the observed rate (exactly, as above), or the
     * lower (strict) or upper (lenient) bound of its interval; the message gives the rate with its interval.
     *
     * @param summary the run's totals, with their interval when they were judged
     * @param minPassRate the threshold in percent
     * @param gate how the rate is held against the threshold
     * @param confidence the interval's confidence level, named in the message
     * @param report the path to name in the message
     */
    public static Verdict check(Totals summary, double minPassRate, GateMode gate, double confidence,
            String report) {
        int counted = summary.countedRuns();
        if (counted == 0) {
            return new Verdict(true, false, String.format(Locale.ROOT,
                    "no test run counted (%d skipped), so there is no pass rate to check against aitest.minPassRate",
                    summary.counts().skippedRuns()), report);
        }
        boolean observed = RateText.atLeast(summary.counts().passedRuns(), counted, minPassRate);
        Double low = summary.statistics().passRateLow();
        Double high = summary.statistics().passRateHigh();
        boolean intervalKnown = low != null && high != null;
        GateMode mode = intervalKnown ? gate : GateMode.OBSERVED;
        boolean passed = switch (mode) {
            case OBSERVED -> observed;
            case STRICT -> low >= minPassRate;
            case LENIENT -> !(high < minPassRate);
        };
        String thresholdText = RateText.threshold(minPassRate);
        String rateText = RateText.rate(summary.counts().passedRuns(), counted,
                intervalKnown ? RateText.decimals(low, high) : RateText.decimals(counted), minPassRate);
        String interval = intervalKnown ? "; " + interval(confidence, low, high, minPassRate) : "";
        String what = String.format(Locale.ROOT, "pass rate %s (%d/%d runs%s)", rateText, summary.counts().passedRuns(),
                counted, interval);
        String bound = mode == GateMode.STRICT ? ": its lower bound " : mode == GateMode.LENIENT
                ? ": its upper bound " : " ";
        String gateNote = mode == GateMode.OBSERVED ? "" : " (aitest.gate=" + mode.json() + ")";
        return new Verdict(passed, true, what + bound + (passed ? "meets" : "is below") + " aitest.minPassRate "
                + thresholdText + gateNote, passed ? null : report);
    }

    /**
     * "95% CI 50-86%": the interval with the precision it supports, each bound on the same side of {@code threshold}
     * as the exact one (see {@link RateText}).
     */
    public static String interval(double confidence, double low, double high, Double threshold) {
        return RateText.level(confidence) + " CI "
                + RateText.interval(low, high, RateText.decimals(low, high), threshold);
    }

    /** The tests below their own threshold, the furthest below it first. */
    public static List<TestResult> belowThreshold(List<TestResult> tests) {
        return tests.stream().filter(t -> Boolean.FALSE.equals(t.statistics().meetsThreshold()))
                .sorted(Comparator.comparingDouble((TestResult t) -> t.statistics().minPassRate() - t.statistics().passRate()).reversed()
                        .thenComparing(TestResult::key))
                .toList();
    }

    /**
     * The verdict of results as they are judged (see {@link RateStatistics}): the overall rate against
     * {@code aitest.minPassRate} under the gate, or in a reactor's aggregate each module against its own, and every
     * test against its own threshold. The message names up to {@value #MAX_TESTS_NAMED} tests below their threshold,
     * the furthest below first. An iteration whose test JVM ended abnormally after every test it ran had reported
     * ({@link #uncountedCrashes}) fails the verdict whatever the rates, as it fails plain Surefire's build; a crash
     * that cut tests short is counted in their error runs and judged with the rates.
     */
    public static Verdict judge(Results results, String report) {
        Verdict verdict = judgeRates(results, report);
        List<IterationTotals> uncounted = uncountedCrashes(results);
        if (uncounted.isEmpty()) {
            return verdict;
        }
        List<String> named = uncounted.stream().map(i -> i.iteration() + " (" + i.crash() + ")").toList();
        return new Verdict(false, verdict.counted(), "the test JVM ended abnormally in iteration"
                + (named.size() == 1 ? " " : "s ") + String.join(", ", named) + " after every test it ran had "
                + "reported, so no test run counts the crash; plain Surefire fails such a build, and aitest does not "
                + "pass it (" + verdict.finding() + ")", report);
    }

    /**
     * How many test runs of each iteration carry its crash or fork timeout (error runs of the tests it did not
     * report, or that were running when the timeout fired), by iteration.
     */
    public static Map<Integer, Integer> crashRuns(Results results) {
        Map<Integer, Integer> runs = new TreeMap<>();
        for (TestResult test : results.tests()) {
            for (Run run : test.iterations()) {
                if (CrashRuns.isCrashRun(run.type())) {
                    runs.merge(run.iteration(), 1, Integer::sum);
                }
            }
        }
        return runs;
    }

    /**
     * The iterations whose test run ended abnormally (a crashed or halted JVM, a fork timeout) although no test
     * run carries it: every test the JVM ran had reported before it died (a {@code Runtime.halt} in a shutdown
     * hook, a crash on the way out). Their rates read as if nothing happened, where plain Surefire fails the build;
     * {@link #judge} does not pass them.
     */
    public static List<IterationTotals> uncountedCrashes(Results results) {
        Map<Integer, Integer> counted = crashRuns(results);
        return results.iterationTotals().stream()
                .filter(i -> i.crash() != null && !counted.containsKey(i.iteration())).toList();
    }

    private static Verdict judgeRates(Results results, String report) {
        GateMode gate = GateMode.of(results);
        Verdict overall = results.modules().isEmpty()
                ? check(results.totals(), results.criteria().minPassRate(), gate, results.criteria().confidenceLevel(), report)
                : checkModules(results.modules(), gate, results.criteria().confidenceLevel(), report);
        List<TestResult> below = belowThreshold(results.tests());
        if (below.isEmpty()) {
            return overall;
        }
        List<String> named = new ArrayList<>();
        for (TestResult test : below.subList(0, Math.min(MAX_TESTS_NAMED, below.size()))) {
            String module = ModuleTotals.shown(test.identity().module(), test.identity().moduleId(), results.modules());
            named.add((module == null ? "" : module + " ") + test.id() + " "
                    + RateText.evidence(test.counts().passedRuns(), test.countedRuns(), test.statistics().passRateLow(), test.statistics().passRateHigh(),
                            test.statistics().minPassRate())
                    + ", threshold " + RateText.threshold(test.statistics().minPassRate()) + " (" + test.statistics().thresholdFrom() + ")");
        }
        String more = below.size() > MAX_TESTS_NAMED ? "; and " + (below.size() - MAX_TESTS_NAMED) + " more in "
                + report : "";
        String message = overall.finding() + "; " + below.size() + " test" + (below.size() == 1 ? " is" : "s are")
                + " below " + (below.size() == 1 ? "its" : "their") + " own threshold"
                + (gate == GateMode.OBSERVED ? "" : " (aitest.gate=" + gate.json() + ")") + ": "
                + String.join("; ", named) + more;
        return new Verdict(false, overall.counted(), message, report);
    }

    /**
     * The criteria given to a goal: each null when it was not given, and the one recorded in results.json holds.
     *
     * @param minPassRate {@code aitest.minPassRate}
     * @param minTestPassRate {@code aitest.minTestPassRate}
     * @param confidence {@code aitest.confidence}
     * @param gate {@code aitest.gate}
     */
    public record GivenCriteria(Double minPassRate, Double minTestPassRate, Double confidence, String gate) {

        /** Nothing given. */
        public static final GivenCriteria NONE = new GivenCriteria(null, null, null, null);

        /**
         * {@code results} with these criteria over the recorded ones, without their AI summary, not judged (for a
         * publisher, which judges what it publishes); the same results when none differs.
         */
        public Results on(Results results) {
            if (changes(results).isEmpty()) {
                return results;
            }
            return results.toBuilder().minPassRate(minPassRate == null ? results.criteria().minPassRate() : minPassRate)
                    .criteria(minTestPassRate == null ? results.criteria().minTestPassRate() : minTestPassRate,
                            confidence == null ? results.criteria().confidenceLevel() : confidence,
                            gate == null ? results.criteria().gateMode() : gate).aiSummary(null).build();
        }

        /** {@code results} with these criteria over the recorded ones, judged anew when any differs. */
        public Results over(Results results) {
            Results given = on(results);
            return given == results ? results : RateStatistics.apply(given);
        }

        /** "aitest.minPassRate 90.0% (not 80.0%)" for each given criterion that differs from the recorded one. */
        List<String> changes(Results results) {
            List<String> changes = new ArrayList<>();
            if (minPassRate != null && BigDecimal.valueOf(minPassRate).compareTo(BigDecimal.valueOf(results.criteria().minPassRate()))
                    != 0) {
                changes.add("aitest.minPassRate " + RateText.threshold(minPassRate) + " (not "
                        + RateText.threshold(results.criteria().minPassRate()) + ")");
            }
            if (minTestPassRate != null && !minTestPassRate.equals(results.criteria().minTestPassRate())) {
                changes.add("aitest.minTestPassRate " + RateText.threshold(minTestPassRate) + " (not "
                        + (results.criteria().minTestPassRate() == null ? "none"
                                : RateText.threshold(results.criteria().minTestPassRate())) + ")");
            }
            if (confidence != null && confidence != results.criteria().confidenceLevel()) {
                changes.add("aitest.confidence " + confidence + " (not " + results.criteria().confidenceLevel() + ")");
            }
            if (gate != null && !gate.equalsIgnoreCase(results.criteria().gateMode())) {
                changes.add("aitest.gate " + gate + " (not " + results.criteria().gateMode() + ")");
            }
            return changes;
        }
    }

    /**
     * The verdict of {@code aitest:verify}: with the criteria given to it, else with those recorded in results.json
     * (the ones the reports show). When a given one differs, a note names both, so that the build and the reports
     * never disagree silently. An incomplete run (stopped, killed, or still under way) does not pass unless
     * {@code allowIncomplete}.
     *
     * @param results the results read from results.json
     * @param given the criteria given to aitest:verify
     * @param allowIncomplete {@code aitest.allowIncomplete}: judge the iterations of an incomplete run
     * @param report the path to name in the message
     */
    public static Decision decide(Results results, GivenCriteria given, boolean allowIncomplete, String report) {
        return decide(results, given, allowIncomplete, false, report);
    }

    /**
     * {@link #decide(Results, GivenCriteria, boolean, String)}, and with {@code failOnRegression}
     * ({@code aitest.failOnRegression}) also failing when the comparison with the baseline that results.json holds
     * found the overall rate worse beyond noise or a test regressed; without it, regressions are a note.
     */
    public static Decision decide(Results results, GivenCriteria given, boolean allowIncomplete, boolean failOnRegression,
            String report) {
        List<String> notes = new ArrayList<>();
        if (!results.progress().runComplete()) {
            String finished = results.progress().finishedIterations().size() + " of " + results.run().iterations()
                    + " iterations finished";
            if (!allowIncomplete) {
                return new Decision(new Verdict(false, true, report + " is incomplete (" + finished
                        + "): the run was stopped or is still under way, and aitest:verify does not pass an "
                        + "incomplete run; run the tests again, or judge the iterations that finished with "
                        + "-Daitest.allowIncomplete=true", null), notes);
            }
            notes.add("aitest: judging an incomplete run (" + finished + ") because aitest.allowIncomplete is true");
        }
        String partial = partial(results);
        if (partial != null) {
            notes.add("aitest: " + partial + ": this verdict judges only part of the run");
        }
        List<String> changes = given.changes(results);
        if (changes.size() == 1 && given.minPassRate() != null && changes.get(0).startsWith("aitest.minPassRate ")) {
            String mine = RateText.threshold(given.minPassRate());
            notes.add("aitest: aitest:verify judges with aitest.minPassRate " + mine + ", not with the "
                    + RateText.threshold(results.criteria().minPassRate()) + " that " + report + " and the reports were "
                    + "written with; the verdict below uses " + mine + " (aitest:report -Daitest.minPassRate="
                    + BigDecimal.valueOf(given.minPassRate()).stripTrailingZeros().toPlainString()
                    + " writes the reports with it)");
        } else if (!changes.isEmpty()) {
            notes.add("aitest: aitest:verify judges with " + String.join(", ", changes) + ", not with what " + report
                    + " and the reports were written with; the verdict below uses them (aitest:report with the same "
                    + "properties writes the reports with them)");
        }
        // every statistic and verdict from the counts, which reading checked against the per-run entries: an edited
        // interval, meetsThreshold or conclusive in the file decides nothing
        Results on = given.on(results);
        Results judged = RateStatistics.apply(on);
        if (on == results) {
            List<String> edited = RateStatistics.differences(results, judged);
            if (!edited.isEmpty()) {
                notes.add("aitest: " + report + " records figures its runs do not give: "
                        + String.join("; ", edited.subList(0, Math.min(MAX_TESTS_NAMED, edited.size())))
                        + (edited.size() > MAX_TESTS_NAMED ? "; and " + (edited.size() - MAX_TESTS_NAMED) + " more" : "")
                        + "; it was edited or written by another version, and the verdict below is computed from "
                        + "its runs");
            }
        }
        String otherLevel = BaselineText.otherLevel(judged, report);
        if (otherLevel != null) {
            notes.add("aitest: " + otherLevel);
        }
        Verdict verdict = judge(judged, report);
        String regressions = regressions(results);
        if (regressions == null) {
            return new Decision(verdict, notes);
        }
        if (!failOnRegression) {
            notes.add("aitest: " + regressions + " (aitest.failOnRegression=true fails the build on this)");
            return new Decision(verdict, notes);
        }
        return new Decision(verdict.passed() ? new Verdict(false, verdict.counted(), regressions, report)
                : verdict.and(regressions), notes);
    }

    /**
     * "against the baseline aitest-baseline.json, the pass rate is -40 points (...): worse beyond noise; 1 test
     * regressed: ...", naming up to {@value #MAX_TESTS_NAMED} regressed tests; null when the results hold no
     * comparison or it found no regression.
     */
    static String regressions(Results results) {
        BaselineComparison comparison = results.baseline();
        if (comparison == null) {
            return null;
        }
        List<TestChange> regressed = BaselineText.regressed(comparison);
        if (regressed.isEmpty() && !comparison.overall().regressed()) {
            return null;
        }
        StringBuilder text = new StringBuilder("against the baseline ").append(comparison.source().path());
        if (comparison.overall().regressed()) {
            text.append(", the pass rate is ").append(BaselineText.overall(comparison.overall(),
                    comparison.confidence(results.criteria().confidenceLevel())));
        }
        if (!regressed.isEmpty()) {
            text.append(comparison.overall().regressed() ? "; " : ", ").append(regressed.size())
                    .append(regressed.size() == 1 ? " test regressed: " : " tests regressed: ");
            List<String> named = regressed.subList(0, Math.min(MAX_TESTS_NAMED, regressed.size())).stream()
                    .map(BaselineText::test).toList();
            text.append(String.join("; ", named));
            if (regressed.size() > MAX_TESTS_NAMED) {
                text.append("; and ").append(regressed.size() - MAX_TESTS_NAMED).append(" more");
            }
        }
        return text.toString();
    }

    /**
     * What part of the run {@code results} hold when it is not all of it: "target/aitest-reports/results.json holds
     * shard 1/2 (iterations 1-2 of 4)" or "the merged results lack iterations 3, 4 of 4"; null when they hold every
     * iteration there was.
     */
    public static String partial(Results results) {
        if (results.progress().shard() != null) {
            return "these results hold " + results.progress().shard().describe(results.run().iterations()) + " of a sharded run; "
                    + "aitest:merge puts the shards together";
        }
        if (!results.progress().missingIterations().isEmpty()) {
            return "these merged results lack iteration" + (results.progress().missingIterations().size() == 1 ? " " : "s ")
                    + results.progress().missingIterations().stream().map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(", "))
                    + " of " + results.run().iterations() + " (no input held them)";
        }
        return null;
    }

    /**
     * What {@code aitest:verify} decided.
     *
     * @param verdict the verdict
     * @param notes lines to log before it: criteria other than the recorded ones, an incomplete run judged
     */
    public record Decision(Verdict verdict, List<String> notes) {
    }

    /**
     * The verdict of a reactor: each module against its own threshold, never a rate pooled over modules (hundreds of
     * deterministic unit tests in one module would hide an unreliable one). It passes when every module does.
     *
     * @param modules the modules with their totals and thresholds
     * @param report the path to name in the message
     */
    public static Verdict checkModules(List<ModuleTotals> modules, String report) {
        return checkModules(modules, GateMode.OBSERVED, dev.aitest.model.Criteria.DEFAULT_CONFIDENCE, report);
    }

    /** {@link #checkModules(List, String)} under {@code gate}. */
    public static Verdict checkModules(List<ModuleTotals> modules, GateMode gate, double confidence,
            String report) {
        List<String> below = new ArrayList<>();
        boolean counted = false;
        for (ModuleTotals module : modules) {
            Verdict verdict = check(module.totals(), module.minPassRate(), gate, confidence, report);
            counted |= verdict.counted();
            if (!verdict.passed()) {
                below.add(ModuleTotals.shown(module.module(), module.moduleId(), modules) + ": "
                        + verdict.finding());
            }
        }
        return below.isEmpty()
                ? new Verdict(true, counted, "every module meets its own aitest.minPassRate (" + modules.size()
                        + " module" + (modules.size() == 1 ? "" : "s") + ")", null)
                : new Verdict(false, counted, modulesBelow(below), report);
    }

    /**
     * The message that fails a reactor once every module ran: the modules below their own threshold, each with its
     * pass rate and runs.
     *
     * @param below one line per module: "core: pass rate 66.7% (4/6 runs) is below aitest.minPassRate 80.0%"
     */
    public static String belowMessage(List<String> below, String report) {
        return new Verdict(false, true, modulesBelow(below), report).message();
    }

    private static String modulesBelow(List<String> below) {
        return below.size() + (below.size() == 1 ? " module is" : " modules are") + " below "
                + (below.size() == 1 ? "its" : "their") + " own aitest.minPassRate: " + String.join("; ", below);
    }

    /**
     * The outcome of the check.
     *
     * @param passed true when the build may go on
     * @param counted false when no run counted, so there was no pass rate to check
     * @param finding what was found: "pass rate 66.7% (4/6 runs) is below aitest.minPassRate 80%"
     * @param file the file to see for the details, or null when the message names none
     * @param also what else fails the build, said after the file ("3 tests regressed ..."), or null
     */
    public record Verdict(boolean passed, boolean counted, String finding, String file, String also) {

        public Verdict(boolean passed, boolean counted, String finding, String file) {
            this(passed, counted, finding, file, null);
        }

        /** What to tell the user: "aitest: finding - see file; and also". */
        public String message() {
            return "aitest: " + finding + (file == null ? "" : " - see " + file) + (also == null ? "" : "; and " + also);
        }

        /** This verdict failing, with {@code more} said after it. */
        public Verdict and(String more) {
            return new Verdict(false, counted, finding, file, also == null ? more : also + "; and " + more);
        }

        /** PASS, FAIL, or NO RUNS when no run counted. */
        public String label() {
            return !counted ? "NO RUNS" : passed ? "PASS" : "FAIL";
        }

        /** The label with what it means: "PASS (meets the threshold)". */
        public String description() {
            return !counted ? "NO RUNS (no run counted)"
                    : passed ? "PASS (meets the threshold)" : "FAIL (below the threshold)";
        }
    }
}
