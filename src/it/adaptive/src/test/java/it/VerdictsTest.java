package it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.aitest.runtime.MinPassRate;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Tests whose outcome is fixed by the iteration index, so that when each settles can be worked out by hand. */
class VerdictsTest {

    @Test
    void always() throws IOException {
        Counter.ran("always");
    }

    @Test
    void never() throws IOException {
        Counter.ran("never");
        fail("the answer is always wrong");
    }

    @Test
    void broken() throws IOException {
        Counter.ran("broken");
        fail("the prompt is broken");
    }

    @Test
    void coin() throws IOException {
        assertTrue(Counter.ran("coin") % 2 == 1, "tails in even iterations");
    }

    @Test
    void mostly() throws IOException {
        assertNotEquals(2, Counter.ran("mostly"), "wrong in iteration 2");
    }

    @Test
    @MinPassRate(50)
    void half() throws IOException {
        Counter.ran("half");
    }
}
