package dev.aitest.runtime.samples;

import dev.aitest.runtime.AiTest;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** TestNG sample with a parallel data provider, run by {@code TestNGListenerTest} only. */
public class ParallelWordSample {

    private static volatile CyclicBarrier barrier = new CyclicBarrier(3);

    /** Prepares a new run. */
    public static void reset() {
        barrier = new CyclicBarrier(3);
    }

    @DataProvider(parallel = true)
    public Object[][] rows() {
        return new Object[][] {{1}, {2}, {3}};
    }

    @Test(dataProvider = "rows")
    public void row(int row) throws Exception {
        barrier.await(30, TimeUnit.SECONDS);
        for (int i = 0; i < 100; i++) {
            AiTest.metric("row", row);
        }
    }
}
