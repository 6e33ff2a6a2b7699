package it;

import org.junit.jupiter.api.Test;

/** it.two:shared's: always passes. */
class SharedTest {

    @Test
    void answers() {
    }
}
