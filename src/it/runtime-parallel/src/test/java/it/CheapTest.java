package it;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.aitest.runtime.AiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Agent "cheap" on gpt-4o-mini ($0.15 / $0.60) and a local model that has no price. */
class CheapTest {

    @Test
    void answers() throws Exception {
        AiTest.agent("cheap");
        AiTest.recordUsage("gpt-4o-mini", 2_000, 500);
        Thread.sleep(40);
    }

    @Test
    void knowsItsOwnCost() {
        AiTest.agent("cheap");
        AiTest.recordUsage("gpt-4o-mini", 1_000, 0);
        AiTest.recordCost(0.5);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void asksALocalModel(int n) throws Exception {
        AiTest.agent("cheap");
        AiTest.recordUsage("local-llm", 10L * n, 5L * n);
        Thread.sleep(20);
        assertFalse(n == 2 && AiTest.iteration() == 1, "the local model is wrong for case 2 in iteration 1");
    }

    @Test
    void recordsNothing() {
    }
}
