package dev.aitest.runtime.samples;

import dev.aitest.runtime.AiTest;
import dev.aitest.runtime.MinPassRate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.BeforeClass;
import org.junit.Ignore;
import org.junit.Test;

/** JUnit 4 sample run by {@code JUnit4ListenerTest} only (Surefire runs this module with the JUnit Platform). */
@MinPassRate(70)
public class Legacy4Sample {

    @BeforeClass
    public static void setUp() {
        AiTest.metric("setUp", 1);
    }

    @Test
    public void plain() {
        AiTest.recordUsage("model-p", 3, 30);
    }

    @Test
    @MinPassRate(95)
    public void strict() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            executor.submit(() -> AiTest.agent("agent-s")).get();
        } finally {
            executor.shutdown();
        }
    }

    @Test
    @Ignore("not run")
    public void ignored() {
        AiTest.metric("ignored", 1);
    }
}
