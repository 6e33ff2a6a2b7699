package it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** No annotation: held to aitest.minTestPassRate. */
class PlainTest {

    /** Fails in iteration 1: 3 of 4. */
    @Test
    void sometimes() {
        assertNotEquals(1, Integer.getInteger("aitest.iteration"), "iteration 1 answer");
    }

    @Test
    void always() {
    }
}
