package dev.aitest.gate;

import dev.aitest.model.CrashRuns;
import dev.aitest.model.IterationTotals;
import dev.aitest.model.ModuleTotals;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.TestResult;
import dev.aitest.model.Totals;
import dev.aitest.stats.RateText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
     * How many test runs of each iteration that ended abnormally carry its crash or fork timeout (error runs of the
     * tests it did not report, or that were running when the timeout fired), by iteration; an iteration none of
     * whose runs does is left out. Only the iterations whose totals record a crash are looked at (none, when no
     * iteration crashed).
     */
    public static Map<Integer, Integer> crashRuns(Results results) {
        Map<Integer, Integer> runs = new TreeMap<>();
        Set<Integer> crashed = new HashSet<>();
        for (IterationTotals it : results.iterationTotals()) {
            if (it.crash() != null) {
                crashed.add(it.iteration());
            }
        }
        if (crashed.isEmpty()) {
            return runs;
        }
        for (TestResult test : results.tests()) {
            for (Run run : test.iterations()) {
                if (CrashRuns.isCrashRun(run.type()) && crashed.contains(run.iteration())) {
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
}
