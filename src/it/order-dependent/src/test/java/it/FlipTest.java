package it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Fails in iteration 2 whatever the order: not order-dependent. */
class FlipTest {

    @Test
    void flips() {
        assertNotEquals("2", System.getProperty("aitest.iteration"));
    }
}
