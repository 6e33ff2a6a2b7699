package it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** it.one:shared's: fails in iteration 2 (it.two:shared has a class of the same name that always passes). */
class SharedTest {

    @Test
    void answers() {
        assertNotEquals("2", System.getProperty("aitest.iteration"), "one answered wrongly in iteration 2");
    }
}
