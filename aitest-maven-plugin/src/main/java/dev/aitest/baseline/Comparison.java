package dev.aitest.baseline;

import dev.aitest.model.Rates;
import dev.aitest.model.AgentStats;
import dev.aitest.model.BaselineAgent;
import dev.aitest.model.BaselineChange;
import dev.aitest.model.BaselineComparison;
import dev.aitest.model.BaselineCounts;
import dev.aitest.model.BaselineOverall;
import dev.aitest.model.BaselineRuns;
import dev.aitest.model.BaselineSource;
import dev.aitest.model.TestChange;
import dev.aitest.model.Results;
import dev.aitest.model.TestKind;
import dev.aitest.model.TestResult;
import dev.aitest.stats.Confidence;
import dev.aitest.stats.Fisher;
import dev.aitest.stats.Holm;
import dev.aitest.stats.PairedDifference;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares a run with a baseline, test by test and overall.
 *
 * <p><b>Matching.</b> A test of the run and one of the baseline are the same test when their module, kind and id are
 * equal ({@link TestResult#key()}): a test without a module matches only a test without one, and a unit test only a
 * unit test (the id alone is ambiguous when Surefire and Failsafe both run a class). A test of the run alone is
 * {@code new}; one of the baseline alone is {@code removed}.
 *
 * <p><b>Per test.</b> For every matched test with counted runs on both sides, two one-sided Fisher exact tests on
 * [[passed now, failed now], [passed then, failed then]]: {@link Fisher#worse} (the rate is lower now) and
 * {@link Fisher#better} (higher now). Holm's correction is applied to each direction separately, the family being
 * every matched test with counted runs on both sides: once over their worse-p-values, once over their
 * better-p-values. With alpha = 1 - confidence (computed in decimal, so that 0.95 gives exactly 0.05), a test is
 * {@code regressed} when its adjusted worse-p-value is below alpha and {@code improved} when its adjusted
 * better-p-value is; equal is not below, and a p-value within a relative 1e-9 of alpha counts as equal (an exact 1/20
 * comes out of the arithmetic as 0.05000000000000003). Otherwise it is {@code changed} when its proportion of passed
 * runs differs (compared exactly, by cross-multiplying the counts) and {@code unchanged} when it is the same. A test
 * stores the p-value and adjusted p-value of the direction its rate moved in. A matched test without counted runs on
 * either side is {@code unchanged}; with counted runs on one side only, {@code changed} without p-values.
 *
 * <p><b>Overall and per agent.</b> The differences, now minus then, of the pass rates of the matched tests with counted
 * runs on both sides, in percentage points computed from the counts (not from the rounded rates), give a mean and a
 * two-sided t-interval at the confidence level ({@link PairedDifference}). The mean is rounded half-up to two
 * decimals, the lower bound down and the upper bound up; {@code regressed} when the upper bound as shown is below 0,
 * {@code improved} when the lower bound as shown is above 0. With one difference there is no interval, with none no
 * mean. Per agent: the same over the matched tests whose runs now all name that agent, for every agent of the run's
 * leaderboard in its order.
 */
public final class Comparison {

    /** Relative slack for p-values that are alpha but for binary noise. */
    private static final double NOISE = 1e-9;

    private static final List<BaselineChange> LISTED = List.of(BaselineChange.REGRESSED, BaselineChange.IMPROVED,
            BaselineChange.CHANGED, BaselineChange.NEW, BaselineChange.REMOVED);

    private static final Comparator<Double> NUMBERS_FIRST = Comparator.nullsLast(Comparator.naturalOrder());

    /**
     * The order of {@link BaselineComparison#tests()}: regressed, improved, changed, new, removed; the first three by
     * adjusted p-value then p-value ascending (absent ones last; values that agree to 10 significant digits are
     * tied, so that binary noise in equal p-values does not decide); ties by module (absent first), id and kind.
     */
    static final Comparator<TestChange> ORDER = Comparator
            .comparingInt((TestChange t) -> LISTED.indexOf(t.change()))
            .thenComparing(t -> sortKey(t.adjustedPValue()), NUMBERS_FIRST)
            .thenComparing(t -> sortKey(t.pValue()), NUMBERS_FIRST)
            .thenComparing(TestChange::module, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(TestChange::id)
            .thenComparing(t -> t.kind() == null ? TestKind.TEST : t.kind());

    private Comparison() {
    }

    /** A p-value to 10 significant digits: equal p-values computed along different paths sort as equal. */
    private static Double sortKey(Double p) {
        return p == null ? null : new BigDecimal(p).round(new MathContext(10, RoundingMode.HALF_EVEN)).doubleValue();
    }

    /** A test that ran both now and in the baseline. */
    private record Pair(TestResult now, Baseline.Entry then) {

        boolean countedOnBothSides() {
            return now.countedRuns() > 0 && then.countedRuns() > 0;
        }

        /** Rate now minus rate then, in percentage points. */
        double difference() {
            return 100.0 * now.counts().passedRuns() / now.countedRuns() - 100.0 * then.passedRuns() / then.countedRuns();
        }
    }

    /**
     * Compares {@code now} with {@code then}.
     *
     * @param confidence the confidence level, as {@code aitest.confidence}: significance at 1 - confidence, and the
     *     level of the t-intervals
     * @throws IllegalArgumentException when the confidence is outside [{@link Confidence#MIN},
     *     {@link Confidence#MAX}], or two tests of one side share module, kind and id
     */
    public static BaselineComparison compare(Results now, Baseline then, double confidence) {
        Confidence.check(confidence);
        Map<String, Baseline.Entry> before = new LinkedHashMap<>();
        for (Baseline.Entry entry : then.tests()) {
            if (before.put(entry.key(), entry) != null) {
                throw new IllegalArgumentException("the baseline lists " + entry.describe() + " twice");
            }
        }
        List<Pair> matched = new ArrayList<>();
        List<TestResult> added = new ArrayList<>();
        Map<String, TestResult> seen = new LinkedHashMap<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (TestResult test : now.tests()) {
            if (seen.put(test.key(), test) != null) {
                throw new IllegalArgumentException("the run lists " + test.id() + " twice");
            }
            Baseline.Entry earlier = before.get(test.key());
            if (earlier == null && test.identity().moduleId() != null) {
                // a baseline written before modules were known by groupId:artifactId names them by artifactId
                earlier = before.get(TestResult.key(test.identity().module(), test.identity().kind(), test.id()));
            }
            if (earlier != null) {
                used.add(earlier.key());
            }
            if (earlier == null) {
                added.add(test);
            } else {
                matched.add(new Pair(test, earlier));
            }
        }
        List<Pair> tested = matched.stream().filter(Pair::countedOnBothSides).toList();
        List<Shift> shifts = shifts(tested.stream().map(pair -> new int[] {pair.now().counts().passedRuns(),
                pair.now().countedRuns(), pair.then().passedRuns(), pair.then().countedRuns()}).toList(), confidence);

        Map<BaselineChange, Integer> counts = new EnumMap<>(BaselineChange.class);
        List<TestChange> listed = new ArrayList<>();
        int next = 0;
        for (Pair pair : matched) {
            Shift shift;
            if (pair.countedOnBothSides()) {
                shift = shifts.get(next++);
            } else {
                boolean neither = pair.now().countedRuns() == 0 && pair.then().countedRuns() == 0;
                shift = new Shift(neither ? BaselineChange.UNCHANGED : BaselineChange.CHANGED, null, null);
            }
            counts.merge(shift.change(), 1, Integer::sum);
            if (shift.change() != BaselineChange.UNCHANGED) {
                listed.add(entry(pair.now(), shift.change(), runs(pair.then()), runs(pair.now()), shift.pValue(),
                        shift.adjustedPValue()));
            }
        }
        for (TestResult test : added) {
            listed.add(entry(test, BaselineChange.NEW, null, runs(test), null, null));
        }
        int removed = 0;
        for (Baseline.Entry entry : before.values()) {
            if (!used.contains(entry.key())) {
                removed++;
                listed.add(new TestChange(entry.id(), entry.module(), shownKind(entry.kind()),
                        BaselineChange.REMOVED, BaselineRuns.of(entry.passedRuns(), entry.countedRuns()), null, null,
                        null));
            }
        }
        listed.sort(ORDER);

        BaselineOverall overall = paired(tested, confidence);
        List<BaselineAgent> agents = new ArrayList<>();
        for (AgentStats agent : now.agents()) {
            List<Pair> own = tested.stream().filter(pair -> Objects.equals(agent.agent(), pair.now().usage().agent()))
                    .toList();
            agents.add(BaselineAgent.of(agent.agent(), paired(own, confidence)));
        }
        BaselineCounts totals = new BaselineCounts(counts.getOrDefault(BaselineChange.REGRESSED, 0),
                counts.getOrDefault(BaselineChange.IMPROVED, 0), counts.getOrDefault(BaselineChange.CHANGED, 0),
                counts.getOrDefault(BaselineChange.UNCHANGED, 0), added.size(), removed);
        return new BaselineComparison(new BaselineSource(then.path(), then.startedAt(), then.iterations()), confidence,
                overall, totals, agents, listed);
    }

    /**
     * How a rate moved between two sets of runs, by the per-test rule above.
     *
     * @param change regressed, improved, changed or unchanged
     * @param pValue the p-value of the direction the rate moved in
     * @param adjustedPValue that p-value after Holm's correction over the family
     */
    public record Shift(BaselineChange change, Double pValue, Double adjustedPValue) {
    }

    /**
     * The per-test rule above over a family: each element is {passed now, counted now, passed then, counted then},
     * both counted sides above 0; one shift each, in the same order.
     *
     * @param confidence the confidence level: significance at 1 - confidence
     */
    public static List<Shift> shifts(List<int[]> family, double confidence) {
        Confidence.check(confidence);
        double alpha = BigDecimal.ONE.subtract(BigDecimal.valueOf(confidence)).doubleValue();
        double[] worse = new double[family.size()];
        double[] better = new double[family.size()];
        for (int i = 0; i < family.size(); i++) {
            int[] c = family.get(i);
            worse[i] = Fisher.worse(c[0], c[1] - c[0], c[2], c[3] - c[2]);
            better[i] = Fisher.better(c[0], c[1] - c[0], c[2], c[3] - c[2]);
        }
        double[] worseAdjusted = Holm.adjust(worse);
        double[] betterAdjusted = Holm.adjust(better);
        List<Shift> shifts = new ArrayList<>(family.size());
        for (int i = 0; i < family.size(); i++) {
            int[] c = family.get(i);
            int direction = Long.compare((long) c[0] * c[3], (long) c[2] * c[1]);
            BaselineChange change;
            if (significant(worseAdjusted[i], alpha)) {
                change = BaselineChange.REGRESSED;
            } else if (significant(betterAdjusted[i], alpha)) {
                change = BaselineChange.IMPROVED;
            } else {
                change = direction == 0 ? BaselineChange.UNCHANGED : BaselineChange.CHANGED;
            }
            boolean lower = change == BaselineChange.REGRESSED || change != BaselineChange.IMPROVED && direction < 0;
            shifts.add(new Shift(change, lower ? worse[i] : better[i], lower ? worseAdjusted[i] : betterAdjusted[i]));
        }
        return shifts;
    }

    /**
     * The warning to show when the baseline shares no test with the run, else null: then every test is new or
     * removed and nothing was compared, most likely because {@code aitest.baseline} names another project's file.
     */
    public static String noOverlapWarning(BaselineComparison comparison) {
        if (!comparison.sharesNoTest()) {
            return null;
        }
        BaselineCounts counts = comparison.counts();
        return "aitest: the baseline " + comparison.source().path() + " shares no test with this run (it has "
                + tests(counts.removed()) + ", this run " + tests(counts.newTests()) + "), so nothing was compared; "
                + "check that aitest.baseline names a baseline of this project"
                + " (tests are matched by id, module and kind)";
    }

    private static String tests(int count) {
        return count + (count == 1 ? " test" : " tests");
    }

    /** Below alpha, and not alpha itself but for binary noise. */
    private static boolean significant(double adjusted, double alpha) {
        return adjusted < alpha * (1 - NOISE);
    }

    private static TestChange entry(TestResult test, BaselineChange change, BaselineRuns before,
            BaselineRuns after, Double p, Double adjusted) {
        return new TestChange(test.id(), test.identity().module(), shownKind(test.identity().kind()), change, before, after, p, adjusted);
    }

    /** The kind as a comparison entry shows it: only an integration test says so. */
    private static TestKind shownKind(TestKind kind) {
        return kind == TestKind.TEST ? null : kind;
    }

    private static BaselineRuns runs(TestResult test) {
        return BaselineRuns.of(test.counts().passedRuns(), test.countedRuns());
    }

    private static BaselineRuns runs(Baseline.Entry entry) {
        return BaselineRuns.of(entry.passedRuns(), entry.countedRuns());
    }

    /** The paired difference of {@code pairs}, all counted on both sides. */
    private static BaselineOverall paired(List<Pair> pairs, double confidence) {
        double[] differences = pairs.stream().mapToDouble(Pair::difference).toArray();
        if (differences.length == 0) {
            return new BaselineOverall(null, null, null, 0, false, false);
        }
        if (differences.length == 1) {
            return new BaselineOverall(round(differences[0]), null, null, 1, false, false);
        }
        PairedDifference difference = PairedDifference.of(differences, confidence);
        double low = low(difference.low());
        double high = high(difference.high());
        return new BaselineOverall(round(difference.mean()), low, high, differences.length, high < 0, low > 0);
    }

    /** Percentage points, two decimals, half-up. */
    static double round(double points) {
        return Rates.hundredths(points);
    }

    /** A lower bound in percentage points, two decimals, rounded down (with slack for binary noise). */
    static double low(double points) {
        return Math.max(-100, Rates.lowerBound(points));
    }

    /** An upper bound in percentage points, two decimals, rounded up (with slack for binary noise). */
    static double high(double points) {
        return Math.min(100, Rates.upperBound(points));
    }
}
