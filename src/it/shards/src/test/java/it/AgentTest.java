package it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.runtime.AiTest;
import org.junit.jupiter.api.Test;

/** Deterministic by iteration: what each shard sees depends only on the global aitest.iteration. */
class AgentTest {

    @Test
    void ok() {
        AiTest.agent("bot");
        AiTest.recordUsage("gpt-4o-mini", 1000, 100);
    }

    @Test
    void even() {
        AiTest.agent("bot");
        AiTest.recordUsage("gpt-4o-mini", 2000, 200);
        assertTrue(AiTest.iteration() % 2 == 0, "odd iteration " + AiTest.iteration());
    }

    @Test
    void third() {
        if (AiTest.iteration() == 3) {
            throw new IllegalStateException("model timed out in iteration 3");
        }
    }

    @Test
    void seesTheGlobalIndex() {
        assertNotEquals(0, AiTest.iteration());
        assertTrue(AiTest.iterations() == 4, "aitest.iterations is " + AiTest.iterations());
    }
}
