package it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both tests pass and report; in iteration 2 the JVM then halts in a shutdown hook, without saying goodbye. */
class HaltTest {

    @BeforeAll
    static void haltOnTheWayOut() {
        if ("2".equals(System.getProperty("aitest.iteration"))) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> Runtime.getRuntime().halt(7)));
        }
    }

    @Test
    void a() {
    }

    @Test
    void b() {
    }
}
