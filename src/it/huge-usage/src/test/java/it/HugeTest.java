package it;

import dev.aitest.runtime.AiTest;
import org.junit.jupiter.api.Test;

class HugeTest {

    @Test
    void recordsMoreThanCanBeAdded() {
        AiTest.recordCost(1e308);
        AiTest.recordCost(1e308);
        AiTest.recordUsage("gpt-4o", Long.MAX_VALUE, 0);
        AiTest.recordUsage("gpt-4o", Long.MAX_VALUE, 0);
    }
}
