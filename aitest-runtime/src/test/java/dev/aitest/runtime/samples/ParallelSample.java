package dev.aitest.runtime.samples;

import dev.aitest.runtime.AiTest;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sample run by {@code JUnitPlatformListenerTest} only, with parallel execution: the tests wait for each other at
 * a barrier, so they record while all of them are running.
 */
@ExtendWith(OnlyInLauncherTests.class)
@Execution(ExecutionMode.CONCURRENT)
public class ParallelSample {

    /** Parties at the barrier: the four tests of this class. */
    public static final int PARTIES = 4;
    /** Records per test: from the test's thread, a thread it starts and an executor it creates. */
    public static final int PER_THREAD = 200;

    private static volatile CyclicBarrier barrier = new CyclicBarrier(PARTIES);
    /** How many tests were between the barrier and their end at once (at least 2 proves concurrency). */
    public static final AtomicInteger MAX_CONCURRENT = new AtomicInteger();
    private static final AtomicInteger CONCURRENT = new AtomicInteger();

    /** Prepares a new run. */
    public static void reset() {
        barrier = new CyclicBarrier(PARTIES);
        MAX_CONCURRENT.set(0);
        CONCURRENT.set(0);
    }

    @Test
    void alpha() throws Exception {
        work("alpha");
    }

    @Test
    void beta() throws Exception {
        work("beta");
    }

    @Test
    void gamma() throws Exception {
        work("gamma");
    }

    @ParameterizedTest
    @ValueSource(strings = "delta")
    void param(String name) throws Exception {
        work(name);
    }

    private static void work(String name) throws Exception {
        barrier.await(30, TimeUnit.SECONDS);
        int now = CONCURRENT.incrementAndGet();
        MAX_CONCURRENT.accumulateAndGet(now, Math::max);
        try {
            AiTest.agent(name);
            Thread thread = new Thread(() -> record(name + "-thread"));
            thread.start();
            ExecutorService executor = Executors.newFixedThreadPool(2);
            Future<?> first = executor.submit(() -> record(name + "-executor"));
            record(name + "-main");
            thread.join();
            first.get();
            executor.shutdown();
        } finally {
            CONCURRENT.decrementAndGet();
        }
    }

    private static void record(String model) {
        for (int i = 1; i <= PER_THREAD; i++) {
            AiTest.recordUsage(model, i, 1);
            if (i % 50 == 0) {
                Thread.yield();
            }
        }
    }
}
