package dev.aitest.run;

import dev.aitest.merge.Aggregator;
import dev.aitest.merge.IterationData;
import dev.aitest.merge.IterationFolders;
import dev.aitest.model.TestKind;
import dev.aitest.model.Results;
import dev.aitest.port.Console;
import dev.aitest.port.ResultsSummarizer;
import dev.aitest.publish.Publisher;
import dev.aitest.store.ClassificationRecord;
import dev.aitest.store.IterationRecord;
import dev.aitest.store.ReportsLayout;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The {@code aitest:test} run. It takes the reports directory's lock, moves everything an earlier run left there
 * aside, and writes a results.json that says a run is under way (incomplete); it then runs the iterations (one
 * after another or several at a time, see {@link IterationScheduler}), each of which leaves a record when it ends,
 * merges them in index order, and publishes the results ({@link Publisher}). results.json is written whatever
 * happens: failing tests, a crashed fork, an exception, or the build being stopped (Ctrl-C, a CI job cancelled),
 * when it holds the iterations that finished and says it is incomplete.
 */
public final class AitestRun {

    /** How long a stopping build waits for the results being written at that moment. */
    private static final long STOP_WAIT_SECONDS = 10;

    private final RunSettings settings;
    private final IterationRunner runner;
    private final Console console;
    private final ResultsSummarizer summarizer;
    /** The run under way, for {@link #stop()}. */
    private volatile Progress current;
    private volatile ReportsLayout currentLayout;
    /** The final results as results.json holds them, once published without an AI summary; else null. */
    private WrittenResults written;

    public AitestRun(RunSettings settings, IterationRunner runner, Console console) {
        this(settings, runner, console, null);
    }

    /** A run whose results go through {@code summarizer} (the AI summary; null for none) before the reports. */
    public AitestRun(RunSettings settings, IterationRunner runner, Console console, ResultsSummarizer summarizer) {
        this.settings = settings;
        this.runner = runner;
        this.console = console;
        this.summarizer = summarizer;
    }

    /** What the iterations handed over so far, and how the run ends; guarded by {@link #lock}. */
    private final class Progress {
        final ReentrantLock lock = new ReentrantLock();
        /** Iterations of another kind that ran earlier in this build, read from their folders. */
        final List<IterationData> earlier = new ArrayList<>();
        final List<IterationData> finished = new ArrayList<>();
        final Instant startedAt = settings.continues() == null ? Instant.now() : settings.continues();
        String refusal;
        String lastCrash;
        /** Set when the build was stopped: nothing more is taken or published. */
        boolean stopped;
        /** Set once the final results.json is written. */
        boolean published;
        /** The budget, which may have started no further iteration. */
        BudgetPermit budget;
        /** The decisions of an adaptive run; null for a fixed one. */
        AdaptiveRun adaptive;
        /** What the classifications of flaky tests found: the earlier kind's, then this run's. */
        final List<ClassificationRecord> classifications = new ArrayList<>();

        Results results(boolean complete) {
            Aggregator aggregator = new Aggregator(settings.pricing())
                    .excludingProviderErrors(settings.excludeProviderErrors());
            earlier.forEach(aggregator::add);
            finished.forEach(aggregator::add);
            classifications.forEach(record -> aggregator.add(record, null));
            return aggregator.merge().results(settings.iterations(), settings.minPassRate(), startedAt.toString(),
                    Math.max(0, Instant.now().toEpochMilli() - startedAt.toEpochMilli()), settings.environment(),
                    settings.project()).toBuilder()
                    .aitestVersion(settings.pluginVersion()).complete(complete)
                    .criteria(settings.criteria().minTestPassRate(), settings.criteria().confidence(),
                            settings.criteria().gate()).excludingProviderErrors(settings.excludeProviderErrors())
                    .shard(settings.shard())
                    .stoppedEarly(budget == null ? null : budget.stoppedEarly()).build();
        }
    }

    /** Runs every iteration and publishes the results. */
    public RunCompletion execute() throws IOException {
        written = null;
        ReportsLayout layout = new ReportsLayout(settings.reportsDirectory());
        Publisher publisher = new Publisher(layout, settings.reports(), settings.pluginVersion(), console, summarizer,
                settings.redactor()).withBaseline(settings.baseline()).withHistory(settings.history());
        Progress progress = new Progress();
        current = progress;
        currentLayout = layout;
        try (ReportsLayout.Lock held = layout.lock()) {
            CompletableFuture<Void> oldRemoved;
            if (settings.continues() == null) {
                oldRemoved = layout.clearForNewRun();
            } else {
                // the tests of another kind ran earlier in this build: their results go on with these
                oldRemoved = CompletableFuture.completedFuture(null);
                EnumSet<TestKind> others = EnumSet.complementOf(EnumSet.of(settings.kind()));
                progress.earlier.addAll(new IterationFolders(layout).readFinished(others));
                progress.classifications.addAll(new IterationFolders(layout).readClassifications(others,
                        console::warn));
            }
            WarmUp.start();
            publisher.writeResults(progress.results(false));
            Thread stopHook = new Thread(this::stop, "aitest-stop");
            Runtime.getRuntime().addShutdownHook(stopHook);
            try {
                return run(layout, publisher, progress, oldRemoved);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopHook);
                } catch (IllegalStateException e) {
                    // the build is being stopped: the hook runs
                }
            }
        }
    }

    private RunCompletion run(ReportsLayout layout, Publisher publisher, Progress progress,
            CompletableFuture<Void> oldRemoved) throws IOException {
        // an adaptive run decides after each iteration in index order: none runs far ahead of the decisions
        IterationScheduler scheduler = new IterationScheduler(settings.firstIteration(), settings.lastIteration(),
                settings.parallelIterations(), settings.adaptive());
        IterationTask task = new IterationTask(layout, settings.kind(), settings.iterations(), runner, console,
                new IterationEstimate(settings.lastIteration() - settings.firstIteration() + 1,
                        settings.parallelIterations(), settings.pricing()),
                settings.redactor()).ordered(settings.orderSeed(), settings.listedOrder());
        BudgetPermit budget = new BudgetPermit(settings.budget(), settings.lastIteration() - settings.firstIteration() + 1,
                settings.pricing(), console,
                System::currentTimeMillis);
        progress.budget = budget;
        AdaptiveRun adaptive = settings.adaptive() ? new AdaptiveRun(settings) : null;
        progress.adaptive = adaptive;
        IterationScheduler.Task iteration = adaptive == null ? task::run : index -> {
            AdaptiveRun.Planned planned = adaptive.planned(index);
            return task.run(index, planned.tests(), planned.record(), planned.scope());
        };
        try {
            scheduler.run(iteration, finished -> take(finished, progress, scheduler.parallel(), layout),
                    adaptive == null ? budget : adaptive.within(budget));
        } catch (IOException | RuntimeException e) {
            layout.awaitRemoval(oldRemoved, console::warn);
            progress.lock.lock();
            try {
                if (!progress.stopped) {
                    // the results of the iterations that ended are kept; this run is not complete
                    publisher.writeResults(progress.results(false));
                    progress.published = true;
                }
            } catch (IOException written) {
                e.addSuppressed(written);
            } finally {
                progress.lock.unlock();
            }
            throw e;
        }
        layout.awaitRemoval(oldRemoved, console::warn);
        classify(layout, progress);
        Results results;
        Publisher.Published published;
        progress.lock.lock();
        try {
            results = progress.results(true);
            if (progress.stopped) {
                return new RunCompletion(results, layout.resultsJson(), null, null);
            }
            // from here on the final results are being written; a stop waits for them, then has nothing to do
            progress.published = true;
            published = publisher.publish(results);
            results = published.results();
            if (summarizer == null) {
                // as written: only a summary (which may fail to be written) changes results.json after the reports
                written = WrittenResults.of(layout.resultsJson(), results);
            }
        } finally {
            progress.lock.unlock();
        }
        if (!results.unpricedModels().isEmpty()) {
            console.warn("aitest: no price for " + String.join(", ", results.unpricedModels()) + " (prices taken "
                    + settings.pricing().takenAt() + "); their cost is left out, not guessed. Add them to a file "
                    + "given as aitest.pricingFile");
        }
        return new RunCompletion(results, layout.resultsJson(), problem(progress), published.facts());
    }

    /** Classifies the flaky tests of a shuffled run ({@code aitest.classify}) by runs of their own. */
    private void classify(ReportsLayout layout, Progress progress) throws IOException {
        if (settings.classifyRuns() == 0 || settings.orderSeed() == null) {
            return;
        }
        Results merged;
        List<IterationData> finished;
        progress.lock.lock();
        try {
            if (progress.stopped) {
                return;
            }
            merged = progress.results(false);
            finished = List.copyOf(progress.finished);
        } finally {
            progress.lock.unlock();
        }
        ClassificationRecord record = FlakyClassification.run(settings, runner, layout, console, merged, finished);
        if (record != null) {
            progress.lock.lock();
            try {
                progress.classifications.add(record);
            } finally {
                progress.lock.unlock();
            }
        }
    }

    /**
     * The final results of the last {@link #execute}, kept with the results.json they were written to, for a later
     * goal of the build to take instead of reading the file; null when there are none (a stopped run, an AI summary,
     * a run that ended with an exception).
     */
    public WrittenResults written() {
        return written;
    }

    /**
     * Adds an iteration that ended; a first iteration without any test stops the run, and so does a stop. In an
     * adaptive run, what settled after it is decided and written into its record.
     */
    private boolean take(IterationTask.Finished finished, Progress progress, boolean parallel, ReportsLayout layout)
            throws IOException {
        progress.lock.lock();
        try {
            if (finished == null || progress.stopped) {
                return false;
            }
            IterationData data = finished.data();
            progress.finished.add(data);
            progress.lastCrash = data.crash() == null ? progress.lastCrash : data.crash();
            boolean noTest = data.reports().cases().isEmpty() && (data.crash() == null || finished.refused());
            if (data.iteration() == settings.firstIteration() && noTest) {
                progress.refusal = finished.refused() ? data.crash() : null;
                if (settings.lastIteration() > settings.firstIteration()) {
                    console.warn("aitest: no test ran in iteration " + data.iteration() + ", so the other iterations were not "
                            + (parallel ? "used" : "run"));
                }
                return false;
            }
            if (progress.adaptive != null) {
                IterationRecord decided = progress.adaptive.after(data.record(), progress.results(false));
                decided.write(layout.iterationRecord(settings.kind(), data.iteration()));
                progress.finished.set(progress.finished.size() - 1, data.withRecord(decided));
            }
            return true;
        } finally {
            progress.lock.unlock();
        }
    }

    /**
     * The build is being stopped (the JVM shuts down; called by a shutdown hook): writes results.json and the
     * reports of the iterations that finished, marked incomplete, unless the final results are written already. No
     * further iteration is taken.
     */
    void stop() {
        Progress progress = current;
        ReportsLayout layout = currentLayout;
        if (progress == null) {
            return;
        }
        try {
            if (!progress.lock.tryLock(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            return;
        }
        try {
            if (progress.published) {
                return;
            }
            progress.stopped = true;
            Results results = progress.results(false);
            new Publisher(layout, settings.reports(), settings.pluginVersion(), console, null, settings.redactor())
                    .withBaseline(settings.baseline()).publish(results);
            console.warn("aitest: the build was stopped; results.json and the reports hold the "
                    + results.progress().finishedIterations().size() + " of " + (settings.lastIteration() - settings.firstIteration() + 1)
                    + " iterations that finished"
                    + Recovery.finishedList(results) + " and are marked incomplete");
        } catch (IOException | RuntimeException e) {
            console.warn("aitest: the build was stopped and the results could not be written (" + e.getMessage()
                    + "); aitest:report rebuilds them from the iteration folders under " + layout.directory());
        } finally {
            progress.lock.unlock();
        }
    }

    private RunCompletion.Problem problem(Progress progress) {
        if (progress.finished.stream().anyMatch(data -> !data.reports().cases().isEmpty())) {
            return null;
        }
        if (progress.refusal != null) {
            return new RunCompletion.Problem("aitest: no test ran: " + progress.refusal, true);
        }
        if (progress.lastCrash != null) {
            return new RunCompletion.Problem("aitest: no test reported a result; the test JVM ended abnormally: "
                    + progress.lastCrash, false);
        }
        console.warn(settings.kind() == TestKind.TEST
                ? "aitest: no tests to run (Surefire found none and its failIfNoTests is false)"
                : "aitest: no integration tests to run (Failsafe found none)");
        return null;
    }
}
