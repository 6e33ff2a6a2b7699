package dev.aitest.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AiTestTest {

    @AfterEach
    void clear() {
        System.clearProperty(AiTest.ITERATION_PROPERTY);
        System.clearProperty(AiTest.ITERATIONS_PROPERTY);
    }

    @Test
    void outsideThePluginBothAreOne() {
        assertEquals(1, AiTest.iteration());
        assertEquals(1, AiTest.iterations());
    }

    @Test
    void readsThePropertiesThePluginPasses() {
        System.setProperty(AiTest.ITERATION_PROPERTY, "2");
        System.setProperty(AiTest.ITERATIONS_PROPERTY, "5");
        assertEquals(2, AiTest.iteration());
        assertEquals(5, AiTest.iterations());
    }

    @Test
    void unusableValuesFallBackToOne() {
        System.setProperty(AiTest.ITERATION_PROPERTY, "zero");
        System.setProperty(AiTest.ITERATIONS_PROPERTY, "-4");
        assertEquals(1, AiTest.iteration());
        assertEquals(1, AiTest.iterations());
    }
}
