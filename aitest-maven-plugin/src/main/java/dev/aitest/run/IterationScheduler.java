package dev.aitest.run;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs iterations 1 to N, one after another or up to {@code parallel} at a time, and hands each one that ended to a
 * sink in index order, whatever order they end in, so that what is built from them is what a sequential run
 * builds. The sink can stop the run: no further iteration is handed over (in parallel, those already running end,
 * and are not used).
 */
final class IterationScheduler {

    /** Runs one iteration. */
    @FunctionalInterface
    interface Task {
        IterationTask.Finished run(int index) throws IOException;
    }

    /** Takes the iterations in index order. */
    @FunctionalInterface
    interface Sink {
        /** Takes one iteration; false stops the run. */
        boolean accept(IterationTask.Finished finished) throws IOException;
    }

    private final int iterations;
    private final int parallel;

    IterationScheduler(int iterations, int parallel) {
        this.iterations = iterations;
        this.parallel = Math.min(parallel, iterations);
    }

    /** True when iterations run at the same time. */
    boolean parallel() {
        return parallel > 1;
    }

    /** Runs the iterations; returns when every iteration started has ended. */
    void run(Task task, Sink sink) throws IOException {
        if (!parallel()) {
            for (int i = 1; i <= iterations; i++) {
                if (!sink.accept(task.run(i))) {
                    return;
                }
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallel, IterationScheduler::thread);
        try {
            List<Future<IterationTask.Finished>> started = new ArrayList<>();
            for (int i = 1; i <= iterations; i++) {
                int index = i;
                started.add(pool.submit(() -> task.run(index)));
            }
            for (Future<IterationTask.Finished> iteration : started) {
                if (!sink.accept(await(iteration))) {
                    return;
                }
            }
        } finally {
            finish(pool);
        }
    }

    private static Thread thread(Runnable task) {
        Thread thread = new Thread(task, "aitest-iteration");
        thread.setDaemon(true);
        return thread;
    }

    private static IterationTask.Finished await(Future<IterationTask.Finished> iteration) throws IOException {
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

    /** Lets iterations still running end (their results are not used). */
    private static void finish(ExecutorService pool) {
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
}
