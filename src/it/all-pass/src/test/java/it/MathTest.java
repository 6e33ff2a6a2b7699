package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MathTest {

    @Test
    void adds() throws Exception {
        RunLog.record("adds");
        assertEquals(4, 2 + 2);
    }
}
