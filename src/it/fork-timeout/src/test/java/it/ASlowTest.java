package it;

import org.junit.jupiter.api.Test;

class ASlowTest {

    @Test
    void fast() {
    }

    @Test
    void slow() throws InterruptedException {
        // longer than the 2 s the project allows a fork
        Thread.sleep(5_000);
    }
}
