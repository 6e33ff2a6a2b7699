package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aitest.runtime.AiTest;
import org.junit.jupiter.api.Test;

/** A tool the agent calls; it is deterministic, so it passes in every iteration. */
class ToolCallTest {

    static int addTool(int a, int b) {
        AiTest.agent("calculator-tool");
        AiTest.recordUsage("gpt-4o", 60, 5);
        return a + b;
    }

    @Test
    void addsNumbers() {
        assertEquals(5, addTool(2, 3));
    }

    @Test
    void seesTheIterationItRunsIn() {
        int iteration = Integer.getInteger("aitest.iteration", 1);
        int total = Integer.getInteger("aitest.iterations", 1);
        assertEquals(true, iteration >= 1 && iteration <= total);
    }
}
