package it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class PlannerTest {

    @Test
    void plans() throws Exception {
        assertNotEquals(3, RunLog.log("plans"), "the plan was wrong in iteration 3");
    }
}
