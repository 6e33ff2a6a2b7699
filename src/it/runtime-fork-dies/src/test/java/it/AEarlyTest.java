package it;

import dev.aitest.runtime.AiTest;
import org.junit.jupiter.api.Test;

class AEarlyTest {

    @Test
    void records() {
        AiTest.agent("survivor");
        AiTest.recordUsage("gpt-4o", 100, 10);
    }
}
