package it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SetupTest {

    @BeforeAll
    static void setUp() {
        if ("2".equals(System.getProperty("aitest.iteration"))) {
            throw new IllegalStateException("setup fails in iteration 2");
        }
    }

    @Test
    void a() {
    }

    @Test
    void b() {
    }
}
