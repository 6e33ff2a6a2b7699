package it;

import org.junit.jupiter.api.Test;

/** Runs first (alphabetical order); kills its JVM in iteration 2. */
class AExitTest {

    @Test
    void exitsInIteration2() {
        if ("2".equals(System.getProperty("aitest.iteration"))) {
            System.exit(3);
        }
    }
}
