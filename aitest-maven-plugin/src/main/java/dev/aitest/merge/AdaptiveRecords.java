package dev.aitest.merge;

import dev.aitest.model.AdaptiveSummary;
import dev.aitest.model.Money;
import dev.aitest.model.Settled;
import dev.aitest.model.SettledBy;
import dev.aitest.model.TestFilter;
import dev.aitest.model.TestIdentity;
import dev.aitest.model.TestKind;
import dev.aitest.model.TestResult;
import dev.aitest.store.IterationRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the iteration records of adaptive runs ({@code aitest.adaptive}) say, gathered by source (a module's kind of
 * tests): which tests each iteration ran, when each test and each overall rate settled. Read by every merge of
 * iteration folders, so that the run, aitest:report and a reactor's aggregate say the same.
 */
final class AdaptiveRecords {

    /** What one source's records say. */
    private static final class Source {
        String module;
        TestKind kind;
        int minIterations;
        int maxIterations;
        int lastIteration;
        final Map<Integer, TestFilter> filters = new HashMap<>();
        final Map<String, Settled> settled = new HashMap<>();
        Settled overall;
    }

    /** By source, in the order first seen. */
    private final Map<String, Source> sources = new LinkedHashMap<>();

    /** Takes the record of {@code iteration}, from {@code source}; nothing for an iteration of a fixed run. */
    void add(String source, IterationData iteration) {
        IterationRecord.Adaptive adaptive = iteration.record().adaptive();
        if (adaptive == null) {
            return;
        }
        Source own = sources.computeIfAbsent(source, s -> new Source());
        own.module = iteration.moduleKey();
        own.kind = iteration.kind();
        own.minIterations = adaptive.minIterations();
        own.maxIterations = Math.max(own.maxIterations, adaptive.maxIterations());
        own.lastIteration = Math.max(own.lastIteration, iteration.iteration());
        if (adaptive.tests() != null) {
            own.filters.put(iteration.iteration(), new TestFilter(adaptive.tests()));
        }
        adaptive.settled().forEach((id, by) -> own.settled.merge(id, new Settled(iteration.iteration(), by),
                (was, is) -> was.settledAt() <= is.settledAt() ? was : is));
        if (adaptive.overall() != null && (own.overall == null || iteration.iteration() < own.overall.settledAt())) {
            own.overall = new Settled(iteration.iteration(), adaptive.overall());
        }
    }

    /** Whether iteration {@code iteration} of {@code source} was to run the test: false when its filter left it out. */
    boolean ran(String source, int iteration, String className, String name) {
        Source own = sources.get(source);
        TestFilter filter = own == null ? null : own.filters.get(iteration);
        return filter == null || filter.covers(className, name);
    }

    /** When and how the test {@code id} of {@code source} stopped; {@link Settled#NONE} when it did not. */
    Settled settled(String source, String id) {
        Source own = sources.get(source);
        return own == null ? Settled.NONE : own.settled.getOrDefault(id, Settled.NONE);
    }

    /**
     * The {@code adaptive} section over {@code tests} (each with its source by {@code sourceOf}); null when no
     * iteration was of an adaptive run.
     */
    AdaptiveSummary summary(List<TestResult> tests, java.util.function.Function<TestIdentity, String> sourceOf) {
        if (sources.isEmpty()) {
            return null;
        }
        long runs = 0;
        long fixedRuns = 0;
        Double costSaved = null;
        int determined = 0;
        int conclusive = 0;
        List<String> unsettled = new ArrayList<>();
        int minIterations = Integer.MAX_VALUE;
        int maxIterations = 0;
        for (TestResult test : tests) {
            Source own = sources.get(sourceOf.apply(test.identity()));
            if (own == null) {
                continue;
            }
            minIterations = Math.min(minIterations, own.minIterations);
            maxIterations = Math.max(maxIterations, own.maxIterations);
            int made = test.iterations().size();
            runs += made;
            fixedRuns += Math.max(made, own.maxIterations);
            Settled settled = test.settled();
            if (!settled.stopped()) {
                unsettled.add(test.id());
                continue;
            }
            if (settled.settledBy() == SettledBy.DETERMINED) {
                determined++;
            } else {
                conclusive++;
            }
            Double cost = test.usage().costUsd();
            if (cost != null && made > 0 && made < own.maxIterations) {
                costSaved = Money.add(costSaved, cost / made * (own.maxIterations - made));
            }
        }
        List<AdaptiveSummary.Overall> overall = new ArrayList<>();
        for (Source own : new TreeMap<>(sources).values()) {
            overall.add(new AdaptiveSummary.Overall(own.module, own.kind,
                    own.overall == null ? null : own.overall.settledAt(),
                    own.overall == null ? null : own.overall.settledBy(),
                    own.overall == null ? own.lastIteration : own.overall.settledAt()));
        }
        double saved = fixedRuns == 0 ? 0 : Math.floor((fixedRuns - runs) * 10_000.0 / fixedRuns) / 100;
        return new AdaptiveSummary(minIterations == Integer.MAX_VALUE ? 0 : minIterations, maxIterations, runs,
                fixedRuns, saved, Money.round(costSaved), determined, conclusive, unsettled, overall);
    }
}
