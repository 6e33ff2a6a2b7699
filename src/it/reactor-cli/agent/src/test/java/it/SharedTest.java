package it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** agent's: fails in iteration 2 (core has a class of the same name that always passes). */
class SharedTest {

    @Test
    void answers() throws Exception {
        assertNotEquals(2, RunLog.log("answers"), "the agent answered wrongly in iteration 2");
    }
}
