package dev.aitest.run;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs iterations first to last (1 to N, or a shard's share), one after another or up to {@code parallel} at a time, and hands each one that ended to a
 * sink in index order, whatever order they end in, so that what is built from them is what a sequential run
 * builds. An iteration starts only when its start permit lets it (a budget), and the sink can stop the run: in both cases
 * no further iteration starts, and those already running end and are handed over.
 */
final class IterationScheduler {

    /** Runs one iteration; null when it was cut short by a stop. */
    @FunctionalInterface
    interface Task {
        IterationTask.Finished run(int index) throws IOException;
    }

    /** Takes the iterations in index order. */
    @FunctionalInterface
    interface Sink {
        /** Takes one iteration (null: cut short by a stop); false stops the run. */
        boolean accept(IterationTask.Finished finished) throws IOException;
    }

    /** Decides whether an iteration may start, and hears of each one that ends, in the order they end. */
    interface StartPermit {
        /** Lets iteration {@code index} start, or not (then no further one starts). */
        boolean mayStart(int index);

        /** An iteration ended (null: cut short by a stop). */
        void ended(IterationTask.Finished finished);

    }

    private final int first;
    private final int last;
    private final int parallel;
    /** Iteration k starts only once iteration k - parallel has been handed over (an adaptive run); else any time. */
    private final boolean closeBehind;

    IterationScheduler(int first, int last, int parallel) {
        this(first, last, parallel, false);
    }

    /**
     * A scheduler that, when {@code closeBehind}, starts iteration k only once every iteration up to k - parallel
     * has been handed over: what the sink decided from them is then known when k starts, and k runs without at most
     * the decisions of the parallel - 1 iterations before it.
     */
    IterationScheduler(int first, int last, int parallel, boolean closeBehind) {
        this.first = first;
        this.last = last;
        this.parallel = Math.min(parallel, last - first + 1);
        this.closeBehind = closeBehind;
    }

    /** True when iterations run at the same time. */
    boolean parallel() {
        return parallel > 1;
    }

    /** Runs the iterations; returns when every iteration started has ended and been handed over. */
    void run(Task task, Sink sink, StartPermit permit) throws IOException {
        if (!parallel()) {
            for (int i = first; i <= last && permit.mayStart(i); i++) {
                IterationTask.Finished finished = task.run(i);
                permit.ended(finished);
                if (!sink.accept(finished)) {
                    return;
                }
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallel, IterationScheduler::thread);
        CompletionService<Ended> ends = new ExecutorCompletionService<>(pool);
        try {
            Map<Integer, IterationTask.Finished> waiting = new HashMap<>();
            int next = first;
            int running = 0;
            int handOver = first;
            // the permit was refused: no further iteration starts, those running are still handed over
            boolean closed = false;
            // the sink stopped the run: nothing more is started or handed over
            boolean stopped = false;
            while (true) {
                while (!closed && !stopped && running < parallel && next <= last
                        && (!closeBehind || next - parallel < handOver)) {
                    if (!permit.mayStart(next)) {
                        closed = true;
                        break;
                    }
                    int index = next++;
                    ends.submit(() -> new Ended(index, task.run(index)));
                    running++;
                }
                if (running == 0) {
                    return;
                }
                Ended ended = await(ends.take());
                running--;
                permit.ended(ended.finished());
                waiting.put(ended.index(), ended.finished());
                while (waiting.containsKey(handOver)) {
                    IterationTask.Finished finished = waiting.remove(handOver++);
                    if (!stopped && !sink.accept(finished)) {
                        stopped = true;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for an iteration");
        } finally {
            finish(pool);
        }
    }

    /** An iteration that ended, with its index (the finished iteration is null when a stop cut it short). */
    private record Ended(int index, IterationTask.Finished finished) {
    }

    private static Thread thread(Runnable task) {
        Thread thread = new Thread(task, "aitest-iteration");
        thread.setDaemon(true);
        return thread;
    }

    private static Ended await(Future<Ended> iteration) throws IOException {
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
