package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class AnswerTest {

    private static int iteration() {
        return Integer.getInteger("aitest.iteration", 1);
    }

    @Test
    void alwaysRight() {
        assertEquals(4, 2 + 2);
    }

    @Test
    void wrongInIteration2() {
        assertNotEquals(2, iteration(), "wrong answer in iteration 2");
    }

    @Test
    void alwaysWrong() {
        assertEquals("refund within 30 days", "refund within 14 days", "cites the wrong policy");
    }
}
