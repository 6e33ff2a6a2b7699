package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Brittle: it passes only when ConfigTest ran before it. */
class UsesConfigTest {

    @Test
    void readsConfig() {
        assertEquals("loaded", System.getProperty("it.config"));
    }
}
