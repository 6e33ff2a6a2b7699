package it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class FlakyTest {

    static int iteration() {
        return Integer.parseInt(System.getProperty("aitest.iteration"));
    }

    @Test
    void failsInIteration2() {
        assertNotEquals(2, iteration(), "wrong answer in iteration 2");
    }

    @Test
    void errorsInIteration3() {
        if (iteration() == 3) {
            throw new IllegalStateException("model timed out in iteration 3");
        }
    }

    @Test
    void alwaysFails() {
        fail("the model never cites its source");
    }

    @Test
    @Disabled("not built yet")
    void disabled() {
    }
}
