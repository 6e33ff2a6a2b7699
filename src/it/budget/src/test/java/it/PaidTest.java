package it;

import dev.aitest.runtime.AiTest;
import org.junit.jupiter.api.Test;

class PaidTest {

    @Test
    void asksTheModel() {
        AiTest.recordCost(0.01);
    }

    @Test
    void asksAgain() {
        AiTest.recordCost(0.01);
    }
}
