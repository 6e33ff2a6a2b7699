package dev.aitest.run;

import dev.aitest.adaptive.AdaptivePlan;
import dev.aitest.adaptive.StoppingRule;
import dev.aitest.gate.GateMode;
import dev.aitest.model.Results;
import dev.aitest.model.Run;
import dev.aitest.model.SettledBy;
import dev.aitest.model.TestFilter;
import dev.aitest.model.TestResult;
import dev.aitest.stats.Confidence;
import dev.aitest.store.IterationRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decisions of an adaptive run ({@code aitest.adaptive}): after each iteration, taken in index order, which tests
 * settled ({@link AdaptivePlan}), so which the next iterations run, and whether the run is over. Thread-safe: the
 * iterations of {@code aitest.parallelIterations} ask for their filter as they start.
 */
final class AdaptiveRun {

    private final RunSettings settings;
    private final AdaptivePlan plan;
    /** Every test of the run's kind seen so far, by id, for the filter of those still unsettled. */
    private final Map<String, TestFilter.Test> tests = new LinkedHashMap<>();
    private TestFilter filter;
    private boolean over;
    /** The iterations started and not yet running, with what they run. */
    private final Map<Integer, Planned> planned = new java.util.HashMap<>();

    AdaptiveRun(RunSettings settings) {
        this.settings = settings;
        GateMode gate = GateMode.of(settings.criteria().gate());
        double confidence = settings.criteria().confidence();
        StoppingRule rule = new StoppingRule(settings.minIterations(), settings.iterations(), gate, confidence,
                Confidence.z(confidence));
        this.plan = new AdaptivePlan(rule, gate, settings.minPassRate(), confidence, settings.minIterations(),
                settings.iterations());
    }

    /**
     * Whether iteration {@code index} may start: not once every test and the overall rate settled. When it may, the
     * filter and start line it runs with are fixed now, as the scheduler starts it, not when its thread gets to run:
     * a later decision must not reach an iteration already started (nor turn its filter into none, which would run
     * every test).
     */
    synchronized boolean mayStart(int index) {
        if (over) {
            return false;
        }
        planned.put(index, new Planned(filter, filter == null ? null : (tests.size() - plan.settled().size()) + " of "
                + tests.size() + " tests, the others settled", new IterationRecord.Adaptive(settings.minIterations(),
                        settings.iterations(), filter == null ? null : filter.value(), Map.of(), null)));
        return true;
    }

    /**
     * The permit of the run: {@code budget}'s, and none once every test and the overall rate settled (the run is
     * then complete, not stopped early).
     */
    IterationScheduler.StartPermit within(IterationScheduler.StartPermit budget) {
        return new IterationScheduler.StartPermit() {
            @Override
            public boolean mayStart(int index) {
                return !over() && budget.mayStart(index) && AdaptiveRun.this.mayStart(index);
            }

            @Override
            public void ended(IterationTask.Finished finished) {
                budget.ended(finished);
            }
        };
    }

    /** True once every test and the overall rate settled. */
    synchronized boolean over() {
        return over;
    }

    /** What iteration {@code index} runs: its filter (null: every test) and its start line's note (null: none). */
    synchronized Planned planned(int index) {
        return planned.remove(index);
    }

    /**
     * What an iteration runs, fixed as it starts: the filter (null: every test), how many tests that is for its start
     * line (null: every test), and the record it starts with.
     */
    record Planned(TestFilter tests, String scope, IterationRecord.Adaptive record) {
    }

    /**
     * Takes iteration {@code iteration}, given the results merged so far (the iterations up to it): settles what it
     * can and returns the record of the iteration with what was decided after it.
     */
    synchronized IterationRecord after(IterationRecord record, Results merged) {
        int iteration = record.iteration();
        List<AdaptivePlan.Tally> tallies = new ArrayList<>();
        int passedNow = 0;
        int countedNow = 0;
        for (TestResult test : merged.tests()) {
            if (test.identity().kind() != settings.kind()) {
                continue;
            }
            tests.putIfAbsent(test.id(), new TestFilter.Test(test.identity().className(), test.identity().name()));
            Double threshold = test.statistics().minPassRate() != null ? test.statistics().minPassRate()
                    : settings.criteria().minTestPassRate();
            tallies.add(new AdaptivePlan.Tally(test.id(), test.counts().passedRuns(), test.counts().failedRuns(),
                    threshold));
            for (Run run : test.iterations()) {
                if (run.iteration() == iteration && run.counted()) {
                    countedNow++;
                    passedNow += run.outcome().isFailure() ? 0 : 1;
                }
            }
        }
        boolean overallBefore = plan.overallAt() != null;
        Map<String, AdaptivePlan.Settled> before = new LinkedHashMap<>(plan.settled());
        plan.after(iteration, tallies, passedNow, countedNow);
        Map<String, SettledBy> now = new LinkedHashMap<>();
        plan.settled().forEach((id, settled) -> {
            if (!before.containsKey(id)) {
                now.put(id, settled.by());
            }
        });
        SettledBy overall = !overallBefore && plan.overallAt() != null ? plan.overallAt().by() : null;
        List<TestFilter.Test> unsettled = new ArrayList<>();
        tests.forEach((id, test) -> {
            if (plan.runs(id)) {
                unsettled.add(test);
            }
        });
        over = plan.overallAt() != null && unsettled.isEmpty();
        filter = plan.settled().isEmpty() ? null : TestFilter.of(unsettled);
        IterationRecord.Adaptive ran = record.adaptive();
        return record.withAdaptive(new IterationRecord.Adaptive(settings.minIterations(), settings.iterations(),
                ran == null ? null : ran.tests(), now, overall));
    }

}
