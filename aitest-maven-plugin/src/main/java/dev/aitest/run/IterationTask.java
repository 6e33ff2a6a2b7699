package dev.aitest.run;

import dev.aitest.merge.IterationData;
import dev.aitest.merge.IterationFolders;
import dev.aitest.merge.IterationReports;
import dev.aitest.merge.RunTally;
import dev.aitest.merge.SidecarReader;
import dev.aitest.model.DamagedFile;
import dev.aitest.model.TestCase;
import dev.aitest.model.TestFilter;
import dev.aitest.order.Seeds;
import dev.aitest.model.TestKind;
import dev.aitest.port.Console;
import dev.aitest.secret.Redactor;
import dev.aitest.store.IterationRecord;
import dev.aitest.store.ReportsLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Runs one iteration through the {@link IterationRunner} in its own folders, writes the record that says it ended,
 * then reads what it left ({@link IterationFolders}). It says on the console when it starts and what it found.
 */
final class IterationTask {

    /**
     * An iteration that ended.
     *
     * @param data what it produced, its record included
     */
    record Finished(IterationData data) {

        /** True when its runner refused to run the tests (no test matched, bad configuration). */
        boolean refused() {
            return data.record().refused();
        }
    }

    private final ReportsLayout layout;
    private final TestKind kind;
    private final int total;
    private final IterationRunner runner;
    private final Console console;
    private final IterationFolders folders;
    private final IterationEstimate estimate;
    private final Redactor redactor;
    /** The run's order seed ({@code aitest.seed}); null for the project's own order. */
    private Long orderSeed;
    /** The order of {@code aitest.order=listed}; null for none. */
    private List<TestFilter.Test> listed;

    IterationTask(ReportsLayout layout, TestKind kind, int total, IterationRunner runner, Console console,
            IterationEstimate estimate, Redactor redactor) {
        this.estimate = estimate;
        this.layout = layout;
        this.redactor = redactor;
        this.kind = kind;
        this.total = total;
        this.runner = runner;
        this.console = console;
        this.folders = new IterationFolders(layout);
    }

    /**
     * This task, running each iteration in the shuffled order of its seed, derived from {@code runSeed} (null: none),
     * or in the order {@code listedOrder} lists the tests in (null: none).
     */
    IterationTask ordered(Long runSeed, List<TestFilter.Test> listedOrder) {
        orderSeed = runSeed;
        listed = listedOrder;
        return this;
    }

    /**
     * Runs iteration {@code index}, records that it ended and reads what it left; null when the build is being
     * stopped, since the iteration was then cut short and did not end.
     */
    Finished run(int index) throws IOException {
        return run(index, null, null, null);
    }

    /**
     * Runs iteration {@code index} of {@code tests} alone (null: every test), as {@link #run(int)} does; in an adaptive
     * run its record starts as {@code adaptive} and its start line says {@code scope} (null: nothing more).
     */
    Finished run(int index, TestFilter tests, IterationRecord.Adaptive adaptive, String scope) throws IOException {
        Long seed = orderSeed == null ? null : Seeds.iteration(orderSeed, index);
        Iteration iteration = new Iteration(index, total, layout.iterationDirectory(kind, index),
                layout.tempDirectory(kind, index), layout.sidecarDirectory(kind, index), tests, seed, listed);
        Files.createDirectories(iteration.tempDirectory());
        console.info(String.format(Locale.ROOT, "aitest: %siteration %d/%d starting%s", what(), index, total,
                scope == null ? "" : " (adaptive: " + scope + ")"));
        long start = System.nanoTime();
        String crash = null;
        boolean refused = false;
        int forkTimeout = -1;
        try {
            runner.run(iteration);
        } catch (IterationException e) {
            crash = CrashMessages.tellingLine(Arrays.asList(e.getMessage()));
            refused = e.refused();
            forkTimeout = e.ending() == IterationException.Ending.TIMED_OUT ? e.forkTimeoutSeconds() : -1;
            if (e.ending() == IterationException.Ending.CRASHED) {
                // a JVM that could not start says why only in Surefire's dump files: the crash carries its words
                crash = CrashMessages.withJvmOutput(crash, iteration.reportsDirectory(),
                        text -> redactor == null ? text : redactor.redact(text));
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        ReportsLayout.deleteIfEmpty(iteration.tempDirectory());
        if (StopSignal.stopping()) {
            return null;
        }
        IterationRecord record = new IterationRecord(index, kind, millis, crash, refused, forkTimeout >= 0,
                Math.max(forkTimeout, 0), adaptive, seed);
        record.write(layout.iterationRecord(kind, index));
        IterationData data = folders.read(record);
        IterationReports reports = data.reports();
        SidecarReader.Sidecars sidecars = data.sidecars();
        List<DamagedFile> damaged = new ArrayList<>(reports.damaged());
        damaged.addAll(sidecars.damaged());
        for (DamagedFile file : damaged) {
            console.warn("aitest: " + file.file() + " is damaged (" + file.error()
                    + "); everything readable in it is kept");
        }
        RunTally tally = new RunTally();
        for (TestCase testCase : reports.cases()) {
            tally.add(testCase.run().outcome());
        }
        console.info(String.format(Locale.ROOT,
                "aitest: %siteration %d/%d: %d tests, %d passed, %d failed, %d skipped in %.1f s%s", what(), index,
                total, tally.total(), tally.passed(), tally.failed(), tally.skipped(), millis / 1000.0,
                estimate.ended(millis, sidecars)));
        if (crash != null && !refused) {
            console.warn(String.format(Locale.ROOT, "aitest: %siteration %d/%d ended abnormally: %s; tests it did not "
                    + "report are recorded as errors and the next iterations still run", what(), index, total, crash));
        }
        return new Finished(data);
    }

    private String what() {
        return what(kind);
    }

    /** "" for unit tests, "integration tests, " for Failsafe's, so that the two never read alike on the console. */
    static String what(TestKind kind) {
        return kind == TestKind.TEST ? "" : "integration tests, ";
    }
}
