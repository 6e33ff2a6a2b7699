package it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aitest.runtime.MinPassRate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every test here is held to 50% unless its method says otherwise. */
@MinPassRate(50)
class AgentTest {

    private static int iteration() {
        return Integer.getInteger("aitest.iteration");
    }

    /** Passes in iterations 2 and 4: 2 of 4, at the class's 50%. */
    @Test
    void halfTheTime() {
        assertTrue(iteration() % 2 == 0, "odd iteration " + iteration());
    }

    /** Fails in iteration 3: 3 of 4, below its own 90%. */
    @Test
    @MinPassRate(90)
    void mostly() {
        assertNotEquals(3, iteration(), "iteration 3 answer");
    }

    @Nested
    class Inner {

        /** Always passes, held to the enclosing class's 50%. */
        @Test
        void inherits() {
            assertTrue(true);
        }
    }
}
