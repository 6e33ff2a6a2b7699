package it;

import static org.junit.Assert.assertEquals;

import dev.aitest.runtime.AiTest;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/** Three methods that run at the same time (parallel=methods), each recording its own tokens. */
public class UsageTest {

    private static final CyclicBarrier TOGETHER = new CyclicBarrier(3);

    private static void call(long inputTokens) throws Exception {
        TOGETHER.await(30, TimeUnit.SECONDS);
        AiTest.recordUsage("gpt-4o-mini", inputTokens, 10);
    }

    @Test
    public void a() throws Exception {
        call(100);
    }

    @Test
    public void b() throws Exception {
        call(200);
        assertEquals("b's answer", "2", System.getProperty("aitest.iteration"));
    }

    @Test
    public void c() throws Exception {
        call(300);
    }
}
