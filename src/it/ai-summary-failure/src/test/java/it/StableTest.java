package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StableTest {

    @Test
    void ok() {
        assertEquals(2, 1 + 1);
    }
}
