package dev.aitest.run;

import dev.aitest.merge.Aggregator;
import dev.aitest.merge.IterationData;
import dev.aitest.merge.IterationReports;
import dev.aitest.merge.RunTally;
import dev.aitest.merge.SidecarReader;
import dev.aitest.merge.SurefireXmlReader;
import dev.aitest.model.DamagedFile;
import dev.aitest.model.Results;
import dev.aitest.model.TestCase;
import dev.aitest.report.Reports;
import dev.aitest.report.ResultsJson;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs the iterations one after another, reads each iteration's reports as soon as it ends, and writes
 * {@code results.json}, which is written whatever happens: failing tests, a crashed fork, an exception.
 */
public final class AitestRun {

    private final RunSettings settings;
    private final IterationRunner runner;
    private final Console console;
    private final SurefireXmlReader reader = new SurefireXmlReader();
    private final SidecarReader sidecarReader = new SidecarReader();
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

    /** Folders of an earlier run, moved out of the way and being deleted. */
    private static final String REMOVED = ".removed-";

    /** The folder of one iteration under the reports directory. */
    private static Path iterationDirectory(Path reportsDirectory, int iteration) {
        return reportsDirectory.resolve("iteration-" + iteration);
    }

    /** Runs every iteration and writes {@code results.json}. */
    public RunOutcome execute() throws IOException {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        Path directory = settings.reportsDirectory();
        CompletableFuture<Void> oldRemoved = removeOldIterations(directory);
        WarmUp.start();
        Aggregator aggregator = new Aggregator(settings.pricing());
        String refusal = null;
        String lastCrash = null;
        Results results;
        Exception failure = null;
        int parallel = Math.min(settings.parallelIterations(), settings.iterations());
        ExecutorService pool = parallel > 1 ? Executors.newFixedThreadPool(parallel, AitestRun::iterationThread) : null;
        try {
            List<Future<Finished>> started = new ArrayList<>();
            for (int i = 1; pool != null && i <= settings.iterations(); i++) {
                int index = i;
                started.add(pool.submit(() -> runOne(index)));
            }
            for (int i = 1; i <= settings.iterations(); i++) {
                // in parallel, iterations are merged in index order, so results are those of a sequential run
                Finished finished = pool == null ? runOne(i) : await(started.get(i - 1));
                IterationData data = finished.data();
                aggregator.add(data);
                lastCrash = data.crash() == null ? lastCrash : data.crash();
                if (i == 1 && data.reports().cases().isEmpty() && (data.crash() == null || finished.refused())) {
                    refusal = finished.refused() ? data.crash() : null;
                    if (settings.iterations() > 1) {
                        console.warn("aitest: no test ran in iteration 1, so the other iterations were not "
                                + (pool == null ? "run" : "used"));
                    }
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            finish(pool);
            awaitRemoval(oldRemoved);
            results = aggregator.merge().results(settings.iterations(), settings.minPassRate(), startedAt.toString(),
                    (System.nanoTime() - start) / 1_000_000, settings.environment(), settings.project());
            // with no AI summary to wait for, the human reports are written while results.json is
            Results complete = results;
            CompletableFuture<Void> reports = summarizer == null && failure == null
                    ? CompletableFuture.runAsync(() -> writeReports(complete)) : null;
            try {
                ResultsJson.write(results, directory.resolve(ResultsJson.FILE_NAME));
            } catch (IOException e) {
                if (failure == null) {
                    throw e;
                }
                failure.addSuppressed(e);
            } finally {
                if (reports != null) {
                    reports.join();
                }
            }
        }
        if (summarizer != null) {
            results = summarize(results);
            writeReports(results);
        }
        if (!results.unpricedModels().isEmpty()) {
            console.warn("aitest: no price for " + String.join(", ", results.unpricedModels()) + " (prices taken "
                    + settings.pricing().takenAt() + "); their cost is left out, not guessed. Add them to a file "
                    + "given as aitest.pricingFile");
        }
        return new RunOutcome(results, directory.resolve(ResultsJson.FILE_NAME), problem(results, refusal, lastCrash));
    }

    private static Thread iterationThread(Runnable task) {
        Thread thread = new Thread(task, "aitest-iteration");
        thread.setDaemon(true);
        return thread;
    }

    private static Finished await(Future<Finished> iteration) throws IOException {
        try {
            return iteration.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for an iteration");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Lets iterations still running end (their results are not used) before the results are merged. */
    private static void finish(ExecutorService pool) {
        if (pool == null) {
            return;
        }
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // a Surefire run ends by itself or by its own fork timeout
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** The human reports; a failure to write them costs nothing of results.json, which is already written. */
    private void writeReports(Results results) {
        try {
            Reports.write(results, settings.reportsDirectory(), settings.reports(), settings.pluginVersion());
        } catch (IOException | RuntimeException e) {
            console.warn("aitest: the reports could not be written (" + e + "); results.json is complete");
        }
    }

    /** An iteration that ended, and whether its runner refused to run the tests. */
    private record Finished(IterationData data, boolean refused) {
    }

    private Finished runOne(int index) throws IOException {
        int total = settings.iterations();
        Path folder = iterationDirectory(settings.reportsDirectory(), index);
        Iteration iteration = new Iteration(index, total, folder, folder.resolve("tmp"), folder.resolve("sidecars"));
        Files.createDirectories(iteration.tempDirectory());
        console.info(String.format(Locale.ROOT, "aitest: iteration %d/%d starting", index, total));
        long start = System.nanoTime();
        String crash = null;
        boolean refused = false;
        try {
            runner.run(iteration);
        } catch (IterationException e) {
            crash = CrashMessages.summarize(Arrays.asList(e.getMessage()));
            refused = e.refused();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        deleteIfEmpty(iteration.tempDirectory());
        IterationReports reports = reader.readDirectory(folder, index);
        SidecarReader.Sidecars sidecars = sidecarReader.read(iteration.sidecarDirectory(), index);
        for (DamagedFile damaged : concat(reports.damaged(), sidecars.damaged())) {
            console.warn("aitest: " + damaged.file() + " is damaged (" + damaged.error()
                    + "); everything readable in it is kept");
        }
        RunTally tally = new RunTally();
        for (TestCase testCase : reports.cases()) {
            tally.add(testCase.run().outcome());
        }
        console.info(String.format(Locale.ROOT, "aitest: iteration %d/%d: %d tests, %d passed, %d failed, %d skipped in %.1f s",
                index, total, tally.total(), tally.passed(), tally.failed(), tally.skipped(), millis / 1000.0));
        if (crash != null && !refused) {
            console.warn(String.format(Locale.ROOT, "aitest: iteration %d/%d ended abnormally: %s; tests it did not "
                    + "report are recorded as errors and the next iterations still run", index, total, crash));
        }
        return new Finished(new IterationData(index, millis, crash, reports, sidecars), refused);
    }

    private static List<DamagedFile> concat(List<DamagedFile> a, List<DamagedFile> b) {
        List<DamagedFile> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private RunOutcome.Problem problem(Results results, String refusal, String lastCrash) {
        if (results.summary().tests() > 0) {
            return null;
        }
        if (refusal != null) {
            return new RunOutcome.Problem("aitest: no test ran: " + refusal, true);
        }
        if (lastCrash != null) {
            return new RunOutcome.Problem("aitest: no test reported a result; the test JVM ended abnormally: "
                    + lastCrash, false);
        }
        console.warn("aitest: no tests to run (Surefire found none and its failIfNoTests is false)");
        return null;
    }

    /**
     * Moves the iteration folders of an earlier run out of the way, a rename each, and deletes them on a spare thread
     * while the tests run (with what an interrupted run left to delete).
     */
    private static CompletableFuture<Void> removeOldIterations(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return CompletableFuture.completedFuture(null);
        }
        Path removed = directory.resolve(REMOVED + System.nanoTime());
        try (DirectoryStream<Path> old = Files.newDirectoryStream(directory, "iteration-[0-9]*")) {
            for (Path folder : old) {
                Files.createDirectories(removed);
                Files.move(folder, removed.resolve(folder.getFileName()));
            }
        }
        List<Path> garbage = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, REMOVED + "*")) {
            stream.forEach(garbage::add);
        }
        return garbage.isEmpty() ? CompletableFuture.completedFuture(null) : CompletableFuture.runAsync(() -> {
            for (Path folder : garbage) {
                try {
                    deleteTree(folder);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    private void awaitRemoval(CompletableFuture<Void> removal) {
        try {
            removal.join();
        } catch (CompletionException e) {
            console.warn("aitest: the folders of an earlier run could not all be deleted (" + e.getCause().getMessage()
                    + "); the next run tries again, or delete " + REMOVED + "* folders under "
                    + settings.reportsDirectory() + " by hand");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void deleteIfEmpty(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(directory);
            }
        } catch (IOException e) {
            // a temp folder the tests still hold open is left in place
        }
    }

    /**
     * The results with the AI summary, rewritten to results.json. results.json was written before, so nothing is lost
     * if the summary never comes; a summarizer that fails says so and adds the failure instead.
     */
    private Results summarize(Results results) {
        Results summarized;
        try {
            summarized = summarizer.summarize(results, console);
        } catch (RuntimeException e) {
            console.warn("aitest: no AI summary: unexpected error (" + e.getClass().getSimpleName() + "); the reports "
                    + "are written without it");
            return results;
        }
        if (summarized != results) {
            try {
                ResultsJson.write(summarized, settings.reportsDirectory().resolve(ResultsJson.FILE_NAME));
            } catch (IOException e) {
                console.warn("aitest: results.json could not be rewritten with the AI summary (" + e.getMessage()
                        + "); it holds the results without it");
            }
        }
        return summarized;
    }
}
