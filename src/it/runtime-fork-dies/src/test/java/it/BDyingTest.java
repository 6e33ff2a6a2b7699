package it;

import dev.aitest.runtime.AiTest;
import org.junit.jupiter.api.Test;

class BDyingTest {

    @Test
    void recordsThenDies() {
        AiTest.agent("doomed");
        AiTest.recordUsage("gpt-4o", 200, 20);
        if (AiTest.iteration() == 2) {
            System.exit(7);
        }
    }
}
