package it;

import org.junit.jupiter.api.Test;

/** core's: always passes (agent has a class of the same name that does not). */
class SharedTest {

    @Test
    void answers() throws Exception {
        RunLog.log("answers");
    }
}
