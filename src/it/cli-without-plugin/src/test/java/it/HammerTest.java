package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HammerTest {

    @Test
    void stable() {
        assertEquals(4, 2 * 2);
    }

    @Test
    void failsInIteration2() {
        assertEquals("1", System.getProperty("aitest.iteration"));
    }
}
