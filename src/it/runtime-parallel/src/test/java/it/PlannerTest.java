package it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.aitest.runtime.AiTest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Agent "planner" on gpt-4o ($2.50 / $10.00 per million tokens in the built-in table). */
class PlannerTest {

    @Test
    void plans() throws Exception {
        AiTest.agent("planner");
        AiTest.recordUsage("gpt-4o", 1_000, 100);
        Thread.sleep(50);
        AiTest.recordUsage("gpt-4o", 1_000, 100);
    }

    @Test
    void callsTheModelFromAnExecutor() throws Exception {
        AiTest.agent("planner");
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            executor.submit(() -> AiTest.recordUsage("gpt-4o", 1_000, 100)).get();
        } finally {
            executor.shutdown();
        }
        assertNotEquals(2, AiTest.iteration(), "the plan is wrong in iteration 2");
    }

    @Test
    void measuresLatency() throws Exception {
        AiTest.agent("planner");
        AiTest.recordUsage("gpt-4o", 500, 50);
        AiTest.metric("latencyMs", 120 + AiTest.iteration());
        Thread.sleep(30);
    }
}
