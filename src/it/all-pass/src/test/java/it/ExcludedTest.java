package it;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/** Excluded by the project's Surefire configuration: it must never run. */
class ExcludedTest {

    @Test
    void mustNotRun() {
        fail("excluded by <excludes>, yet it ran");
    }
}
