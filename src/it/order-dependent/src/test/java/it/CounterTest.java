package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A polluter and its victim in one class: the method order decides. */
class CounterTest {

    private static int count;

    @Test
    void increments() {
        count++;
    }

    @Test
    void startsAtZero() {
        assertEquals(0, count);
    }
}
