package it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A test that changes between builds: in build 2 it fails in iteration 1. */
class ChangingTest {

    @Test
    void answers() {
        assertNotEquals("2/1", System.getProperty("build") + "/" + System.getProperty("aitest.iteration"));
    }

    @Test
    void stable() {
    }
}
