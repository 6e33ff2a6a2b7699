package it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

class FlakyTest {

    static int iteration() {
        return Integer.parseInt(System.getProperty("aitest.iteration"));
    }

    @Test
    void failsInIteration2() {
        assertNotEquals(2, iteration(), "the refund answer changed in iteration 2");
    }

    @Test
    void alwaysFails() {
        // a secret in a failure message must never reach the model
        fail("the model never cites its source; request sent with Authorization: Bearer it-leaked-bearer-token-123456"
                + " and key sk-proj-ITLEAKEDKEYITLEAKEDKEY0001");
    }
}
