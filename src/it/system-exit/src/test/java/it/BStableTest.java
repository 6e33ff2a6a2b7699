package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Runs after AExitTest in the same JVM, so it never runs in iteration 2. */
class BStableTest {

    @Test
    void ok() {
        assertEquals(3, 1 + 2);
    }
}
