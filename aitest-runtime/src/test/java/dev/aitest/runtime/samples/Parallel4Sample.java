package dev.aitest.runtime.samples;

import dev.aitest.runtime.AiTest;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/** JUnit 4 sample whose three methods run at the same time, run by {@code JUnit4ListenerTest} only. */
public class Parallel4Sample {

    private static volatile CyclicBarrier barrier = new CyclicBarrier(3);

    /** Prepares a new run. */
    public static void reset() {
        barrier = new CyclicBarrier(3);
    }

    private static void row(int row) throws Exception {
        barrier.await(30, TimeUnit.SECONDS);
        for (int i = 0; i < 100; i++) {
            AiTest.metric("row", row);
        }
    }

    @Test
    public void one() throws Exception {
        row(1);
    }

    @Test
    public void two() throws Exception {
        row(2);
    }

    @Test
    public void three() throws Exception {
        row(3);
    }
}
