package dev.aitest.run;

import dev.aitest.merge.Aggregator;
import dev.aitest.merge.IterationData;
import dev.aitest.model.Results;
import dev.aitest.port.Console;
import dev.aitest.port.ResultsSummarizer;
import dev.aitest.publish.Publisher;
import dev.aitest.store.ReportsLayout;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The {@code aitest:test} run: clears the folders of an earlier run, runs the iterations (one after another or
 * several at a time, see {@link IterationScheduler}), merges them in index order, and publishes the results
 * ({@link Publisher}). results.json is written whatever happens: failing tests, a crashed fork, an exception.
 */
public final class AitestRun {

    private final RunSettings settings;
    private final IterationRunner runner;
    private final Console console;
    private final ResultsSummarizer summarizer;

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

    /** What the iterations handed over so far, and why the run stopped early, if it did. */
    private static final class Progress {
        final Aggregator aggregator;
        String refusal;
        String lastCrash;

        Progress(Aggregator aggregator) {
            this.aggregator = aggregator;
        }
    }

    /** Runs every iteration and publishes the results. */
    public RunCompletion execute() throws IOException {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        ReportsLayout layout = new ReportsLayout(settings.reportsDirectory());
        Publisher publisher = new Publisher(layout, settings.reports(), settings.pluginVersion(), console, summarizer);
        CompletableFuture<Void> oldRemoved = layout.removeOldIterations();
        WarmUp.start();
        IterationScheduler scheduler = new IterationScheduler(settings.iterations(), settings.parallelIterations());
        IterationTask task = new IterationTask(layout, settings.iterations(), runner, console);
        Progress progress = new Progress(new Aggregator(settings.pricing()));
        try {
            scheduler.run(task::run, finished -> take(finished, progress, scheduler.parallel()));
        } catch (IOException | RuntimeException e) {
            awaitRemoval(oldRemoved, layout);
            try {
                publisher.writeResults(results(progress, startedAt, start));
            } catch (IOException written) {
                e.addSuppressed(written);
            }
            throw e;
        }
        awaitRemoval(oldRemoved, layout);
        Results results = publisher.publish(results(progress, startedAt, start)).results();
        if (!results.unpricedModels().isEmpty()) {
            console.warn("aitest: no price for " + String.join(", ", results.unpricedModels()) + " (prices taken "
                    + settings.pricing().takenAt() + "); their cost is left out, not guessed. Add them to a file "
                    + "given as aitest.pricingFile");
        }
        return new RunCompletion(results, layout.resultsJson(), problem(results, progress));
    }

    /** Adds an iteration; a first iteration without any test stops the run. */
    private boolean take(IterationTask.Finished finished, Progress progress, boolean parallel) {
        IterationData data = finished.data();
        progress.aggregator.add(data);
        progress.lastCrash = data.crash() == null ? progress.lastCrash : data.crash();
        boolean noTest = data.reports().cases().isEmpty() && (data.crash() == null || finished.refused());
        if (data.iteration() == 1 && noTest) {
            progress.refusal = finished.refused() ? data.crash() : null;
            if (settings.iterations() > 1) {
                console.warn("aitest: no test ran in iteration 1, so the other iterations were not "
                        + (parallel ? "used" : "run"));
            }
            return false;
        }
        return true;
    }

    private Results results(Progress progress, Instant startedAt, long start) {
        return progress.aggregator.merge().results(settings.iterations(), settings.minPassRate(), startedAt.toString(),
                (System.nanoTime() - start) / 1_000_000, settings.environment(), settings.project());
    }

    private RunCompletion.Problem problem(Results results, Progress progress) {
        if (results.summary().tests() > 0) {
            return null;
        }
        if (progress.refusal != null) {
            return new RunCompletion.Problem("aitest: no test ran: " + progress.refusal, true);
        }
        if (progress.lastCrash != null) {
            return new RunCompletion.Problem("aitest: no test reported a result; the test JVM ended abnormally: "
                    + progress.lastCrash, false);
        }
        console.warn("aitest: no tests to run (Surefire found none and its failIfNoTests is false)");
        return null;
    }

    private void awaitRemoval(CompletableFuture<Void> removal, ReportsLayout layout) {
        try {
            removal.join();
        } catch (CompletionException e) {
            console.warn("aitest: the folders of an earlier run could not all be deleted (" + e.getCause().getMessage()
                    + "); " + layout.removalAdvice());
        }
    }
}
